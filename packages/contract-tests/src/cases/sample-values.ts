// Valid sample values from the request schema, so a case can put one parameter at or past its limit while
// everything else stays valid. Filter entries use a documented filter name.
import type { JsonSchema, OperationModel } from '@cloudexec/runtime/model';
import { isRecord } from './constraint-oracle.ts';

/** The schema of a ParamPath (`Filters[].Values`, `Tag[]`); `{}` when the schema does not say. */
export function schemaAt(schema: JsonSchema, path: string): JsonSchema {
  let node: unknown = schema;
  for (const segment of path.split('.')) {
    const key = segment.endsWith('[]') ? segment.slice(0, -2) : segment;
    const properties = isRecord(node) ? node['properties'] : undefined;
    node = isRecord(properties) ? properties[key] : undefined;
    if (segment.endsWith('[]')) node = isRecord(node) ? node['items'] : undefined;
  }
  return isRecord(node) ? node : {};
}

function typeOf(schema: JsonSchema): string | undefined {
  const type = schema['type'];
  const first = Array.isArray(type) ? type.find((t) => t !== 'null') : type;
  return typeof first === 'string' ? first : undefined;
}

function num(schema: JsonSchema, key: string): number | undefined {
  const value = schema[key];
  return typeof value === 'number' ? value : undefined;
}

/** A string of exactly `length` code points. */
export function textOfLength(length: number, seed = 'contract'): string {
  return seed.repeat(Math.ceil(length / seed.length) + 1).slice(0, length);
}

export function sampleString(schema: JsonSchema, seed = 'contract'): string {
  const values = schema['enum'];
  if (Array.isArray(values) && typeof values[0] === 'string') return values[0];
  // A documented format (an id): the documented example, which the spec checker holds to the pattern.
  const examples = schema['examples'];
  if (typeof schema['pattern'] === 'string' && Array.isArray(examples) && typeof examples[0] === 'string') return examples[0];
  // Content that travels Base64 by default (x-cloudexec-content): the seed, Base64-encoded.
  const content = schema['x-cloudexec-content'];
  if (isRecord(content)) {
    const encoding = content['encoding'];
    if (encoding === 'base64' || (isRecord(encoding) && encoding['default'] === 'base64')) return btoa(seed);
  }
  const min = num(schema, 'minLength') ?? 1;
  const max = num(schema, 'maxLength') ?? Infinity;
  return textOfLength(Math.min(Math.max(seed.length, min), max), seed);
}

/** A value the filter `name` accepts: the first of its closed list, else any text. */
export function filterValueFor(op: OperationModel, name: string, fallback = 'contract-value', variant = 0): string {
  const closed = op.constraints.find((c) => c.kind === 'filterValue' && c.values[name]?.length);
  const list = (closed?.kind === 'filterValue' ? closed.values[name] : undefined) ?? op.filters?.names.find((entry) => entry.name === name)?.values;
  return list && list.length > 0 ? list[variant % list.length]! : fallback;
}

/** A documented filter entry: `{ Name: <first name>, Values: [<an accepted value>] }`. */
export function sampleFilter(op: OperationModel, index = 0): Record<string, unknown> {
  const name = op.filters?.names[index % (op.filters?.names.length || 1)]?.name ?? 'contract-filter';
  return { Name: name, Values: [filterValueFor(op, name, `contract-value-${index}`)] };
}

/** A valid value for `path`; `variant` makes list elements distinct. */
export function sampleAt(op: OperationModel, path: string, variant = 0): unknown {
  if (op.filters) {
    const filters = op.filters.parameter;
    const name = op.filters.names[0]?.name ?? 'contract-filter';
    if (path === `${filters}[]`) return sampleFilter(op, variant);
    if (path === filters) return [sampleFilter(op, variant)];
    // Members of a filter entry: the sample entry's name, and values that name accepts.
    if (path === `${filters}[].Name`) return name;
    if (path === `${filters}[].Values`) return [filterValueFor(op, name, 'contract-value', variant)];
    if (path === `${filters}[].Values[]`) return filterValueFor(op, name, `contract-value-${variant}`, variant);
  }
  return sampleOf(op, schemaAt(op.requestSchema, path), path, variant);
}

function sampleOf(op: OperationModel, schema: JsonSchema, path: string, variant: number): unknown {
  switch (typeOf(schema)) {
    case 'integer':
    case 'number': {
      const min = num(schema, 'minimum');
      const max = num(schema, 'maximum');
      return min ?? (max !== undefined ? Math.min(1, max) : 1);
    }
    case 'boolean':
      return true;
    case 'array':
      return [sampleAt(op, `${path}[]`, variant)];
    case 'object': {
      const properties = isRecord(schema['properties']) ? schema['properties'] : {};
      return Object.fromEntries(Object.keys(properties).map((key) => [key, sampleAt(op, `${path}.${key}`, variant)]));
    }
    default: {
      // An id the mock looks up (execution.notFound): a documented one, which the mock knows.
      const examples = schema['examples'];
      const looked = op.execution?.notFound?.some((rule) => rule.parameter === path);
      if (looked && variant === 0 && Array.isArray(examples) && typeof examples[0] === 'string') return examples[0];
      return sampleString(schema, variant === 0 ? 'contract' : `contract${variant}`);
    }
  }
}

/** `n` distinct valid elements for the list at `path`. */
export function sampleList(op: OperationModel, path: string, n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => sampleAt(op, `${path}[]`, i + 1));
}
