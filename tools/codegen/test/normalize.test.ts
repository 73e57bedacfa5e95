import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '@cloudexec/runtime/model';
import type { OperationExtension } from '@cloudexec/spec-check';
import { loadValidatedSpecs } from '../src/load/load-specs.ts';
import { attachErrors, type ConstraintErrorEntry, type FallbackErrors } from '../src/model/constraint-errors.ts';
import { orderConstraints, schemaConstraints, type ConstraintShape } from '../src/model/constraints.ts';
import { queryToInput, responseData, type Provider } from '../src/model/examples.ts';
import { commonFacts } from '../src/model/common.ts';
import { normalizeService } from '../src/model/normalize.ts';
import { normalizeOperation } from '../src/model/operation.ts';
import { isRetryableCode } from '../src/model/retryable.ts';
import { waiterModels } from '../src/model/waiters.ts';
import { makeTempDirs } from './fixtures/temp-dirs.ts';

describe('schemaConstraints', () => {
  const cases: Array<{ name: string; given: JsonSchema; want: ConstraintShape[] }> = [
    {
      name: 'required and typed top-level parameters, in property order',
      given: { type: 'object', required: ['JobId'], properties: { JobId: { type: 'string' }, Limit: { type: 'integer', maximum: 1000 } } },
      want: [
        { kind: 'required', path: 'JobId' },
        { kind: 'type', path: 'JobId', type: 'string' },
        { kind: 'type', path: 'Limit', type: 'integer' },
        { kind: 'maximum', path: 'Limit', limit: 1000 },
      ],
    },
    {
      name: 'nested array items: Filters[].Values',
      given: {
        properties: {
          Filters: {
            type: 'array',
            maxItems: 10,
            items: {
              type: 'object',
              required: ['Name'],
              properties: { Name: { type: 'string' }, Values: { type: 'array', maxItems: 5, items: { type: 'string' } } },
            },
          },
        },
      },
      want: [
        { kind: 'type', path: 'Filters', type: 'array' },
        { kind: 'maxItems', path: 'Filters', limit: 10 },
        { kind: 'type', path: 'Filters[]', type: 'object' },
        { kind: 'required', path: 'Filters[].Name' },
        { kind: 'type', path: 'Filters[].Name', type: 'string' },
        { kind: 'type', path: 'Filters[].Values', type: 'array' },
        { kind: 'maxItems', path: 'Filters[].Values', limit: 5 },
        { kind: 'type', path: 'Filters[].Values[]', type: 'string' },
      ],
    },
    {
      name: 'scalar items, lengths, enums and a nullable type',
      given: {
        properties: {
          Ids: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1, maxLength: 64 } },
          Mode: { type: ['string', 'null'], enum: ['Once', 'Period'] },
          Size: { type: 'number', minimum: 0 },
        },
      },
      want: [
        { kind: 'type', path: 'Ids', type: 'array' },
        { kind: 'minItems', path: 'Ids', limit: 1 },
        { kind: 'type', path: 'Ids[]', type: 'string' },
        { kind: 'minLength', path: 'Ids[]', limit: 1 },
        { kind: 'maxLength', path: 'Ids[]', limit: 64 },
        { kind: 'type', path: 'Mode', type: 'string' },
        { kind: 'enum', path: 'Mode', values: ['Once', 'Period'] },
        { kind: 'type', path: 'Size', type: 'number' },
        { kind: 'minimum', path: 'Size', limit: 0 },
      ],
    },
    { name: 'a schema without properties', given: { type: 'object' }, want: [] },
    {
      name: 'closed objects (the request, each filter) list their members, sorted',
      given: {
        additionalProperties: false,
        required: ['Name'],
        properties: {
          Limit: { type: 'integer' },
          Filters: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { Values: {}, Name: {} } } },
        },
      },
      want: [
        { kind: 'additionalProperties', path: '', allowed: ['Filters', 'Limit', 'Name'] },
        { kind: 'type', path: 'Limit', type: 'integer' },
        { kind: 'type', path: 'Filters', type: 'array' },
        { kind: 'type', path: 'Filters[]', type: 'object' },
        { kind: 'additionalProperties', path: 'Filters[]', allowed: ['Name', 'Values'] },
        { kind: 'required', path: 'Name' },
      ],
    },
    { name: 'an open object adds nothing', given: { additionalProperties: true, properties: { A: {} } }, want: [] },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(schemaConstraints(given)).toEqual(want);
  });
});

describe('orderConstraints', () => {
  it('puts unknown members, presence, types, combinations, values, filter names and values, then tokens, keeping order within a phase', () => {
    const given: ConstraintShape[] = [
      { kind: 'token', path: 'NextToken' },
      { kind: 'filterValue', path: 'Filters', values: { a: ['x'] } },
      { kind: 'filterName', path: 'Filters', names: ['a'] },
      { kind: 'uniqueKeys', path: 'Tag', key: 'Key' },
      { kind: 'maximum', path: 'Limit', limit: 100 },
      { kind: 'type', path: 'Limit', type: 'integer' },
      { kind: 'mutuallyExclusive', paths: ['Ids', 'Filters'] },
      { kind: 'required', path: 'B' },
      { kind: 'type', path: 'A', type: 'string' },
      { kind: 'required', path: 'A' },
      { kind: 'additionalProperties', path: '', allowed: ['A'] },
    ];
    expect(orderConstraints(given).map((c) => `${c.kind}:${'path' in c ? c.path : c.paths.join('+')}`)).toEqual([
      'additionalProperties:',
      'required:B',
      'required:A',
      'type:Limit',
      'type:A',
      'mutuallyExclusive:Ids+Filters',
      'uniqueKeys:Tag',
      'maximum:Limit',
      'filterName:Filters',
      'filterValue:Filters',
      'token:NextToken',
    ]);
  });
});

describe('attachErrors', () => {
  const fallback: FallbackErrors = {
    missingParameter: { code: 'MissingParameter', httpStatus: 400, basis: 'inferred' },
    invalidParameter: { code: 'InvalidParameter', httpStatus: 400, basis: 'inferred' },
    invalidParameterValue: { code: 'InvalidParameterValue', httpStatus: 400, basis: 'inferred' },
    unknownParameter: { code: 'UnknownParameter', httpStatus: 400, basis: 'inferred' },
  };
  const entries: ConstraintErrorEntry[] = [
    { parameter: 'PageSize', constraint: 'maximum', code: 'InvalidParam.PageSize', httpStatus: 403, basis: 'documented' },
    { constraint: 'maximum', code: 'LimitExceeded', httpStatus: 400, basis: 'inferred' },
    { constraint: 'mutuallyExclusive', parameters: ['Filters', 'Ids'], code: 'ConflictParameter', httpStatus: 400, basis: 'documented' },
    { parameter: 'Filters[].Values', constraint: 'filterValue', code: 'InvalidFilter', httpStatus: 400, basis: 'inferred' },
    { parameter: 'Tag[].Key', constraint: 'uniqueKeys', code: 'Duplicate.TagKey', httpStatus: 400, basis: 'documented' },
    { parameter: 'NextToken', constraint: 'token', code: 'InvalidParameter.NextToken', httpStatus: 400, basis: 'documented' },
  ];
  const cases: Array<{ name: string; given: ConstraintShape; want: { code: string; httpStatus: number; basis: string } }> = [
    {
      name: 'the entry for this parameter and kind',
      given: { kind: 'maximum', path: 'PageSize', limit: 50 },
      want: { code: 'InvalidParam.PageSize', httpStatus: 403, basis: 'documented' },
    },
    {
      name: 'the entry for the kind alone',
      given: { kind: 'maximum', path: 'Limit', limit: 50 },
      want: { code: 'LimitExceeded', httpStatus: 400, basis: 'inferred' },
    },
    {
      name: 'mutually exclusive paths in any order',
      given: { kind: 'mutuallyExclusive', paths: ['Ids', 'Filters'] },
      want: { code: 'ConflictParameter', httpStatus: 400, basis: 'documented' },
    },
    { name: 'missing parameter fallback', given: { kind: 'required', path: 'JobId' }, want: fallback.missingParameter },
    { name: 'invalid parameter fallback for types', given: { kind: 'type', path: 'JobId', type: 'string' }, want: fallback.invalidParameter },
    { name: 'invalid value fallback for other kinds', given: { kind: 'maxLength', path: 'Name', limit: 5 }, want: fallback.invalidParameterValue },
    {
      name: 'filter values by their Filters[].Values entry',
      given: { kind: 'filterValue', path: 'Filters', values: { a: ['x'] } },
      want: { code: 'InvalidFilter', httpStatus: 400, basis: 'inferred' },
    },
    {
      name: 'unique keys by their Tag[].Key entry',
      given: { kind: 'uniqueKeys', path: 'Tag', key: 'Key' },
      want: { code: 'Duplicate.TagKey', httpStatus: 400, basis: 'documented' },
    },
    { name: 'another list’s unique keys fall back', given: { kind: 'uniqueKeys', path: 'Label', key: 'Key' }, want: fallback.invalidParameterValue },
    {
      name: 'a token by its parameter',
      given: { kind: 'token', path: 'NextToken' },
      want: { code: 'InvalidParameter.NextToken', httpStatus: 400, basis: 'documented' },
    },
    {
      name: 'unknown parameter fallback for closed objects',
      given: { kind: 'additionalProperties', path: '', allowed: ['A'] },
      want: fallback.unknownParameter,
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(attachErrors([given], entries, fallback)).toEqual([{ ...given, ...want }]);
  });
});

describe('queryToInput', () => {
  const schema: JsonSchema = {
    properties: {
      RegionId: { type: 'string' },
      Limit: { type: 'integer' },
      HideOutput: { type: 'boolean' },
      Filters: { type: 'array', items: { type: 'object', properties: { Name: { type: 'string' }, Values: { type: 'array', items: { type: 'string' } } } } },
      Tag: { type: 'array', items: { type: 'object', properties: { Key: { type: 'string' }, Value: { type: 'string' } } } },
    },
  };
  const cases: Array<{ name: string; provider: Provider; given: Record<string, string>; want: Record<string, unknown> }> = [
    {
      name: 'Tencent: 0-based lists, typed scalars, common parameters dropped',
      provider: 'tencent',
      given: {
        Action: 'X',
        Version: 'v',
        Region: 'ap-guangzhou',
        Limit: '10',
        HideOutput: 'false',
        'Filters.0.Name': 'a',
        'Filters.0.Values.0': '1',
        'Filters.0.Values.1': '2',
        'Filters.1.Name': 'b',
      },
      want: { Limit: 10, HideOutput: false, Filters: [{ Name: 'a', Values: ['1', '2'] }, { Name: 'b' }] },
    },
    {
      name: 'Alibaba: 1-based lists, RegionId kept as an operation parameter',
      provider: 'aliyun',
      given: { Action: 'X', Format: 'JSON', SignatureNonce: 'n', RegionId: 'cn-hangzhou', 'Tag.1.Key': 'k1', 'Tag.1.Value': 'v1', 'Tag.2.Key': 'k2' },
      want: { RegionId: 'cn-hangzhou', Tag: [{ Key: 'k1', Value: 'v1' }, { Key: 'k2' }] },
    },
    {
      name: 'undeclared non-common parameters are kept as strings',
      provider: 'tencent',
      given: { Extra: '5', Limit: '1' },
      want: { Extra: '5', Limit: 1 },
    },
  ];
  it.each(cases)('$name', ({ provider, given, want }) => {
    expect(queryToInput(given, provider, schema, 'test')).toEqual(want);
  });

  it('rejects a list with a gap, naming the example', () => {
    expect(() => queryToInput({ 'Filters.1.Name': 'a' }, 'tencent', schema, 'spec.yaml X example')).toThrow(/spec\.yaml X example: .*0-based/);
  });
});

describe('responseData', () => {
  it.each([
    { name: 'Tencent envelope removed', wrapper: 'Response', given: { Response: { TotalCount: 1, RequestId: 'r' } }, want: { TotalCount: 1, RequestId: 'r' } },
    { name: 'Alibaba payload as it is', wrapper: null, given: { TotalCount: 1, RequestId: 'r' }, want: { TotalCount: 1, RequestId: 'r' } },
    { name: 'no envelope where one is expected', wrapper: 'Response', given: { RequestId: 'r' }, want: { RequestId: 'r' } },
  ])('$name', ({ wrapper, given, want }) => {
    expect(responseData(given, wrapper)).toEqual(want);
  });
});

describe('isRetryableCode', () => {
  it.each([
    ['RequestLimitExceeded.UinLimitExceeded', true],
    ['Throttling.User', true],
    ['InternalError.Dispatch', true],
    ['ServiceUnavailable', true],
    ['CustomThrottle', true],
    ['InvalidParameter', false],
    ['ResourceNotFound.Task', false],
  ] as const)('%s → %s', (code, want) => {
    expect(isRetryableCode(code, ['RequestLimitExceeded', 'CustomThrottle'])).toBe(want);
  });
});

describe('normalizeService on the fixture specs', async () => {
  const dirs = await makeTempDirs();
  const services = await loadValidatedSpecs(dirs.specsDir);
  await dirs.cleanup();
  const [swas, tat] = services.map(normalizeService);
  if (!swas || !tat) throw new Error('fixture specs did not load');
  const [tatOp] = tat.operations;
  const [swasOp] = swas.operations;
  if (!tatOp || !swasOp) throw new Error('fixture operations missing');

  it('names the spec file and package from the spec, whatever folder it was read from', () => {
    expect([tat.specFile, tat.packageName, tat.clientName, tat.protocol]).toEqual(['specs/tencent/tat.yaml', '@cloudexec/tencent-tat', 'Tat', 'tencent-tc3']);
    expect(swas.service).toEqual({
      provider: 'aliyun',
      service: 'swas',
      version: '2020-06-01',
      regionalHost: 'swas.{region}.aliyuncs.com',
      hostAliases: ['swas-{region}.aliyuncs.com'],
    });
    expect(tat.service).not.toHaveProperty('hostAliases');
  });

  it('adds the extension constraints: filter limits the schema lacks, exclusive parameters, every filter name', () => {
    const summary = tatOp.constraints.map((c) => `${c.kind}:${'path' in c ? c.path : c.paths.join('+')}:${c.code}:${c.basis}`);
    expect(summary).toContain('maxItems:Filters:InvalidParameterValue:inferred');
    expect(summary).toContain('maxItems:Filters[].Values:InvalidParameterValue:inferred');
    expect(summary).toContain('mutuallyExclusive:InvocationTaskIds+Filters:InvalidParameter.ConflictParameter:documented');
    expect(summary.at(-2)).toBe('filterName:Filters:InvalidParameterValue.InvalidFilter:documented');
    expect(tatOp.constraints.at(-2)).toMatchObject({ names: ['invocation-id', 'command-created-by'] });
  });

  it('adds the value lists of filter names that have one, answered by the common invalid-value code when no entry names it', () => {
    expect(tatOp.constraints.at(-1)).toEqual({
      kind: 'filterValue',
      path: 'Filters',
      values: { 'command-created-by': ['TAT', 'USER'] },
      code: 'InvalidParameterValue',
      httpStatus: 200,
      basis: 'inferred',
    });
  });

  it('closes the Tencent request and its filters with the common unknown-parameter code, checked first', () => {
    const unknown = { code: 'UnknownParameter', httpStatus: 200, basis: 'inferred' };
    expect(tatOp.constraints.slice(0, 2)).toEqual([
      { kind: 'additionalProperties', path: '', allowed: ['Filters', 'HideOutput', 'InvocationTaskIds', 'Limit', 'Offset'], ...unknown },
      { kind: 'additionalProperties', path: 'Filters[]', allowed: ['Name', 'Values'], ...unknown },
    ]);
  });

  it('reads unique keys from constraintErrors: the list and its key member', () => {
    expect(swasOp.constraints.filter((c) => c.kind === 'uniqueKeys')).toEqual([
      { kind: 'uniqueKeys', path: 'Tag', key: 'Key', code: 'Duplicate.TagKey', httpStatus: 400, basis: 'documented' },
    ]);
  });

  it('carries the summary, read-only actions as idempotent, and the invalid-value and unknown-parameter codes', () => {
    expect([tatOp.summary, tatOp.idempotent, swasOp.idempotent]).toEqual(['List invocation tasks.', true, true]);
    expect([tat.common.invalidParameterValueCode, tat.common.unknownParameterCode]).toEqual(['InvalidParameterValue', 'UnknownParameter']);
    expect([swas.common.invalidParameterValueCode, swas.common.unknownParameterCode]).toEqual(['InvalidParameter', null]);
  });

  it('keeps only filter names a mock can narrow on in the filter model', () => {
    expect(tatOp.filters).toEqual({ parameter: 'Filters', names: [{ name: 'invocation-id', field: 'InvocationId' }], maxFilters: 10, maxValuesPerFilter: 5 });
  });

  it('dereferences the request schema', () => {
    expect(JSON.stringify(tatOp.requestSchema)).not.toContain('$ref');
    expect(tatOp.requestSchema).toMatchObject({ properties: { Filters: { items: { required: ['Name', 'Values'] } } } });
  });

  it('turns examples into input and data', () => {
    expect(tatOp.examples.map((example) => example.request.input)).toEqual([
      { Offset: 0, Limit: 10, Filters: [{ Name: 'invocation-id', Values: ['inv-1vll7hda'] }] },
      {
        Limit: 2,
        HideOutput: false,
        Filters: [
          { Name: 'invocation-id', Values: ['inv-1', 'inv-2'] },
          { Name: 'command-created-by', Values: ['USER'] },
        ],
      },
    ]);
    expect(tatOp.examples[0]?.response.data).toMatchObject({ TotalCount: 1, RequestId: 'a1df9725-51c6-466d-a038-4c86461a8e26' });
    expect(swasOp.examples[0]?.request.input).toEqual({
      RegionId: 'cn-hangzhou',
      InstanceId: '3a658ca270df4df39f22e289b338****',
      PageNumber: 1,
      PageSize: 10,
      Tag: [{ Key: 'owner', Value: 'alice' }, { Key: 'env' }],
    });
  });

  it('reads pagination with its schema defaults and an undocumented rate limit as 0', () => {
    expect(tatOp.pagination).toEqual([
      { style: 'offset-limit', offset: 'Offset', limit: 'Limit', total: 'TotalCount', items: 'InvocationTaskSet', defaultLimit: 20, maxLimit: 100 },
    ]);
    expect(swasOp.pagination).toEqual([
      { style: 'page-number', pageNumber: 'PageNumber', pageSize: 'PageSize', total: 'TotalCount', items: 'Invocations', defaultPageSize: 10, maxPageSize: 50 },
    ]);
    expect([tatOp.qps, swasOp.qps]).toEqual([20, 0]);
    expect(swasOp.region).toEqual({ required: true, parameter: 'RegionId' });
  });

  it('sorts errors by code and classifies retryable ones', () => {
    expect(swasOp.errors.map((error) => [error.code, error.httpStatus, error.retryable])).toEqual([
      ['Duplicate.TagKey', 400, false],
      ['InternalError.Dispatch', 500, true],
      ['InvalidParam.PageSize', 400, false],
      ['Throttling.Api', 400, true],
    ]);
  });

  it('gives common codes without a documented status their parent code’s status', () => {
    const status = (code: string) => swas.common.errors.find((error) => error.code === code)?.httpStatus;
    expect([status('Throttling.Api'), status('InvalidAction.NotFound')]).toEqual([400, 403]);
    expect(swas.common.throttlingCode).toBe('Throttling.User');
    expect(tat.common.errors.every((error) => error.httpStatus === 200)).toBe(true);
  });
});

describe('normalizeOperation: constraints only the extension states', () => {
  const facts = commonFacts({
    provider: 'aliyun',
    protocol: 'aliyun-rpc',
    envelope: {
      description: 'Bare.',
      successWrapper: null,
      requestIdPath: 'RequestId',
      errorCodePath: 'Code',
      errorMessagePath: 'Message',
      errorHttpStatus: null,
    },
    throttlingCodes: ['Throttling.User'],
    commonErrors: [{ code: 'InvalidParameter', httpStatus: 400, description: 'Bad parameter.', retryable: false }],
    signatureErrorCode: 'SignatureDoesNotMatch',
    signatureExpiredCode: 'SignatureExpired',
    invalidActionCode: 'InvalidAction',
    missingParameterCode: 'MissingParameter',
    invalidParameterCode: 'InvalidParameter',
    invalidParameterValueCode: 'InvalidParameter',
    unknownParameterCode: null,
    accessKeyNotFoundCode: 'InvalidAccessKeyId.NotFound',
    internalErrorCode: 'InternalError',
  });
  const base: OperationExtension = {
    rateLimit: { qps: 10 },
    region: { required: true, parameter: 'RegionId' },
    httpMethod: 'POST',
    pagination: null,
    errors: [],
    constraintErrors: [],
    examples: [],
    provenance: { title: 'T', file: 't.en.txt', language: 'en', lastUpdated: null },
    retention: null,
    discrepancies: [],
  };
  const operation = (action: string, extension: Partial<OperationExtension>) =>
    normalizeOperation(
      {
        entry: { operationId: action, operation: {}, extension: { ...base, ...extension } },
        requestSchema: { type: 'object', properties: { NextToken: { type: 'string' }, MaxResults: { type: 'integer' } } },
        responseSchema: {},
      },
      'aliyun',
      facts,
      'specs/aliyun/x.yaml',
    );

  it('a next-token style (main or alternative) makes its token parameter a token constraint, with its entry’s code', () => {
    const op = operation('RunCommand', {
      pagination: {
        style: 'page-number',
        pageNumber: 'P',
        pageSize: 'S',
        total: 'T',
        items: 'I',
        alternatives: [{ style: 'next-token', token: 'NextToken', maxResults: 'MaxResults', nextToken: 'NextToken', items: 'I' }],
      },
      constraintErrors: [{ parameter: 'NextToken', constraint: 'token', code: 'InvalidParameter.NextToken', httpStatus: 400, basis: 'documented' }],
    });
    expect(op.constraints.filter((c) => c.kind === 'token')).toEqual([
      { kind: 'token', path: 'NextToken', code: 'InvalidParameter.NextToken', httpStatus: 400, basis: 'documented' },
    ]);
    expect([op.idempotent, op.summary]).toEqual([false, undefined]);
  });

  it('without an entry a token falls back to the invalid-value code (Alibaba: InvalidParameter)', () => {
    const op = operation('ListThings', {
      pagination: { style: 'next-token', token: 'NextToken', maxResults: 'MaxResults', nextToken: 'NextToken', items: 'I' },
    });
    expect(op.constraints).toEqual([
      { kind: 'type', path: 'NextToken', type: 'string', code: 'InvalidParameter', httpStatus: 400, basis: 'inferred' },
      { kind: 'type', path: 'MaxResults', type: 'integer', code: 'InvalidParameter', httpStatus: 400, basis: 'inferred' },
      { kind: 'token', path: 'NextToken', code: 'InvalidParameter', httpStatus: 400, basis: 'inferred' },
    ]);
    expect(op.idempotent).toBe(true);
  });

  it('refuses a uniqueKeys entry that does not name a list member', () => {
    const extension: Partial<OperationExtension> = {
      constraintErrors: [{ parameter: 'Tag', constraint: 'uniqueKeys', code: 'Duplicate.TagKey', httpStatus: 400, basis: 'documented' }],
    };
    expect(() => operation('DescribeThings', extension)).toThrow(/DescribeThings: a uniqueKeys constraintErrors entry needs a parameter like Tag\[\]\.Key/);
  });
});

describe('waiterModels', () => {
  const request = { type: 'object', required: ['RegionId'], properties: { RegionId: { type: 'string' }, InvokeId: { type: 'string' } } };
  const invocation = { type: 'object', properties: { InvokeStatus: { type: 'string', enum: ['Running', 'Finished', 'Failed'] } } };
  const response = { type: 'object', properties: { Invocations: { type: 'object', properties: { Invocation: { type: 'array', items: invocation } } } } };
  const waiter = {
    name: 'InvocationFinished',
    description: 'Waits.',
    input: 'InvokeId',
    items: 'Invocations.Invocation',
    status: 'InvokeStatus',
    success: ['Finished'],
    failure: ['Failed'],
  };

  it('reads a waiter, leaving out items when the payload is the one item', () => {
    expect(waiterModels([waiter], request, response, 'x')).toEqual([waiter]);
    const single = { name: 'TaskFinished', description: 'Waits.', input: 'RegionId', status: 'State', success: ['DONE'], failure: [] };
    expect(waiterModels([single], request, { type: 'object', properties: { State: { type: 'string' } } }, 'x')).toEqual([single]);
    expect(waiterModels([], request, response, 'x')).toEqual([]);
  });

  it.each([
    {
      name: 'an unknown input parameter',
      given: { ...waiter, input: 'InvocationIds' },
      error: /x waiter InvocationFinished: the request has no parameter InvocationIds/,
    },
    { name: 'an items path that is not a list', given: { ...waiter, items: 'Invocations' }, error: /the response has no list at Invocations$/ },
    { name: 'an unknown status member', given: { ...waiter, status: 'InvocationStatus' }, error: /an item has no member InvocationStatus/ },
    {
      name: 'a value off the documented enum',
      given: { ...waiter, failure: ['Failed', 'Stopped'] },
      error: /Stopped is not a documented value of InvokeStatus/,
    },
    { name: 'a value that both succeeds and fails', given: { ...waiter, failure: ['Finished'] }, error: /Finished is both a success and a failure value/ },
  ])('refuses $name', ({ given, error }) => {
    expect(() => waiterModels([given], request, response, 'x')).toThrow(error);
  });
});
