// The repository's one $ref resolver (spec-check, codegen and spec-diff use it; decisions/0011): local refs
// (#/components/...) and relative file refs (common.yaml#/components/...) across the loaded files.
// dereference() inlines them, leaving a cycle as its original $ref.
import { dirname, isAbsolute, posix, resolve } from 'node:path';
import { getAtPointer, isRecord, joinPointer } from './pointer.ts';

/** Where a value lives: the file (absolute path and display name) and the JSON pointer inside it. */
export interface Location {
  path: string;
  file: string;
  pointer: string;
}

/** Parsed documents by absolute path. */
export type DocIndex = Map<string, { file: string; doc: unknown }>;

export interface ResolvedRef {
  value: unknown;
  at: Location;
}

export function createDocIndex(files: ReadonlyArray<{ file: string; path: string; doc: unknown }>): DocIndex {
  return new Map(files.map((f) => [f.path, { file: f.file, doc: f.doc }]));
}

/**
 * The document a `$ref` names and the JSON pointer inside it. An absolute `fromPath` (files read from disk)
 * resolves with the platform's path rules; a relative one (repo paths read from git) stays a posix path.
 */
export function refTarget(ref: string, fromPath: string): { path: string; pointer: string } {
  const hash = ref.indexOf('#');
  const target = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : decodeURIComponent(ref.slice(hash + 1));
  if (target === '') return { path: fromPath, pointer };
  const path = isAbsolute(fromPath) ? resolve(dirname(fromPath), target) : posix.normalize(posix.join(posix.dirname(fromPath), target));
  return { path, pointer };
}

export function resolveRef(ref: string, from: Location, index: DocIndex): ResolvedRef | undefined {
  const { path, pointer } = refTarget(ref, from.path);
  const entry = index.get(path);
  if (!entry) return undefined;
  const value = getAtPointer(entry.doc, pointer);
  return value === undefined ? undefined : { value, at: { path, file: entry.file, pointer } };
}

/** Follows a chain of `$ref`s until a value without one; undefined when a ref does not resolve. */
export function followRefs(value: unknown, at: Location, index: DocIndex): ResolvedRef | undefined {
  let current: ResolvedRef = { value, at };
  const seen = new Set<string>();
  while (isRecord(current.value) && typeof current.value.$ref === 'string') {
    const key = `${current.at.path}#${current.at.pointer}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const next = resolveRef(current.value.$ref, current.at, index);
    if (!next) return undefined;
    current = next;
  }
  return current;
}

export const ANNOTATIONS = new Set(['description', 'title', 'summary', 'examples', 'example', 'deprecated', 'readOnly', 'writeOnly', '$comment']);

/** A deep copy with every resolvable `$ref` inlined. Unresolvable and cyclic refs are left as they are. */
export function dereference(value: unknown, at: Location, index: DocIndex): unknown {
  return inline(value, at, index, []);
}

function inline(value: unknown, at: Location, index: DocIndex, stack: string[]): unknown {
  if (Array.isArray(value)) return value.map((item, i) => inline(item, { ...at, pointer: joinPointer(at.pointer, i) }, index, stack));
  if (!isRecord(value)) return value;
  if (typeof value.$ref === 'string') {
    const target = resolveRef(value.$ref, at, index);
    const key = target ? `${target.at.path}#${target.at.pointer}` : '';
    if (!target || stack.includes(key)) return { ...value };
    const resolved = inline(target.value, target.at, index, [...stack, key]);
    const { $ref: _ref, ...siblings } = value;
    const siblingKeys = Object.keys(siblings);
    if (siblingKeys.length === 0) return resolved;
    const rest = inlineEntries(siblings, at, index, stack);
    // Extensions (x-cloudexec-drift, x-cloudexec-unit) annotate like a description: they never change what validates.
    if (isRecord(resolved) && siblingKeys.every((k) => ANNOTATIONS.has(k) || k.startsWith('x-'))) return { ...resolved, ...rest };
    return { ...rest, allOf: [resolved, ...(Array.isArray(rest.allOf) ? rest.allOf : [])] };
  }
  return inlineEntries(value, at, index, stack);
}

function inlineEntries(value: Record<string, unknown>, at: Location, index: DocIndex, stack: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = inline(child, { ...at, pointer: joinPointer(at.pointer, key) }, index, stack);
  }
  return out;
}
