// Small helpers over dereferenced JSON Schemas (no $ref left): declared types and the subschema for a property/item.
import { isRecord } from './pointer.ts';

export type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
const ALL_TYPES: JsonType[] = ['object', 'array', 'string', 'integer', 'number', 'boolean', 'null'];

/** The in-place branches whose keywords also apply to the value: allOf, anyOf, oneOf, then, else. */
export function branches(schema: Record<string, unknown>): Record<string, unknown>[] {
  const list: unknown[] = [];
  for (const key of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(schema[key])) list.push(...(schema[key] as unknown[]));
  list.push(schema.then, schema.else);
  return list.filter(isRecord);
}

/** Types a schema admits, or undefined when it does not constrain the type at all. */
export function declaredTypes(schema: unknown): Set<JsonType> | undefined {
  if (schema === true || !isRecord(schema)) return undefined;
  let own: Set<JsonType> | undefined;
  if (typeof schema.type === 'string') own = new Set([schema.type as JsonType]);
  else if (Array.isArray(schema.type)) own = new Set(schema.type as JsonType[]);
  else if (Array.isArray(schema.enum)) own = new Set(schema.enum.map(typeOfValue));
  else if ('const' in schema) own = new Set([typeOfValue(schema.const)]);
  if (own?.has('number')) own.add('integer');
  const alternatives = [...arrayOf(schema.anyOf), ...arrayOf(schema.oneOf)].map(declaredTypes);
  if (alternatives.length > 0 && alternatives.every((t) => t !== undefined)) {
    const union = new Set(alternatives.flatMap((t) => [...(t ?? [])]));
    own = own ? new Set([...own].filter((t) => union.has(t))) : union;
  }
  for (const part of arrayOf(schema.allOf)) {
    const types = declaredTypes(part);
    if (types) own = own ? new Set([...own].filter((t) => types.has(t))) : types;
  }
  if (!own && (isRecord(schema.properties) || isRecord(schema.additionalProperties) || isRecord(schema.patternProperties))) own = new Set(['object']);
  if (!own && (isRecord(schema.items) || Array.isArray(schema.prefixItems))) own = new Set(['array']);
  return own;
}

export function typeOfValue(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value === 'boolean' ? 'boolean' : 'string';
}

export function admits(types: Set<JsonType> | undefined, type: JsonType): boolean {
  return types === undefined || types.has(type) || (type === 'integer' && types.has('number'));
}

/** Subschemas that describe property `name` (from the schema itself and its in-place branches). */
export function propertySchemas(schema: unknown, name: string): unknown[] {
  if (!isRecord(schema)) return [];
  const found: unknown[] = [];
  if (isRecord(schema.properties) && name in schema.properties) found.push(schema.properties[name]);
  if (isRecord(schema.patternProperties)) {
    for (const [pattern, sub] of Object.entries(schema.patternProperties)) if (new RegExp(pattern, 'u').test(name)) found.push(sub);
  }
  for (const branch of branches(schema)) found.push(...propertySchemas(branch, name));
  if (found.length === 0 && isRecord(schema.additionalProperties)) found.push(schema.additionalProperties);
  return found;
}

/** Subschemas for array items. */
export function itemSchemas(schema: unknown): unknown[] {
  if (!isRecord(schema)) return [];
  const found: unknown[] = [];
  if (schema.items !== undefined && typeof schema.items !== 'boolean') found.push(schema.items);
  for (const branch of branches(schema)) found.push(...itemSchemas(branch));
  return found;
}

export function allTypes(): Set<JsonType> {
  return new Set(ALL_TYPES);
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
