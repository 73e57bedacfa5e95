// `$ref`s across the spec documents of one snapshot (a package's service file and its provider's common
// file), resolved by spec-check's resolver (the repository's one; decisions/0011) over repo-relative paths.
import { getAtPointer, pointerSegments, refTarget } from '@cloudexec/spec-check';
import type { JsonObject } from './json.ts';

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
  const { path: file, pointer } = refTarget(ref, fromFile);
  const document = documents.get(file);
  const schema = document === undefined ? undefined : getAtPointer(document, pointer);
  if (schema === undefined) return undefined;
  return { schema, file, name: pointerSegments(pointer).at(-1) ?? file.slice(file.lastIndexOf('/') + 1), pointer };
}
