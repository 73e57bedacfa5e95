// runContractSuite: registers the whole data-driven suite for one client package as vitest describe/it
// blocks — one MSW server for the suite, cases derived from the package's service model, no per-operation
// test code. Call it from a test file (one package per file: one server per file).
import { describe } from 'vitest';
import { createCaseKit } from './cases/case-kit.ts';
import { registerDiscrepancyCases } from './cases/discrepancies.ts';
import { registerErrorCases } from './cases/error-codes.ts';
import { registerExampleCases } from './cases/examples.ts';
import { baseInput } from './cases/limit-inputs.ts';
import { registerLimitCases } from './cases/limits.ts';
import { registerPaginationCases } from './cases/pagination.ts';
import { registerRateLimitCases } from './cases/rate-limit.ts';
import { registerResponseMemberCases } from './cases/response-members.ts';
import { registerSignatureCases } from './cases/signatures.ts';
import { useContractServer } from './server.ts';
import { inputRegionId } from './support/placement.ts';
import { CASE_CATEGORIES, resolveTarget, type CaseCategory, type ContractSuiteOptions } from './target.ts';
import type { CaseKit } from './cases/case-kit.ts';
import type { OperationModel } from '@cloudexec/runtime/model';

const REGISTER: Record<CaseCategory, (kit: CaseKit, op: OperationModel) => void> = {
  // Each declared response member is a case of its own, beside the documented examples it starts from.
  examples: (kit, op) => {
    registerExampleCases(kit, op);
    registerResponseMemberCases(kit, op);
  },
  limits: registerLimitCases,
  errors: registerErrorCases,
  'rate-limit': registerRateLimitCases,
  signatures: registerSignatureCases,
  pagination: registerPaginationCases,
  discrepancies: registerDiscrepancyCases,
};

export function runContractSuite(options: ContractSuiteOptions): void {
  const target = resolveTarget(options);
  const { model } = target;
  describe(`contract ${target.label}`, () => {
    const server = useContractServer(target);
    const exampleInput = (op: OperationModel) => structuredClone(op.examples[0]?.request.input ?? baseInput(op, inputRegionId(model)));
    const kit = createCaseKit(target, server, exampleInput);
    const categories = CASE_CATEGORIES.filter((category) => !options.only?.categories || options.only.categories.includes(category));
    const operations = model.operations.filter((op) => !options.only?.actions || options.only.actions.includes(op.action));
    for (const op of operations) {
      describe(op.action, () => {
        for (const category of categories) REGISTER[category](kit, op);
      });
    }
  });
}
