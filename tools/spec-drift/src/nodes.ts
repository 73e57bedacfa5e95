// Turns snapshot facts and spec fields into spec-diff FieldNodes in one type vocabulary, so spec-diff's
// own detector (diffFields) and rules classify the differences.
import type { FieldNode } from '@cloudexec/spec-diff';
import { KEYWORD_FACTS, type FieldFact, type FieldMap, type SourceInfo } from './facts.ts';

const PRIMITIVES: Record<string, string> = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean', object: 'object', null: 'null' };

/** The primitive type of a named schema (a $ref target), e.g. `TaskStatus` (a string enum) → `string`. */
export type NamedTypes = (name: string) => string | undefined;

/**
 * Spec type alternatives (`integer`, `Filter[]`, `Record<string, string>`) in the snapshot vocabulary.
 * Maps and free-form objects are both `object`: the vendors' definitions do not tell them apart reliably.
 */
export function normalizeSpecType(type: string, named: NamedTypes = () => undefined): string {
  if (type.endsWith('[]')) return `${normalizeSpecType(type.slice(0, -2).replace(/^\((.*)\)$/, '$1'), named)}[]`;
  if (type.startsWith('Record<')) return 'object';
  // Vendors name their types differently; what counts is the primitive behind the name.
  return PRIMITIVES[type] ?? named(type) ?? 'object';
}

export function normalizeSpecNodes(nodes: Map<string, FieldNode>, named?: NamedTypes): Map<string, FieldNode> {
  const out = new Map<string, FieldNode>();
  for (const [path, node] of nodes) out.set(path, { ...node, types: [...new Set(node.types.map((t) => normalizeSpecType(t, named)))].sort() });
  return out;
}

/** Looks a named schema up in the components of the given documents and reads its primitive type. */
export function namedTypesOf(documents: Iterable<Record<string, unknown>>): NamedTypes {
  const schemas = new Map<string, unknown>();
  for (const doc of documents) {
    const components = doc.components as { schemas?: Record<string, unknown> } | undefined;
    for (const [name, schema] of Object.entries(components?.schemas ?? {})) if (!schemas.has(name)) schemas.set(name, schema);
  }
  const primitive = (schema: unknown, depth: number): string | undefined => {
    if (typeof schema !== 'object' || schema === null || depth > 8) return undefined;
    const s = schema as Record<string, unknown>;
    if (typeof s.$ref === 'string') return primitive(schemas.get(s.$ref.split('/').pop() ?? ''), depth + 1);
    const types = (Array.isArray(s.type) ? s.type : [s.type]).filter((t) => typeof t === 'string' && t !== 'null') as string[];
    if (types.length === 1) return PRIMITIVES[types[0] as string] === 'object' ? undefined : PRIMITIVES[types[0] as string];
    if (Array.isArray(s.allOf) && s.allOf.length === 1) return primitive(s.allOf[0], depth + 1);
    const first = Array.isArray(s.enum) ? s.enum.find((v) => v !== null) : undefined;
    return typeof first === 'string' ? 'string' : typeof first === 'number' ? 'number' : typeof first === 'boolean' ? 'boolean' : undefined;
  };
  return (name) => primitive(schemas.get(name), 0);
}

/**
 * Snapshot facts as nodes. Facts the source does not carry (required, nullable, keywords outside
 * `carries`, descriptions, examples) are copied from the spec's node, so only what the vendor states is compared.
 */
export function snapshotNodes(fields: FieldMap, source: Pick<SourceInfo, 'carries'>, spec: Map<string, FieldNode>): Map<string, FieldNode> {
  const out = new Map<string, FieldNode>();
  const root = spec.get('');
  out.set('', root ?? { path: '', parent: undefined, name: '', types: ['object'], required: true, keywords: {} });
  const add = (path: string, parent: string, name: string, fact: FieldFact) => {
    const mirror = spec.get(path);
    const types = [fact.type === 'map' ? 'object' : fact.type];
    const nullable = fact.nullable ?? mirror?.types.includes('null') ?? false;
    if (nullable) types.push('null');
    const keywords: Record<string, unknown> = { ...mirror?.keywords };
    for (const key of KEYWORD_FACTS) {
      if (!source.carries.includes(key)) continue;
      if (fact[key] === undefined) delete keywords[key];
      else keywords[key] = fact[key];
    }
    out.set(path, { path, parent, name, types: types.sort(), required: fact.required ?? mirror?.required ?? false, keywords });
    // List items and map values are implied by the type; spec-diff flattens them as `[]` / `{}` nodes.
    if (fact.type.endsWith('[]')) add(`${path}[]`, path, '[]', { type: fact.type.slice(0, -2), required: true });
    // Map values are compared only where the spec declares them (a Record); the vendor's `map` is an `object`.
    else if (fact.type === 'object' && spec.has(`${path}{}`))
      add(`${path}{}`, path, '{}', { type: spec.get(`${path}{}`)?.types.find((t) => t !== 'null') ?? 'string', required: true });
  };
  for (const [path, fact] of Object.entries(fields)) {
    const { parent, name } = splitPath(path);
    add(path, parent, name, fact);
  }
  return out;
}

/** `Filters[].Name` → parent `Filters[]`, name `Name`; `Filters` → parent ``. */
export function splitPath(path: string): { parent: string; name: string } {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? { parent: '', name: path } : { parent: path.slice(0, dot), name: path.slice(dot + 1) };
}
