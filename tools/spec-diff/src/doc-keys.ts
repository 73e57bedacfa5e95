// Keys that only document (notes, descriptions, sources): a change to them alone is a patch.
import { isRecord } from './json.ts';
import type { ChangeKind } from './rules.ts';

const DESCRIPTION_KEYS = new Set(['description', 'summary', 'title', 'note', 'notes']);
const PROVENANCE_KEYS = new Set(['source', 'sources', 'provenance']);

export function docKindOf(key: string): ChangeKind | undefined {
  if (DESCRIPTION_KEYS.has(key)) return 'description-changed';
  if (PROVENANCE_KEYS.has(key)) return 'provenance-changed';
  return undefined;
}

/** The value with every documenting key removed, at any depth. */
export function withoutDocs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDocs);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => docKindOf(key) === undefined)
      .map(([key, v]) => [key, withoutDocs(v)]),
  );
}
