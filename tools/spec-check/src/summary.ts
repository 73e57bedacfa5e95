// The success report: one row per spec with what it documents.
import { formatTable } from '@cloudexec/table';
import type { LoadedSpec } from './load.ts';
import type { OperationEntry } from './operations.ts';
import { isRecord } from './pointer.ts';
import { declaredTypes } from './schema-walk.ts';

export interface SummaryRow {
  file: string;
  operations: number;
  /** Top-level request properties, summed over operations. */
  parameters: number;
  /**
   * JSON Schema constraint keywords in the spec's schemas (a `not` counts once), each x-cloudexec-content's size
   * limit and Base64 rule, plus constraints stated in x-cloudexec-operation.
   */
  limits: number;
  /** Distinct error codes the spec's operations list (errors and constraintErrors). */
  errorCodes: number;
  examples: number;
}

const CONSTRAINT_KEYWORDS = new Set([
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'multipleOf',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
  'enum',
  'const',
  'required',
  'default',
  'dependentRequired',
  'not',
]);
export function summarizeSpec(spec: LoadedSpec, operations: OperationEntry[], requestSchemas: unknown[]): SummaryRow {
  const codes = new Set<string>();
  let examples = 0;
  let extensionLimits = 0;
  for (const op of operations) {
    const ext = op.extension ?? {};
    for (const list of [ext.errors, ext.constraintErrors]) {
      for (const error of Array.isArray(list) ? list : []) if (isRecord(error) && typeof error.code === 'string') codes.add(error.code);
    }
    examples += Array.isArray(ext.examples) ? ext.examples.length : 0;
    extensionLimits += extensionConstraints(ext);
  }
  return {
    file: spec.file,
    operations: operations.length,
    parameters: requestSchemas.reduce<number>((sum, schema) => sum + topLevelProperties(schema), 0),
    limits: countConstraints(spec.doc.components) + countConstraints(spec.doc.paths) + extensionLimits,
    errorCodes: codes.size,
    examples,
  };
}

/** Limits stated in x-cloudexec-operation: a documented QPS, a required region, each exclusive group, filter limits and names. */
function extensionConstraints(ext: Record<string, unknown>): number {
  let count = 0;
  if (isRecord(ext.rateLimit) && typeof ext.rateLimit.qps === 'number') count += 1;
  if (isRecord(ext.region) && ext.region.required === true) count += 1;
  if (Array.isArray(ext.mutuallyExclusive)) count += ext.mutuallyExclusive.length;
  if (isRecord(ext.filters)) {
    const { maxFilters, maxValuesPerFilter, names } = ext.filters;
    count += (typeof maxFilters === 'number' ? 1 : 0) + (typeof maxValuesPerFilter === 'number' ? 1 : 0) + (Array.isArray(names) ? names.length : 0);
  }
  return count;
}

function topLevelProperties(schema: unknown): number {
  if (!isRecord(schema)) return 0;
  const names = new Set<string>(isRecord(schema.properties) ? Object.keys(schema.properties) : []);
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (isRecord(part) && isRecord(part.properties) && declaredTypes(part)?.has('object') !== false) for (const k of Object.keys(part.properties)) names.add(k);
  }
  return names.size;
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'schemas', 'dependentSchemas']);
const VALUE_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);

/** Counts constraint keywords in schema positions; x- extensions and literal values are skipped. */
function countConstraints(node: unknown, schemaMap = false): number {
  if (Array.isArray(node)) return node.reduce<number>((sum, item) => sum + countConstraints(item), 0);
  if (!isRecord(node)) return 0;
  if (schemaMap) return Object.values(node).reduce<number>((sum, schema) => sum + countConstraints(schema), 0);
  let count = 0;
  const isSchema = ['type', 'properties', '$ref', 'items', 'allOf', 'anyOf', 'oneOf', 'enum', 'const'].some((k) => k in node);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'x-cloudexec-content') count += contentLimits(value);
    if (key.startsWith('x-')) continue;
    if (isSchema && CONSTRAINT_KEYWORDS.has(key)) count += 1;
    // `not: {pattern}` is one rule (a form the value must not have), counted above.
    if (!VALUE_KEYWORDS.has(key) && key !== 'not') count += countConstraints(value, SCHEMA_MAPS.has(key));
  }
  return count;
}

/** A content's byte budget, and its Base64 rule when the content may travel Base64. */
function contentLimits(content: unknown): number {
  if (!isRecord(content)) return 0;
  const { encoding } = content;
  const base64 = encoding === 'base64' || (isRecord(encoding) && JSON.stringify(encoding).includes('"base64"'));
  return 1 + (base64 ? 1 : 0);
}

export function formatSummary(rows: SummaryRow[]): string {
  const header = ['spec', 'operations', 'parameters', 'limits', 'error codes', 'examples'];
  const body = rows.map((r) => [r.file, r.operations, r.parameters, r.limits, r.errorCodes, r.examples].map(String));
  const total = ['total', ...[1, 2, 3, 4, 5].map((i) => String(body.reduce((sum, row) => sum + Number(row[i]), 0)))];
  return formatTable(header, body, { align: ['left', ...header.slice(1).map(() => 'right' as const)], footer: [total] });
}
