// @cloudexec/release: the release dry run and the package checks, for scripts and tests.
export { runDryRun, selectPackages, type DryRunOptions, type DryRunReport } from './run-dry-run.ts';
export { lintPackages, lintTarball, type LintOptions, type LintReport } from './run-lint.ts';
export { checkPackedPackage, type PackedView } from './manifest-rules.ts';
export { countBySeverity, formatFindings, type Finding, type Severity } from './finding.ts';
export { isProviderPackage, listPublicPackages, RUNTIME_PACKAGE, type PublicPackage } from './public-packages.ts';
export { planFromModel, type ScratchPlan } from './scratch-plan.ts';
export { scratchProgram } from './scratch-program.ts';
export { formatTable, type PackageRow } from './report-table.ts';
