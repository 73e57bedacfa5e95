// @cloudexec/contract-tests: the data-driven contract suite. `runContractSuite({ model, clientPackage,
// mswPackage })` inside a vitest test file checks a generated client (or a wrapper around one) against its
// documented examples, limits, error codes, rate limits, signatures, pagination and doc discrepancies.
export { runContractSuite } from './suite.ts';
export { CASE_CATEGORIES, serviceEntryOf, type CaseCategory, type ContractClientOptions, type ContractSuiteOptions, type MswPackage } from './target.ts';
export type { ContractMeta } from './cases/case-kit.ts';
export { limitCases, type LimitCase } from './cases/limit-inputs.ts';
