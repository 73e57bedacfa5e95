// A small in-memory service spec with one operation, shaped like specs/tencent/*.yaml, for table-driven cases.
import type { JsonObject } from '../../src/json.ts';
import type { ServiceSpec } from '../../src/spec-set.ts';

export const SPEC_FILE = 'specs/acme/things.yaml';
export const COMMON_FILE = 'specs/acme/common.yaml';

export function thingSpec(): JsonObject {
  return {
    openapi: '3.1.0',
    info: { title: 'Acme Things', version: '2020-10-28', description: 'Things.' },
    'x-cloudexec-service': { package: 'acme-things', version: '2020-10-28', endpoint: { global: 'things.acme.test' } },
    paths: {
      '/DescribeThings': {
        post: {
          operationId: 'DescribeThings',
          summary: 'List things.',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/DescribeThingsRequest' } } } },
          responses: {
            '200': { description: 'Payload.', content: { 'application/json': { schema: { $ref: '#/components/schemas/DescribeThingsResponse' } } } },
          },
          'x-cloudexec-operation': {
            rateLimit: { qps: 20 },
            region: { required: false, parameter: 'Region' },
            pagination: {
              style: 'offset-limit',
              offset: 'Offset',
              limit: 'Limit',
              total: 'TotalCount',
              items: 'ThingSet',
              alternatives: [{ style: 'page-number', pageNumber: 'Page' }],
            },
            mutuallyExclusive: [['ThingIds', 'Filters']],
            filters: {
              parameter: 'Filters',
              maxFilters: 10,
              maxValuesPerFilter: 5,
              names: [
                { name: 'thing-id', field: 'ThingId' },
                { name: 'thing-kind', field: 'Kind', values: ['A', 'B'] },
              ],
            },
            errors: [{ code: 'InvalidParameter.Thing', httpStatus: 200 }],
            constraintErrors: [{ parameter: 'Limit', constraint: 'maximum', code: 'InvalidParameterValue', httpStatus: 200 }],
            examples: [{ name: 'one-thing', request: { body: { Limit: 1 } }, response: { body: { TotalCount: 1 } } }],
            provenance: { file: 'acme-things.en.txt', lastUpdated: '2023-03-14' },
            discrepancies: [{ id: 'kind-filter-name', documented: 'thing-type in the table', observed: 'thing-kind in the example' }],
          },
        },
      },
    },
    components: {
      schemas: {
        DescribeThingsRequest: {
          type: 'object',
          properties: {
            ThingIds: { type: 'array', maxItems: 100, items: { type: 'string' } },
            Filters: { type: 'array', items: { $ref: '#/components/schemas/Filter' } },
            Limit: { type: 'integer', default: 20, maximum: 100, description: 'Page size.' },
            Offset: { type: 'integer', default: 0 },
            Mode: { type: 'string', enum: ['FAST', 'SLOW'] },
          },
        },
        DescribeThingsResponse: {
          type: 'object',
          required: ['TotalCount', 'ThingSet'],
          properties: {
            TotalCount: { type: 'integer' },
            ThingSet: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
          },
        },
        Filter: {
          type: 'object',
          required: ['Name', 'Values'],
          properties: { Name: { type: 'string' }, Values: { type: 'array', maxItems: 5, items: { type: 'string' } } },
        },
        Thing: {
          type: 'object',
          required: ['ThingId'],
          properties: {
            ThingId: { type: 'string' },
            State: { type: 'string', enum: ['RUNNING', 'DONE'] },
            EndTime: { type: ['string', 'null'] },
            Detail: { $ref: '#/components/schemas/Detail' },
            Parent: { $ref: '#/components/schemas/Thing' },
          },
        },
        Detail: { type: 'object', properties: { Code: { type: 'integer' } } },
        Unused: { type: 'object', properties: { X: { type: 'string' } } },
      },
    },
  };
}

export function commonSpec(): JsonObject {
  return {
    openapi: '3.1.0',
    info: { title: 'Acme common', version: '1.0' },
    paths: {},
    'x-cloudexec-common': { commonErrors: [{ code: 'InternalError', httpStatus: 200 }], signatureErrorCode: 'AuthFailure' },
  };
}

export function serviceSpec(doc: JsonObject, common: JsonObject = commonSpec()): ServiceSpec {
  return {
    packageName: '@cloudexec/acme-things',
    packageDir: 'packages/acme-things',
    specFile: SPEC_FILE,
    commonFile: COMMON_FILE,
    documents: new Map([
      [SPEC_FILE, doc],
      [COMMON_FILE, common],
    ]),
  };
}

/** Accessors into a (cloned) thingSpec document, for the case table's edits. */
export const at = {
  operation: (doc: JsonObject) => (doc.paths as any)['/DescribeThings'].post as JsonObject,
  extension: (doc: JsonObject) => at.operation(doc)['x-cloudexec-operation'] as any,
  schema: (doc: JsonObject, name: string) => (doc.components as any).schemas[name] as any,
  request: (doc: JsonObject) => at.schema(doc, 'DescribeThingsRequest').properties as any,
  thing: (doc: JsonObject) => at.schema(doc, 'Thing').properties as any,
};
