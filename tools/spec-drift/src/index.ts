export type { FieldFact, FieldMap, OperationSnapshot, SourceFacts, SourceInfo } from './facts.ts';
export { compareOperation, pathOf, type DriftRow, type OperationDrift } from './compare.ts';
export { runDrift, unacknowledged, type DriftReport } from './drift.ts';
export { formatDrift } from './format.ts';
export { buildSnapshots, refreshSnapshots, snapshotMoves, type Fetcher, type FetchedPackage } from './refresh.ts';
export { readSnapshots, writeSnapshot, VENDOR_DIR } from './snapshots.ts';
export { CATALOG } from './catalog.ts';
