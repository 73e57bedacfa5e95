import { bumpOf, compareBumps, maxBump, type Bump, type ChangeKind } from './rules.ts';

/** One reviewer-readable change; the bump comes from the rules table, never from the detector. */
export interface SpecChange {
  kind: ChangeKind;
  bump: Bump;
  /** The operation it concerns; undefined for service-level changes. */
  operation?: string;
  /** e.g. "request `Limit` maximum 100 → 50". */
  message: string;
}

export interface PackageDiff {
  /** npm name, e.g. `@cloudexec/tencent-tat`. */
  packageName: string;
  /** Repo-relative spec files compared (service file first). */
  specFiles: string[];
  bump: Bump;
  changes: SpecChange[];
}

export function change(kind: ChangeKind, message: string, operation?: string): SpecChange {
  return operation === undefined ? { kind, bump: bumpOf(kind), message } : { kind, bump: bumpOf(kind), operation, message };
}

/** Stable order: by bump (major first), then operation, then message. */
export function sortChanges(changes: SpecChange[]): SpecChange[] {
  return [...changes].sort(
    (a, b) => compareBumps(a.bump, b.bump) || (a.operation ?? '').localeCompare(b.operation ?? '') || a.message.localeCompare(b.message),
  );
}

export function packageBump(changes: readonly SpecChange[]): Bump | undefined {
  return maxBump(changes.map((c) => c.bump));
}
