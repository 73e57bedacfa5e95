// Flattens a request or response schema into one node per field path (`Filters`, `Filters[]`,
// `Filters[].Name`), following $refs into nested types, so two versions compare path by path.
import { isRecord, type JsonObject } from './json.ts';
import { resolveRef, type DocumentSet } from './refs.ts';

export interface FieldNode {
  path: string;
  parent: string | undefined;
  /** Last segment: a property name, `[]` (array item) or `{}` (map value). */
  name: string;
  /** Sorted type alternatives as callers see them: `string`, `null`, `Filter[]`, `Record<string, string>`. */
  types: string[];
  /** Meaningless for `[]` and `{}` nodes. */
  required: boolean;
  /** Every other keyword (enum, default, maximum, description, ...), $ref siblings over the target's. */
  keywords: JsonObject;
}

interface Located {
  schema: unknown;
  file: string;
}

interface Shape {
  properties: Map<string, Located>;
  required: Set<string>;
  items?: Located;
  values?: Located;
  keywords: JsonObject;
  refs: Set<string>;
}

const STRUCTURAL = new Set(['$ref', 'type', 'properties', 'required', 'items', 'additionalProperties', 'allOf', 'oneOf', 'anyOf', '$defs']);

/** The root (path `''`, the request or response body itself) and every field node below it. */
export function flattenSchema(documents: DocumentSet, root: Located | undefined): Map<string, FieldNode> {
  const out = new Map<string, FieldNode>();
  if (root === undefined) return out;
  const shape = shapeOf(documents, root);
  out.set('', { path: '', parent: undefined, name: '', types: typeSignature(documents, root), required: true, keywords: shape.keywords });
  walkChildren(documents, shape, '', out, shape.refs);
  return out;
}

function walkChildren(documents: DocumentSet, shape: Shape, parent: string, out: Map<string, FieldNode>, stack: Set<string>): void {
  const join = (name: string) => (parent === '' ? name : name === '[]' || name === '{}' ? `${parent}${name}` : `${parent}.${name}`);
  const visit = (name: string, located: Located, required: boolean) => {
    const fieldPath = join(name);
    const child = shapeOf(documents, located);
    out.set(fieldPath, { path: fieldPath, parent, name, types: typeSignature(documents, located), required, keywords: child.keywords });
    // A type that contains itself is listed once; its recursion adds nothing a reviewer needs.
    if ([...child.refs].some((ref) => stack.has(ref))) return;
    walkChildren(documents, child, fieldPath, out, new Set([...stack, ...child.refs]));
  };
  for (const [name, located] of shape.properties) visit(name, located, shape.required.has(name));
  if (shape.items !== undefined) visit('[]', shape.items, true);
  if (shape.values !== undefined) visit('{}', shape.values, true);
}

function shapeOf(documents: DocumentSet, { schema, file }: Located, seen: ReadonlySet<string> = new Set()): Shape {
  const shape: Shape = { properties: new Map(), required: new Set(), keywords: {}, refs: new Set() };
  if (!isRecord(schema)) return shape;
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(documents, schema.$ref, file);
    const key = target === undefined ? undefined : `${target.file}#${target.pointer}`;
    if (target !== undefined && key !== undefined && !seen.has(key)) {
      merge(shape, shapeOf(documents, target, new Set([...seen, key])));
      shape.refs.add(key);
    }
  }
  for (const branch of [...list(schema.allOf), ...list(schema.oneOf), ...list(schema.anyOf)]) {
    if (isRecord(branch) && branch.type === 'null') continue;
    merge(shape, shapeOf(documents, { schema: branch, file }, seen));
  }
  if (isRecord(schema.properties)) {
    for (const [name, value] of Object.entries(schema.properties)) shape.properties.set(name, { schema: value, file });
  }
  for (const name of list(schema.required)) if (typeof name === 'string') shape.required.add(name);
  if (schema.items !== undefined) shape.items = { schema: schema.items, file };
  if (isRecord(schema.additionalProperties)) shape.values = { schema: schema.additionalProperties, file };
  for (const [key, value] of Object.entries(schema)) if (!STRUCTURAL.has(key)) shape.keywords[key] = value;
  return shape;
}

function merge(into: Shape, from: Shape): void {
  for (const [name, located] of from.properties) into.properties.set(name, located);
  for (const name of from.required) into.required.add(name);
  into.items ??= from.items;
  into.values ??= from.values;
  Object.assign(into.keywords, from.keywords);
  for (const ref of from.refs) into.refs.add(ref);
}

/** Type alternatives of a schema as a caller of the generated types sees them. */
export function typeSignature(documents: DocumentSet, { schema, file }: Located): string[] {
  const found = new Set<string>();
  collectTypes(documents, schema, file, found);
  return [...found].sort();
}

function collectTypes(documents: DocumentSet, schema: unknown, file: string, found: Set<string>): void {
  if (!isRecord(schema)) return void found.add('unknown');
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(documents, schema.$ref, file);
    found.add(target?.name ?? schema.$ref);
    return;
  }
  const branches = [...list(schema.oneOf), ...list(schema.anyOf)];
  if (branches.length > 0) {
    for (const branch of branches) collectTypes(documents, branch, file, found);
    return;
  }
  const allOf = list(schema.allOf);
  if (allOf.length === 1) return collectTypes(documents, allOf[0], file, found);
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [inferType(schema)] : [schema.type];
  for (const type of types) found.add(describeType(documents, schema, String(type), file));
}

function inferType(schema: JsonObject): string {
  if (schema.properties !== undefined || schema.allOf !== undefined) return 'object';
  if (schema.items !== undefined) return 'array';
  const first = list(schema.enum)[0];
  return first === undefined ? 'unknown' : first === null ? 'null' : typeof first;
}

function describeType(documents: DocumentSet, schema: JsonObject, type: string, file: string): string {
  const inner = (sub: unknown) => {
    const sig = typeSignature(documents, { schema: sub, file });
    return sig.length === 1 ? (sig[0] ?? 'unknown') : `(${sig.join(' | ')})`;
  };
  if (type === 'array') return `${schema.items === undefined ? 'unknown' : inner(schema.items)}[]`;
  if (type === 'object' && schema.properties === undefined && isRecord(schema.additionalProperties)) {
    return `Record<string, ${inner(schema.additionalProperties)}>`;
  }
  return type;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
