// One RPC action: its typed x-cloudexec-operation facts and dereferenced schemas, as an OperationModel.
import type { Constraint, DiscrepancyModel, JsonSchema, OperationModel } from '@cloudexec/runtime/model';
import type { OperationExtension, Provider, TypedOperation } from '@cloudexec/spec-check';
import { compareStrings } from '../emit/helpers.ts';
import { CodegenError } from '../load/codegen-error.ts';
import type { CommonFacts } from './common.ts';
import { errorCodeModel } from './common.ts';
import { attachErrors, type ConstraintErrorEntry } from './constraint-errors.ts';
import { orderConstraints, schemaConstraints, type ConstraintShape } from './constraints.ts';
import { normalizeExample } from './examples.ts';
import { filterModel, filterNames, filterValueLists, paginationModels, tokenParameters } from './paging.ts';
import { waiterModels } from './waiters.ts';
import { operationExecutionModel } from './executions.ts';

export interface OperationSource {
  entry: Pick<TypedOperation, 'operationId' | 'operation' | 'extension'>;
  requestSchema: JsonSchema;
  responseSchema: JsonSchema;
}

export function normalizeOperation(source: OperationSource, provider: Provider, facts: CommonFacts, specFile: string): OperationModel {
  const { entry, requestSchema, responseSchema } = source;
  const ext = entry.extension;
  const action = entry.operationId;
  const filters = filterModel(ext.filters);
  const where = `${specFile} ${action}`;
  const shapes = extensionConstraints(ext, schemaConstraints(requestSchema), ext.constraintErrors, where);
  const constraints: Constraint[] = attachErrors(orderConstraints(shapes), ext.constraintErrors, facts.fallback);
  // summary is plain OpenAPI (optional there), not an extension.
  const summary = typeof entry.operation['summary'] === 'string' ? entry.operation['summary'].trim() : '';
  const waiters = waiterModels(ext.waiters ?? [], requestSchema, responseSchema, where);
  return {
    action,
    ...(summary ? { summary } : {}),
    idempotent: READ_ONLY_ACTION.test(action),
    method: ext.httpMethod,
    // null: the page documents no rate limit; 0 tells the client and the mock not to limit.
    qps: ext.rateLimit.qps ?? 0,
    region: { required: ext.region.required, parameter: ext.region.parameter },
    constraints,
    pagination: paginationModels(ext.pagination, requestSchema),
    ...(filters ? { filters } : {}),
    errors: ext.errors.map((error) => errorCodeModel(error, facts.throttlingCodes, facts.statusOf)).sort((a, b) => compareStrings(a.code, b.code)),
    examples: ext.examples.map((example) => normalizeExample(example, { provider, wrapper: facts.wrapper, requestSchema, where })),
    discrepancies: ext.discrepancies.map((item): DiscrepancyModel => ({ id: item.id, description: item.description })),
    ...(waiters.length > 0 ? { waiters } : {}),
    requestSchema,
    responseSchema,
    ...(ext.execution ? { execution: operationExecutionModel(ext.execution, where) } : {}),
  };
}

/** Read-only actions by their verb: repeating one changes nothing, so a client may retry it freely. */
const READ_ONLY_ACTION = /^(Describe|List|Get|Query)(?![a-z])/;

/**
 * Adds what JSON Schema cannot say: mutually exclusive parameters, the documented filter names and
 * value lists, the documented filter-count limits when the schema does not already carry them,
 * pagination tokens, and lists whose elements need distinct keys (named only by `constraintErrors`).
 */
function extensionConstraints(
  ext: OperationExtension,
  fromSchema: ConstraintShape[],
  entries: readonly ConstraintErrorEntry[],
  where: string,
): ConstraintShape[] {
  const shapes = [...fromSchema];
  const has = (kind: ConstraintShape['kind'], path: string) => shapes.some((shape) => shape.kind === kind && 'path' in shape && shape.path === path);
  const { filters } = ext;
  if (filters) {
    const perFilter = `${filters.parameter}[].Values`;
    if (filters.maxFilters !== undefined && !has('maxItems', filters.parameter)) {
      shapes.push({ kind: 'maxItems', path: filters.parameter, limit: filters.maxFilters });
    }
    if (filters.maxValuesPerFilter !== undefined && !has('maxItems', perFilter)) {
      shapes.push({ kind: 'maxItems', path: perFilter, limit: filters.maxValuesPerFilter });
    }
  }
  for (const group of ext.mutuallyExclusive ?? []) shapes.push({ kind: 'mutuallyExclusive', paths: [...group] });
  if (filters) {
    shapes.push({ kind: 'filterName', path: filters.parameter, names: filterNames(filters) });
    const values = filterValueLists(filters);
    if (Object.keys(values).length > 0) shapes.push({ kind: 'filterValue', path: filters.parameter, values });
  }
  for (const entry of entries.filter((candidate) => candidate.constraint === 'uniqueKeys')) {
    const match = /^(.+)\[\]\.([^.[\]]+)$/.exec(entry.parameter ?? '');
    if (!match?.[1] || !match[2]) throw new CodegenError(`${where}: a uniqueKeys constraintErrors entry needs a parameter like Tag[].Key`);
    shapes.push({ kind: 'uniqueKeys', path: match[1], key: match[2] });
  }
  const tokens = [
    ...tokenParameters(ext.pagination),
    ...entries.flatMap((entry) => (entry.constraint === 'token' && entry.parameter !== undefined ? [entry.parameter] : [])),
  ];
  for (const path of new Set(tokens)) shapes.push({ kind: 'token', path });
  return shapes;
}
