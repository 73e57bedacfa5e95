// Everything outside the operations: info, servers, x-cloudexec-service, common definitions and
// component schemas no operation uses. Walked generically so that no change goes unlisted.
import { change, type SpecChange } from './change.ts';
import { diffErrors } from './diff-operation-extension.ts';
import { docKindOf } from './doc-keys.ts';
import { deepEqual, isRecord, show, type JsonObject } from './json.ts';
import { resolveRef, type DocumentSet } from './refs.ts';
import type { ChangeKind } from './rules.ts';

/** Changes between two versions of one document, `paths` excluded and `skipSchemas` left out. */
export function diffDocument(label: string, before: JsonObject | undefined, after: JsonObject | undefined, skipSchemas: ReadonlySet<string>): SpecChange[] {
  const changes: SpecChange[] = [];
  diffTree(withoutOperations(before, skipSchemas), withoutOperations(after, skipSchemas), [], label, changes);
  return changes;
}

function withoutOperations(doc: JsonObject | undefined, skipSchemas: ReadonlySet<string>): JsonObject {
  if (doc === undefined) return {};
  const { paths: _paths, ...rest } = doc;
  if (!isRecord(rest.components) || !isRecord(rest.components.schemas)) return rest;
  const schemas = Object.fromEntries(Object.entries(rest.components.schemas).filter(([name]) => !skipSchemas.has(name)));
  return { ...rest, components: { ...rest.components, schemas } };
}

function diffTree(a: unknown, b: unknown, at: string[], label: string, out: SpecChange[]): void {
  if (deepEqual(a, b)) return;
  const key = at.at(-1) ?? '';
  const where = `${label} ${at.join('.')}`;
  if (/^(common)?errors$/i.test(key) && (Array.isArray(a) || Array.isArray(b))) {
    out.push(...diffErrors(undefined, a, b, `${where}: `));
    return;
  }
  const kind = leafKind(at);
  if (kind === undefined && isRecord(a) && isRecord(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) diffTree(a[k], b[k], [...at, k], label, out);
    return;
  }
  if (kind === 'description-changed' || kind === 'provenance-changed') out.push(change(kind, `${where} changed`));
  else out.push(change(kind ?? 'service-metadata-changed', `${where} ${show(a)} → ${show(b)}`));
}

/** A kind for a subtree reported whole; undefined = keep descending or report as service metadata. */
function leafKind(at: string[]): ChangeKind | undefined {
  const key = at.at(-1) ?? '';
  const joined = at.join('.');
  const docKind = docKindOf(key);
  if (docKind !== undefined) return docKind;
  if (key === 'examples' || key === 'example') return 'examples-changed';
  if (/provenance/i.test(key)) return 'provenance-changed';
  if (key === 'discrepancies') return 'discrepancies-changed';
  if (joined === 'info.version' || key === 'apiVersion' || (key === 'version' && joined.startsWith('x-cloudexec-service'))) return 'api-version-changed';
  return undefined;
}

/** `components/schemas` names reachable from the operations of `file` (transitively, across files). */
export function reachableSchemas(documents: DocumentSet, file: string): Map<string, Set<string>> {
  const reached = new Map<string, Set<string>>();
  const doc = documents.get(file);
  const queue: Array<{ value: unknown; file: string }> = [{ value: doc?.paths, file }];
  while (queue.length > 0) {
    const { value, file: from } = queue.pop()!;
    if (Array.isArray(value)) for (const v of value) queue.push({ value: v, file: from });
    if (!isRecord(value)) continue;
    for (const [key, v] of Object.entries(value)) {
      if (key !== '$ref' || typeof v !== 'string') {
        queue.push({ value: v, file: from });
        continue;
      }
      const target = resolveRef(documents, v, from);
      const name = /^\/components\/schemas\/([^/]+)$/.exec(target?.pointer ?? '')?.[1];
      if (target === undefined || name === undefined) continue;
      const names = reached.get(target.file) ?? new Set<string>();
      if (names.has(name)) continue;
      names.add(name);
      reached.set(target.file, names);
      queue.push({ value: target.schema, file: target.file });
    }
  }
  return reached;
}
