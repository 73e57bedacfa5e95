// Lossless coercion of response fields that a service sends as strings where its documentation says number
// or boolean ("5" for 5, "true" for true): the typed result then holds what its type says. A string that is
// not exactly a number or a boolean is not guessed at; it fails with a ResponseTypeError naming the field.
import { ResponseTypeError } from './errors.ts';

/**
 * The scalar fields of a response worth checking, by vendor name: `number`/`boolean` leaves, nested
 * objects as tables, arrays as a one-element tuple of their item's table. Fields not listed pass unchanged.
 */
export type FieldTypes = { readonly [field: string]: FieldType };
export type FieldType = 'number' | 'boolean' | FieldTypes | readonly [FieldType];

/** A decimal number as JSON would write it; no hex, no blanks, no `Infinity`. */
const NUMERIC = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Returns `data` with string-typed numbers and booleans converted in place of the originals (a copy). */
export function coerceFields(data: Record<string, unknown>, types: FieldTypes, action: string): Record<string, unknown> {
  return coerceObject(data, types, action, '') as Record<string, unknown>;
}

function coerceObject(value: unknown, types: FieldTypes, action: string, path: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  let out: Record<string, unknown> | undefined;
  for (const [field, type] of Object.entries(types)) {
    if (!Object.hasOwn(value, field)) continue;
    const before = (value as Record<string, unknown>)[field];
    const after = coerceValue(before, type, action, path ? `${path}.${field}` : field);
    if (after !== before) (out ??= { ...(value as Record<string, unknown>) })[field] = after;
  }
  return out ?? value;
}

function coerceValue(value: unknown, type: FieldType, action: string, path: string): unknown {
  if (value === null || value === undefined) return value;
  if (type === 'number') return typeof value === 'string' ? toNumber(value, action, path) : value;
  if (type === 'boolean') return typeof value === 'string' ? toBoolean(value, action, path) : value;
  if (Array.isArray(type)) {
    if (!Array.isArray(value)) return value;
    let changed = false;
    const items = value.map((item: unknown, i) => {
      const next = coerceValue(item, type[0] as FieldType, action, `${path}[${i}]`);
      changed ||= next !== item;
      return next;
    });
    return changed ? items : value;
  }
  return coerceObject(value, type as FieldTypes, action, path);
}

function toNumber(text: string, action: string, path: string): number {
  const trimmed = text.trim();
  const number = Number(trimmed);
  // Lossless only: a decimal that survives the round trip to a double (no 2^53+ ids silently rounded).
  if (NUMERIC.test(trimmed) && Number.isFinite(number) && (!Number.isInteger(number) || Number.isSafeInteger(number))) {
    return number;
  }
  throw new ResponseTypeError({ action, path, expected: 'number', value: text });
}

function toBoolean(text: string, action: string, path: string): boolean {
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new ResponseTypeError({ action, path, expected: 'boolean', value: text });
}

/**
 * Derives the table from a dereferenced JSON Schema (an operation's `responseSchema` in the service model),
 * for generators and tests; undefined when the schema has no number or boolean field.
 */
export function fieldTypesFromSchema(schema: unknown): FieldTypes | undefined {
  const type = fieldTypeOf(schema, 0);
  return type && typeof type === 'object' && !Array.isArray(type) ? (type as FieldTypes) : undefined;
}

function fieldTypeOf(schema: unknown, depth: number): FieldType | undefined {
  if (typeof schema !== 'object' || schema === null || depth > 32) return undefined;
  const s = schema as { type?: unknown; properties?: Record<string, unknown>; items?: unknown };
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('integer') || types.includes('number')) return 'number';
  if (types.includes('boolean')) return 'boolean';
  if (types.includes('array')) {
    const item = fieldTypeOf(s.items, depth + 1);
    return item === undefined ? undefined : [item];
  }
  if (!s.properties) return undefined;
  const table: Record<string, FieldType> = {};
  for (const [name, child] of Object.entries(s.properties)) {
    const type = fieldTypeOf(child, depth + 1);
    if (type !== undefined) table[name] = type;
  }
  return Object.keys(table).length > 0 ? table : undefined;
}
