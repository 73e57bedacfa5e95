// Compares one spec operation with every source of its snapshot. The direction is spec → snapshot:
// each row is the change the spec would need to match the vendor, classified by spec-diff's rules.
import {
  diffFields,
  flattenSchema,
  requestSchemaOf,
  responseSchemaOf,
  type Bump,
  type ChangeKind,
  type FieldNode,
  type OperationEntry,
  type Side,
} from '@cloudexec/spec-diff';
import { findAck, readAck, DRIFT_KEY } from './ack.ts';
import type { OperationSnapshot } from './facts.ts';
import { namedTypesOf, normalizeSpecNodes, snapshotNodes } from './nodes.ts';

type Documents = Parameters<typeof flattenSchema>[0];

export interface DriftRow {
  source: string;
  side: Side;
  path: string;
  /** `missing in spec`, `extra in spec`, or `differs`. */
  what: 'missing in spec' | 'extra in spec' | 'differs';
  kind: ChangeKind;
  bump: Bump;
  message: string;
  /** The acknowledgement's reason; undefined = real work. */
  acknowledged?: string;
}

export interface OperationDrift {
  service: string;
  operation: string;
  rows: DriftRow[];
}

const ADDED = /-field-added(-optional|-required)?$/;
const REMOVED = /-field-removed$/;

export function compareOperation(documents: Documents, entry: OperationEntry, snapshot: OperationSnapshot): OperationDrift {
  const named = namedTypesOf(documents.values());
  const sides: [Side, Map<string, FieldNode>][] = [
    ['request', normalizeSpecNodes(flattenSchema(documents, requestSchemaOf(documents, entry)), named)],
    ['response', normalizeSpecNodes(flattenSchema(documents, responseSchemaOf(documents, entry)), named)],
  ];
  const operationAck = readAck(entry.operation[DRIFT_KEY]);
  const rows: DriftRow[] = [];
  for (const source of snapshot.sources) {
    for (const [side, spec] of sides) {
      const vendor = snapshotNodes(source[side], source, spec);
      for (const change of diffFields(side, entry.id, spec, vendor)) {
        const path = pathOf(change.message);
        const what = ADDED.test(change.kind) ? 'missing in spec' : REMOVED.test(change.kind) ? 'extra in spec' : 'differs';
        const row: DriftRow = { source: source.name, side, path, what, kind: change.kind, bump: change.bump, message: change.message };
        const reason = findAck({ side, path, kind: change.kind, source: source.name }, spec, operationAck);
        if (reason !== undefined) row.acknowledged = reason;
        rows.push(row);
      }
    }
  }
  return { service: `${snapshot.provider}/${snapshot.service}`, operation: entry.id, rows };
}

/** spec-diff's messages start with the side and the field path in backticks (`body` for the root). */
export function pathOf(message: string): string {
  return /^(?:request|response) `([^`]*)`/.exec(message)?.[1] ?? '';
}
