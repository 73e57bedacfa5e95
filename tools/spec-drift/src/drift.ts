// spec:drift's engine: every spec operation against its vendor snapshot.
import { loadSnapshot, operationsOf, worktreeSource } from '@cloudexec/spec-diff';
import { compareOperation, type OperationDrift } from './compare.ts';
import type { OperationSnapshot } from './facts.ts';
import { readSnapshots } from './snapshots.ts';

export interface DriftReport {
  operations: OperationDrift[];
  /** Snapshotted operations no spec has yet (info, not failures). */
  notInSpec: string[];
  /** Spec operations without a snapshot (failures: drift cannot be checked). */
  noSnapshot: string[];
}

export function runDrift(root: string, snapshots: OperationSnapshot[] = readSnapshots(root)): DriftReport {
  const byKey = new Map(snapshots.map((s) => [`${s.provider}/${s.service}/${s.operation}`, s]));
  const seen = new Set<string>();
  const report: DriftReport = { operations: [], notInSpec: [], noSnapshot: [] };
  for (const spec of loadSnapshot(worktreeSource(root)).values()) {
    const doc = spec.documents.get(spec.specFile);
    const service = (doc?.['x-cloudexec-service'] ?? {}) as { provider?: string; service?: string };
    const [, provider, file] = /^specs\/([^/]+)\/([^/]+)\.ya?ml$/.exec(spec.specFile) ?? [];
    // Snapshot folders follow the spec file (specs/aliyun/swas.yaml → specs/vendor/aliyun/swas/).
    const prefix = `${service.provider ?? provider}/${file}`;
    if (doc === undefined) continue;
    for (const entry of operationsOf(spec.specFile, doc).values()) {
      const key = `${prefix}/${entry.id}`;
      const snapshot = byKey.get(key);
      if (snapshot === undefined) {
        report.noSnapshot.push(key);
        continue;
      }
      seen.add(key);
      report.operations.push(compareOperation(spec.documents, entry, snapshot));
    }
  }
  report.notInSpec = [...byKey.keys()].filter((k) => !seen.has(k)).sort();
  return report;
}

export function unacknowledged(report: DriftReport): number {
  return report.operations.reduce((n, op) => n + op.rows.filter((r) => r.acknowledged === undefined).length, 0) + report.noSnapshot.length;
}
