// extension-types.ts mirrors specs/extensions.schema.json. The compiler checks each key list below
// against its TypeScript type (every key, and which are required); this test checks the same lists
// against the schema's definitions. A property added to one side only fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as X from '../src/extension-types.ts';
import { getAtPointer, isRecord } from '../src/pointer.ts';

type AllKeys<T> = T extends unknown ? keyof T : never;
type RequiredKeys<T> = { [K in keyof T]-?: Record<string, never> extends Pick<T, K> ? never : K }[keyof T];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
interface Fields {
  all: readonly string[];
  required?: readonly string[];
}
/** Compiles only when `all` names every key of T and `required` (when given) exactly its required keys. */
type Mirrors<T, F extends Fields> =
  Same<AllKeys<T>, F['all'][number]> extends true ? (F['required'] extends readonly string[] ? Same<RequiredKeys<T>, F['required'][number]> : true) : false;
function mirror<T>() {
  return <const F extends Fields>(pointer: string, fields: F & (Mirrors<T, F> extends true ? unknown : { error: 'keys differ from the type' })) => ({
    pointer,
    fields: fields as Fields,
  });
}

const schema: unknown = JSON.parse(readFileSync(new URL('../../../specs/extensions.schema.json', import.meta.url), 'utf8'));

const cases = [
  mirror<X.ServiceExtension>()('/$defs/service', {
    all: ['provider', 'package', 'clientName', 'service', 'version', 'protocol', 'endpoint', 'common', 'notes', 'executions'],
    required: ['provider', 'package', 'clientName', 'service', 'version', 'protocol', 'endpoint', 'common'],
  }),
  mirror<X.EndpointExtension>()('/$defs/service/properties/endpoint', { all: ['global', 'regional', 'aliases', 'note'], required: ['regional'] }),
  mirror<X.OperationExtension>()('/$defs/operation', {
    all: [
      'rateLimit',
      'region',
      'httpMethod',
      'pagination',
      'mutuallyExclusive',
      'filters',
      'errors',
      'constraintErrors',
      'examples',
      'provenance',
      'retention',
      'discrepancies',
      'waiters',
      'execution',
    ],
    required: ['rateLimit', 'region', 'httpMethod', 'pagination', 'errors', 'constraintErrors', 'examples', 'provenance', 'retention', 'discrepancies'],
  }),
  mirror<X.RateLimitExtension>()('/$defs/operation/properties/rateLimit', { all: ['qps', 'note'], required: ['qps'] }),
  mirror<X.RegionExtension>()('/$defs/operation/properties/region', { all: ['required', 'parameter', 'note'], required: ['required', 'parameter'] }),
  // A union of three styles: its key names only (each style's required keys are the schema's if/then).
  mirror<X.PaginationExtension>()('/$defs/paginationStyle', {
    all: ['style', 'offset', 'limit', 'pageNumber', 'pageSize', 'token', 'maxResults', 'nextToken', 'total', 'items', 'note', 'alternatives'],
  }),
  mirror<X.FiltersExtension>()('/$defs/filters', { all: ['parameter', 'maxFilters', 'maxValuesPerFilter', 'names'], required: ['parameter', 'names'] }),
  mirror<X.FilterNameExtension>()('/$defs/filters/properties/names/items', {
    all: ['name', 'field', 'values', 'source', 'aliasOf', 'note'],
    required: ['name', 'source'],
  }),
  mirror<X.OperationErrorExtension>()('/$defs/operationError', {
    all: ['code', 'httpStatus', 'description', 'source', 'retryable', 'note'],
    required: ['code', 'httpStatus', 'description', 'source'],
  }),
  mirror<X.ConstraintErrorExtension>()('/$defs/constraintError', {
    all: ['parameter', 'parameters', 'constraint', 'code', 'httpStatus', 'basis', 'note'],
    required: ['constraint', 'code', 'httpStatus', 'basis'],
  }),
  mirror<X.ExampleExtension>()('/$defs/example', { all: ['name', 'request', 'response'], required: ['name', 'request', 'response'] }),
  // GET or POST: key names only (query or body is required by the schema's if/then).
  mirror<X.ExampleRequestExtension>()('/$defs/example/properties/request', { all: ['method', 'host', 'path', 'headers', 'body', 'query', 'note'] }),
  mirror<X.ExampleResponseExtension>()('/$defs/example/properties/response', {
    all: ['status', 'headers', 'body', 'xml', 'xmlHeaders'],
    required: ['status', 'body'],
  }),
  mirror<X.DriftExtension>()('/$defs/drift', { all: ['ignore', 'reason', 'sources'], required: ['ignore', 'reason'] }),
  mirror<X.ProvenanceExtension>()('/$defs/provenance', {
    all: ['title', 'file', 'language', 'lastUpdated', 'notes'],
    required: ['title', 'file', 'language', 'lastUpdated'],
  }),
  mirror<X.DiscrepancyExtension>()('/$defs/discrepancy', {
    all: ['id', 'description', 'documented', 'observed', 'resolution'],
    required: ['id', 'description', 'documented', 'observed', 'resolution'],
  }),
  mirror<X.ExecutionsExtension>()('/$defs/executions', {
    all: ['targetStatus', 'executionStatus', 'targetErrorCodes', 'agentStatus', 'output', 'ids', 'timeFormat', 'inferred', 'note'],
    required: ['targetStatus', 'executionStatus', 'output', 'ids', 'inferred'],
  }),
  mirror<X.ExecutionExtension>()('/$defs/execution', {
    all: ['role', 'request', 'contentEncoding', 'items', 'itemsPer', 'response', 'item', 'notFound', 'inferred', 'note'],
    required: ['role'],
  }),
  mirror<X.IdFormatExtension>()('/$defs/idFormat', { all: ['prefix', 'length', 'alphabet'], required: ['prefix', 'length'] }),
  mirror<X.InferredFactExtension>()('/$defs/inferredFact', { all: ['fact', 'reasoning'], required: ['fact', 'reasoning'] }),
  mirror<X.ContentExtension>()('/$defs/content', {
    all: ['encoding', 'maxBytes', 'measure', 'includes', 'note'],
    required: ['encoding', 'maxBytes', 'measure'],
  }),
  mirror<X.WaiterExtension>()('/$defs/waiter', {
    all: ['name', 'description', 'input', 'items', 'status', 'success', 'failure', 'note'],
    required: ['name', 'description', 'input', 'status', 'success', 'failure'],
  }),
  mirror<X.CommonErrorExtension>()('/$defs/commonError', {
    all: ['code', 'httpStatus', 'description', 'retryable', 'note'],
    required: ['code', 'httpStatus', 'description', 'retryable'],
  }),
  mirror<X.CommonExtension>()('/$defs/common', {
    all: [
      'provider',
      'protocol',
      'envelope',
      'commonErrors',
      'throttlingCodes',
      'signatureErrorCode',
      'signatureExpiredCode',
      'invalidActionCode',
      'missingParameterCode',
      'invalidParameterCode',
      'invalidParameterValueCode',
      'unknownParameterCode',
      'accessKeyNotFoundCode',
      'internalErrorCode',
      'notes',
      'discrepancies',
    ],
    required: [
      'provider',
      'protocol',
      'envelope',
      'commonErrors',
      'throttlingCodes',
      'signatureErrorCode',
      'signatureExpiredCode',
      'invalidActionCode',
      'missingParameterCode',
      'invalidParameterCode',
      'invalidParameterValueCode',
      'unknownParameterCode',
      'accessKeyNotFoundCode',
      'internalErrorCode',
    ],
  }),
  mirror<X.EnvelopeExtension>()('/$defs/common/properties/envelope', {
    all: ['description', 'successWrapper', 'requestIdPath', 'errorCodePath', 'errorMessagePath', 'errorHttpStatus', 'errorExample'],
    required: ['description', 'successWrapper', 'requestIdPath', 'errorCodePath', 'errorMessagePath', 'errorHttpStatus'],
  }),
];

describe('extension-types.ts mirrors extensions.schema.json', () => {
  it('covers every object definition of the vocabulary', () => {
    const defs = getAtPointer(schema, '/$defs');
    const objects = Object.entries(isRecord(defs) ? defs : {})
      .filter(([, def]) => isRecord(def) && isRecord(def.properties))
      .map(([name]) => `/$defs/${name}`);
    const mirrored = new Set(cases.map((item) => item.pointer));
    expect(objects.filter((pointer) => !mirrored.has(pointer))).toEqual([]);
  });

  it.each(cases)('$pointer', ({ pointer, fields }) => {
    const def = getAtPointer(schema, pointer);
    if (!isRecord(def) || !isRecord(def.properties)) throw new Error(`${pointer} is not an object definition`);
    expect(Object.keys(def.properties).sort()).toEqual([...fields.all].sort());
    if (fields.required) expect([...(Array.isArray(def.required) ? def.required : [])].sort()).toEqual([...fields.required].sort());
  });
});
