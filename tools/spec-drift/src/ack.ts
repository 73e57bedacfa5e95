// Acknowledgements: `x-cloudexec-drift: {ignore: [...], reason: "..."}` beside what it excuses.
//  - on a schema property: `ignore` lists change kinds (or `*`) accepted for that field; a kind listed by
//    name (not `*`) also covers the fields below it, so one reason covers a whole response object whose
//    members a source marks the same way (tccli's output_required) without hiding new fields below it;
//  - on an operation: `ignore` lists fields as `request <path>` / `response <path>` (the field and
//    everything below it), for fields the spec does not have (an intentionally omitted parameter).
// An optional `sources` list narrows it to some snapshot sources (a quirk of one SDK).
import type { FieldNode, Side } from '@cloudexec/spec-diff';

export const DRIFT_KEY = 'x-cloudexec-drift';

export interface DriftAck {
  ignore: string[];
  reason: string;
  sources?: string[];
}

export function readAck(value: unknown): DriftAck | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { ignore, reason, sources } = value as Record<string, unknown>;
  if (!Array.isArray(ignore) || typeof reason !== 'string' || reason.trim() === '') return undefined;
  const ack: DriftAck = { ignore: ignore.filter((i): i is string => typeof i === 'string'), reason };
  if (Array.isArray(sources)) ack.sources = sources.filter((s): s is string => typeof s === 'string');
  return ack;
}

function appliesTo(ack: DriftAck, source: string): boolean {
  return ack.sources === undefined || ack.sources.includes(source);
}

export interface AckQuery {
  side: Side;
  path: string;
  kind: string;
  source: string;
}

/** The reason a difference is acknowledged, or undefined. */
export function findAck(query: AckQuery, specNodes: Map<string, FieldNode>, operationAck: DriftAck | undefined): string | undefined {
  const field = readAck(specNodes.get(query.path)?.keywords[DRIFT_KEY]);
  if (field !== undefined && appliesTo(field, query.source) && (field.ignore.includes('*') || field.ignore.includes(query.kind))) return field.reason;
  for (let up = specNodes.get(query.path)?.parent; up !== undefined && up !== ''; up = specNodes.get(up)?.parent) {
    const inherited = readAck(specNodes.get(up)?.keywords[DRIFT_KEY]);
    if (inherited !== undefined && appliesTo(inherited, query.source) && inherited.ignore.includes(query.kind)) return inherited.reason;
  }
  if (operationAck !== undefined && appliesTo(operationAck, query.source)) {
    for (const entry of operationAck.ignore) {
      const [side, path] = entry.split(/\s+/, 2);
      if (side !== query.side || path === undefined) continue;
      if (query.path === path || query.path.startsWith(`${path}.`) || query.path.startsWith(`${path}[]`) || query.path.startsWith(`${path}{}`))
        return operationAck.reason;
    }
  }
  return undefined;
}
