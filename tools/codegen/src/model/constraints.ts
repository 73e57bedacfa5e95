// Flattens a dereferenced request schema into the model's ordered constraint list: one entry per
// documented limit, depth-first in property order, with nested array items addressed as `Filters[].Values`.
import type { Constraint, ConstraintError, ContentBudget, ContentEncoding, JsonSchema, ParamPath } from '@cloudexec/runtime/model';
import type { ContentExtension } from '@cloudexec/spec-check';
import { compareStrings } from '../emit/helpers.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A constraint before its error code is known. */
export type ConstraintShape = DistributiveOmit<Constraint, keyof ConstraintError>;

type JsonType = Extract<ConstraintShape, { kind: 'type' }>['type'];
const JSON_TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);
const NUMBER_KINDS = ['minimum', 'maximum'] as const;
const SIZE_KINDS = ['minItems', 'maxItems', 'minLength', 'maxLength'] as const;

/**
 * Every JSON Schema limit of a request schema, in property order (depth-first). `orderConstraints`
 * then groups them into the order a service checks them.
 */
export function schemaConstraints(schema: JsonSchema): ConstraintShape[] {
  const out: ConstraintShape[] = [];
  walkObject(schema, '', out);
  return out;
}

/**
 * The mock reports the first broken constraint, so order matters: undefined members, then presence,
 * then types, then parameter combinations, then values, then filter names and their values, then
 * pagination tokens (only the service can judge those). Within a phase, property order is kept.
 */
const PHASE: Record<ConstraintShape['kind'], number> = {
  additionalProperties: 0,
  required: 1,
  type: 2,
  mutuallyExclusive: 3,
  enum: 4,
  minimum: 4,
  maximum: 4,
  minItems: 4,
  maxItems: 4,
  minLength: 4,
  maxLength: 4,
  pattern: 4,
  notPattern: 4,
  contentEncoding: 4,
  maxContentBytes: 4,
  uniqueKeys: 4,
  filterName: 5,
  filterValue: 6,
  token: 7,
};

export function orderConstraints<T extends { kind: ConstraintShape['kind'] }>(constraints: readonly T[]): T[] {
  return constraints
    .map((constraint, index) => ({ constraint, index }))
    .sort((a, b) => PHASE[a.constraint.kind] - PHASE[b.constraint.kind] || a.index - b.index)
    .map(({ constraint }) => constraint);
}

function walkObject(schema: JsonSchema, prefix: string, out: ConstraintShape[]): void {
  const properties = asRecord(schema['properties']);
  const required = Array.isArray(schema['required']) ? schema['required'].filter((name): name is string => typeof name === 'string') : [];
  const names = [...Object.keys(properties), ...required.filter((name) => !(name in properties))];
  // A closed object (Tencent requests and their filters) rejects members it does not declare.
  if (schema['additionalProperties'] === false) {
    out.push({ kind: 'additionalProperties', path: prefix.replace(/\.$/, ''), allowed: [...names].sort(compareStrings) });
  }
  for (const name of names) {
    const path = `${prefix}${name}`;
    if (required.includes(name)) out.push({ kind: 'required', path });
    const property = properties[name];
    if (property) walkValue(asRecord(property), path, out);
  }
}

function walkValue(schema: JsonSchema, path: ParamPath, out: ConstraintShape[]): void {
  const type = jsonType(schema);
  if (type) out.push({ kind: 'type', path, type });
  if (Array.isArray(schema['enum'])) {
    const values = schema['enum'].filter((value): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value));
    out.push({ kind: 'enum', path, values });
  }
  if (typeof schema['pattern'] === 'string') out.push({ kind: 'pattern', path, pattern: schema['pattern'] });
  // JSON Schema's `not` is only read in the one form pages need: a format a value must not have.
  const not = asRecord(schema['not']);
  if (typeof not['pattern'] === 'string') out.push({ kind: 'notPattern', path, pattern: not['pattern'] });
  out.push(...contentConstraints(schema, path));
  for (const kind of NUMBER_KINDS) {
    const limit = schema[kind];
    if (typeof limit === 'number') out.push({ kind, path, limit });
  }
  for (const kind of SIZE_KINDS) {
    const limit = schema[kind];
    if (typeof limit === 'number') out.push({ kind, path, limit });
  }
  if (type === 'object' || 'properties' in schema) walkObject(schema, `${path}.`, out);
  const items = schema['items'];
  if (items !== null && typeof items === 'object' && !Array.isArray(items)) {
    walkValue(items as JsonSchema, `${path}[]`, out);
  }
}

/**
 * x-cloudexec-content: Base64 wherever the content may travel Base64 (fixed, or by its encoding parameter), then
 * the byte budget. Encoding is checked first: a size measured on text that is not Base64 means little.
 */
function contentConstraints(schema: JsonSchema, path: ParamPath): ConstraintShape[] {
  const raw = schema['x-cloudexec-content'];
  if (raw === undefined) return [];
  const content = raw as ContentExtension;
  const encoding: ContentEncoding =
    typeof content.encoding === 'string'
      ? content.encoding
      : {
          parameter: content.encoding.parameter,
          values: { ...content.encoding.values },
          default: content.encoding.default,
          ...(content.encoding.caseInsensitive !== undefined ? { caseInsensitive: content.encoding.caseInsensitive } : {}),
        };
  const mayBeBase64 = typeof encoding === 'string' ? encoding === 'base64' : encoding.default === 'base64' || Object.values(encoding.values).includes('base64');
  const limit: ContentBudget = {
    maxBytes: content.maxBytes,
    measure: content.measure,
    encoding,
    ...(content.includes?.length ? { includes: [...content.includes] } : {}),
  };
  return [...(mayBeBase64 ? [{ kind: 'contentEncoding' as const, path, encoding }] : []), { kind: 'maxContentBytes', path, limit }];
}

/** The one non-null JSON type of a schema (`[string, 'null']` counts as string); undefined when absent or ambiguous. */
function jsonType(schema: JsonSchema): JsonType | undefined {
  const raw = schema['type'];
  const candidates = (Array.isArray(raw) ? raw : [raw]).filter((item) => item !== 'null');
  const [first] = candidates;
  return candidates.length === 1 && typeof first === 'string' && JSON_TYPES.has(first) ? (first as JsonType) : undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
