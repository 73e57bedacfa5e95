// One RPC action: its x-cloudexec-operation facts and dereferenced schemas, as an OperationModel.
import type { Constraint, DiscrepancyModel, JsonSchema, OperationModel } from '@cloudexec/runtime/model';
import type { OperationEntry } from '@cloudexec/spec-check';
import { compareStrings } from '../emit/helpers.ts';
import type { CommonFacts } from './common.ts';
import { errorCodeModel } from './common.ts';
import { attachErrors, type ConstraintErrorEntry } from './constraint-errors.ts';
import { orderConstraints, schemaConstraints, type ConstraintShape } from './constraints.ts';
import { normalizeExample, type Provider } from './examples.ts';
import { filterModel, filterNames, paginationModels } from './paging.ts';

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
  const shapes = extensionConstraints(ext, schemaConstraints(requestSchema));
  const constraintErrors = records(ext['constraintErrors']) as unknown as ConstraintErrorEntry[];
  const constraints: Constraint[] = attachErrors(orderConstraints(shapes), constraintErrors, facts.fallback);
  const where = `${specFile} ${action}`;
  return {
    action,
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
    requestSchema,
    responseSchema,
  };
}

/**
 * Adds what JSON Schema cannot say: mutually exclusive parameters and the documented filter names,
 * plus the documented filter-count limits when the schema does not already carry them.
 */
function extensionConstraints(ext: Raw, fromSchema: ConstraintShape[]): ConstraintShape[] {
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
  if (filters) shapes.push({ kind: 'filterName', path: String(filters['parameter']), names: filterNames(filters) });
  return shapes;
}

function records(value: unknown): Raw[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
