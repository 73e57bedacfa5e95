// Resolves `$ref`s across the spec documents of one snapshot (a package's service file and its
// provider's common file), local (`#/components/...`) or relative (`common.yaml#/components/...`).
import path from 'node:path';
import { isRecord, type JsonObject } from './json.ts';

/** Repo-relative file path → parsed document. */
export type DocumentSet = ReadonlyMap<string, JsonObject>;

export interface Resolved {
  schema: unknown;
  /** File the target lives in, so refs inside it resolve relative to it. */
  file: string;
  /** Last pointer segment, e.g. `Filter`: the type name callers see. */
  name: string;
  /** JSON pointer inside `file`; with `file` it identifies the target. */
  pointer: string;
}

export function resolveRef(documents: DocumentSet, ref: string, fromFile: string): Resolved | undefined {
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : ref.slice(hash + 1);
  const file = filePart === '' ? fromFile : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), filePart));
  let target: unknown = documents.get(file);
  const segments = pointer
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  for (const segment of segments) {
    if (!isRecord(target) && !Array.isArray(target)) return undefined;
    target = (target as Record<string, unknown>)[segment];
  }
  if (target === undefined) return undefined;
  return { schema: target, file, name: segments.at(-1) ?? path.posix.basename(file), pointer };
}
