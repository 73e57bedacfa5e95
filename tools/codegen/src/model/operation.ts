// One RPC action: its x-cloudexec-operation facts and dereferenced schemas, as an OperationModel.
import type { Constraint, DiscrepancyModel, JsonSchema, OperationModel } from '@cloudexec/runtime/model';
import type { OperationEntry } from '@cloudexec/spec-check';
import { compareStrings } from '../emit/helpers.ts';
import { CodegenError } from '../load/codegen-error.ts';
import type { CommonFacts } from './common.ts';
import { errorCodeModel } from './common.ts';
import { attachErrors, type ConstraintErrorEntry } from './constraint-errors.ts';
import { orderConstraints, schemaConstraints, type ConstraintShape } from './constraints.ts';
import { normalizeExample, type Provider } from './examples.ts';
import { filterModel, filterNames, filterValueLists, paginationModels, tokenParameters } from './paging.ts';
import { waiterModels } from './waiters.ts';

type Raw = Record<string, unknown>;

export interface OperationSource {
  entry: OperationEntry;
  requestSchema: JsonSchema;
  responseSchema: JsonSchema;
}

export function normalizeOperation(source: OperationSource, provider: Provider, facts: CommonFacts, specFile: string): OperationModel {
  const { entry, requestSchema, responseSchema } = source;
  const ext: Raw = entry.extension ?? {};
  const action = entry.operationId ?? entry.path.replace(/^\//, '');
  const region = isRecord(ext['region']) ? ext['region'] : {};
  const rateLimit = isRecord(ext['rateLimit']) ? ext['rateLimit'] : {};
  const filters = filterModel(ext['filters']);
  const where = `${specFile} ${action}`;
  const constraintErrors = records(ext['constraintErrors']) as unknown as ConstraintErrorEntry[];
  const shapes = extensionConstraints(ext, schemaConstraints(requestSchema), constraintErrors, where);
  const constraints: Constraint[] = attachErrors(orderConstraints(shapes), constraintErrors, facts.fallback);
  const summary = typeof entry.operation['summary'] === 'string' ? entry.operation['summary'].trim() : '';
  const waiters = waiterModels(ext['waiters'], requestSchema, responseSchema, where);
  return {
    action,
    ...(summary ? { summary } : {}),
    idempotent: READ_ONLY_ACTION.test(action),
    method: ext['httpMethod'] === 'GET' ? 'GET' : 'POST',
    // null: the page documents no rate limit; 0 tells the client and the mock not to limit.
    qps: typeof rateLimit['qps'] === 'number' ? rateLimit['qps'] : 0,
    region: { required: region['required'] === true, parameter: region['parameter'] === 'RegionId' ? 'RegionId' : 'Region' },
    constraints,
    pagination: paginationModels(ext['pagination'], requestSchema),
    ...(filters ? { filters } : {}),
    errors: records(ext['errors'])
      .map((error) => errorCodeModel(error, facts.throttlingCodes, facts.statusOf))
      .sort((a, b) => compareStrings(a.code, b.code)),
    examples: records(ext['examples']).map((example) =>
      normalizeExample(example, { provider, wrapper: facts.wrapper, requestSchema, where }),
    ),
    discrepancies: records(ext['discrepancies']).map(
      (item): DiscrepancyModel => ({ id: String(item['id']), description: String(item['description']) }),
    ),
    ...(waiters.length > 0 ? { waiters } : {}),
    requestSchema,
    responseSchema,
  };
}

/** Read-only actions by their verb: repeating one changes nothing, so a client may retry it freely. */
const READ_ONLY_ACTION = /^(Describe|List|Get|Query)(?![a-z])/;

/**
 * Adds what JSON Schema cannot say: mutually exclusive parameters, the documented filter names and
 * value lists, the documented filter-count limits when the schema does not already carry them,
 * pagination tokens, and lists whose elements need distinct keys (named only by `constraintErrors`).
 */
function extensionConstraints(ext: Raw, fromSchema: ConstraintShape[], entries: readonly ConstraintErrorEntry[], where: string): ConstraintShape[] {
  const shapes = [...fromSchema];
  const has = (kind: ConstraintShape['kind'], path: string) => shapes.some((shape) => shape.kind === kind && 'path' in shape && shape.path === path);
  const filters = isRecord(ext['filters']) ? ext['filters'] : undefined;
  if (filters) {
    const parameter = String(filters['parameter']);
    const perFilter = `${parameter}[].Values`;
    if (typeof filters['maxFilters'] === 'number' && !has('maxItems', parameter)) {
      shapes.push({ kind: 'maxItems', path: parameter, limit: filters['maxFilters'] });
    }
    if (typeof filters['maxValuesPerFilter'] === 'number' && !has('maxItems', perFilter)) {
      shapes.push({ kind: 'maxItems', path: perFilter, limit: filters['maxValuesPerFilter'] });
    }
  }
  for (const group of Array.isArray(ext['mutuallyExclusive']) ? ext['mutuallyExclusive'] : []) {
    if (Array.isArray(group)) shapes.push({ kind: 'mutuallyExclusive', paths: group.map(String) });
  }
  if (filters) {
    const path = String(filters['parameter']);
    shapes.push({ kind: 'filterName', path, names: filterNames(filters) });
    const values = filterValueLists(filters);
    if (Object.keys(values).length > 0) shapes.push({ kind: 'filterValue', path, values });
  }
  for (const entry of entries.filter((candidate) => candidate.constraint === 'uniqueKeys')) {
    const match = /^(.+)\[\]\.([^.[\]]+)$/.exec(entry.parameter ?? '');
    if (!match?.[1] || !match[2]) throw new CodegenError(`${where}: a uniqueKeys constraintErrors entry needs a parameter like Tag[].Key`);
    shapes.push({ kind: 'uniqueKeys', path: match[1], key: match[2] });
  }
  const tokens = [
    ...tokenParameters(ext['pagination']),
    ...entries.flatMap((entry) => (entry.constraint === 'token' && entry.parameter !== undefined ? [entry.parameter] : [])),
  ];
  for (const path of new Set(tokens)) shapes.push({ kind: 'token', path });
  return shapes;
}

function records(value: unknown): Raw[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
