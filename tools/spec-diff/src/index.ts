export type { PackageDiff, SpecChange } from './change.ts';
export { CHANGE_RULES, bumpOf, maxBump, renderRulesTable, type Bump, type ChangeKind, type ChangeRule } from './rules.ts';
export { diffSpecs, type DiffOptions } from './diff-specs.ts';
export { diffService } from './diff-service.ts';
export { loadSnapshot, gitSource, worktreeSource, type FileSource, type ServiceSpec } from './spec-set.ts';
export { formatReport, formatChangeset } from './format.ts';
export { changesetFor, writeChangesets, type ChangesetFile, type WriteResult } from './changeset.ts';
export { checkChangesets, recordRelease, pendingChangesetPackages, readRecordedFingerprints, FINGERPRINTS_FILE, type CheckResult } from './check.ts';
export { fingerprint, trackedPackages, type TrackedPackage } from './fingerprint.ts';
// Reused by @cloudexec/spec-drift, which compares a spec with vendor snapshots using the same detector and rules.
export { flattenSchema, type FieldNode } from './schema-fields.ts';
export { diffFields, type Side } from './diff-fields.ts';
export { operationsOf, requestSchemaOf, responseSchemaOf, type OperationEntry } from './operations.ts';
export { repoRootFromHere } from './repo.ts';
