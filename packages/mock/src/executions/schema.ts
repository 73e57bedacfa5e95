// What the response schema says about one member: whether it may be null and which JSON type it has, so an
// engine value is written the way the service writes it (ECS sends some numbers as strings).
import type { JsonSchema } from '@cloudexec/runtime/model';

const SKIP = Symbol('keep the template value');
export type Written = unknown | typeof SKIP;
export { SKIP };

/** The schema at a dotted member path (`Invocations.Invocation[].InvokeId`); undefined when it cannot tell. */
export function schemaAt(root: JsonSchema | undefined, path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const segment of path.split('.')) {
    const list = segment.endsWith('[]');
    const key = list ? segment.slice(0, -2) : segment;
    node = child(objectBranch(node), key);
    if (list) node = objectBranch(node)?.['items'] as JsonSchema | undefined;
    if (!node) return undefined;
  }
  return node;
}

/** The value as the schema at that member wants it; SKIP when null is not allowed and no empty value fits. */
export function conform(value: unknown, schema: JsonSchema | undefined): Written {
  if (!schema) return value;
  const types = typesOf(schema);
  if (value === null || value === undefined) {
    if (types.size === 0 || types.has('null') || schema['nullable'] === true) return null;
    return types.has('string') ? '' : SKIP;
  }
  if (types.size === 0) return value;
  const actual = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;
  if (types.has(actual) || (actual === 'number' && types.has('integer'))) return value;
  if (types.has('string')) return typeof value === 'object' ? JSON.stringify(value) : String(value);
  if ((types.has('integer') || types.has('number')) && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (types.has('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function typesOf(schema: JsonSchema): Set<string> {
  const out = new Set<string>();
  const type = schema['type'];
  if (typeof type === 'string') out.add(type);
  if (Array.isArray(type)) for (const t of type) out.add(String(t));
  for (const key of ['anyOf', 'oneOf']) {
    const branches = schema[key];
    if (Array.isArray(branches)) for (const branch of branches) for (const t of typesOf(branch as JsonSchema)) out.add(t);
  }
  return out;
}

function objectBranch(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  if (schema['properties'] || schema['items']) return schema;
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    const found = branches.map((branch) => objectBranch(branch as JsonSchema)).find(Boolean);
    if (found) return found;
  }
  return schema;
}

function child(schema: JsonSchema | undefined, key: string): JsonSchema | undefined {
  const properties = schema?.['properties'] as Record<string, JsonSchema> | undefined;
  return properties?.[key];
}
