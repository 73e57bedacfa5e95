// Examples are checked strictly: an object schema that does not say what to do with undeclared
// properties gets `unevaluatedProperties: false`. Members of allOf/anyOf/oneOf are left open, so their
// parent (which gets the keyword) sees the properties every matching branch evaluated.
import { isRecord } from './pointer.ts';

const IN_PLACE = new Set(['allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'not', 'dependentSchemas']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_VALUES = new Set([
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
]);
const DROPPED = new Set(['$id', '$schema', '$anchor', '$dynamicAnchor', '$ref', '$dynamicRef']);

/** Takes a dereferenced schema; returns a closed copy. Leftover (cyclic) `$ref`s become "anything". */
export function closeSchema(schema: unknown, inPlaceMember = false): unknown {
  return isRecord(schema) ? closeObject(schema, inPlaceMember, closeSchema, (value) => value) : schema;
}

/**
 * One level of closing: `child` closes each subschema (told whether it is an in-place member), `other`
 * copies every non-schema value. Shared with strict-validators.ts, which closes components one at a time.
 */
export function closeObject(
  schema: Record<string, unknown>,
  inPlaceMember: boolean,
  child: (schema: unknown, inPlaceMember: boolean) => unknown,
  other: (value: unknown) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key)) continue;
    const member = IN_PLACE.has(key);
    if (SCHEMA_MAPS.has(key) && isRecord(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, child(v, member)]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((v) => child(v, member));
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = child(value, member);
    } else {
      out[key] = other(value);
    }
  }
  if (!inPlaceMember && isObjectish(out) && !('additionalProperties' in out) && !('unevaluatedProperties' in out)) {
    out.unevaluatedProperties = false;
  }
  return out;
}

function isObjectish(schema: Record<string, unknown>): boolean {
  const type = schema.type;
  if (type === 'object' || (Array.isArray(type) && type.includes('object'))) return true;
  if (type !== undefined) return false;
  return ['properties', 'patternProperties', 'required', 'allOf', 'anyOf', 'oneOf', 'then', 'else'].some((k) => k in schema);
}
