// Operations: descriptors, per-operation functions and their JSDoc, plus the naming shared by every emitter.
import type { ApiClient, CallOptions, OperationDescriptor } from '@cloudexec/runtime';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { describe, expect, it } from 'vitest';
import { emitOperations, isReadOnlyAction, operationNames, paginatorName } from '../src/emit/operations.ts';
import { aliyunMini } from './fixtures/models/aliyun-mini.ts';
import { contextFor, type ModelFixture } from './fixtures/models/fixture.ts';
import { tencentMini } from './fixtures/models/tencent-mini.ts';
import { describeInvocationTasks, describeInvocationTasksOperation, miniService } from './snapshots/tencent-mini/operations.gen.ts';

function emitted(fixture: ModelFixture, model: ServiceModel = fixture.model, spec: ModelFixture['spec'] = fixture.spec): string {
  const [file] = emitOperations(model, { ...contextFor(fixture), spec });
  expect(file?.path).toBe('src/generated/operations.gen.ts');
  return file?.contents ?? '';
}

/** The `export const <name> … = {…};` block. */
function block(contents: string, name: string): string {
  return new RegExp(`export const ${name}[^=]*= \\{\\n[\\s\\S]*?\\n\\};`).exec(contents)?.[0] ?? '';
}

describe('emitOperations', () => {
  it('binds action, method, QPS, validator and response field types in the descriptor', () => {
    expect(block(emitted(tencentMini), 'describeInvocationTasksOperation')).toBe(
      [
        'export const describeInvocationTasksOperation: OperationDescriptor<DescribeInvocationTasksRequest> = {',
        "  action: 'DescribeInvocationTasks',",
        "  method: 'POST',",
        '  qps: 20,',
        '  validate: validateDescribeInvocationTasksRequest,',
        "  responseTypes: {TotalCount:'number'},",
        '};',
      ].join('\n'),
    );
  });

  it('writes response field types as one compact line, nested, and leaves them out when there are none', () => {
    const [first, ...rest] = tencentMini.model.operations;
    if (!first) throw new Error('tencent-mini has no operations');
    const responseSchema = {
      type: 'object',
      properties: {
        Total: { type: 'integer' },
        'Odd-Name': { type: 'boolean' },
        Set: { type: 'array', items: { type: 'object', properties: { Done: { type: ['boolean', 'null'] }, Name: { type: 'string' } } } },
        Note: { type: 'string' },
      },
    };
    const contents = emitted(tencentMini, {
      ...tencentMini.model,
      operations: [{ ...first, responseSchema }, ...rest.map((op) => ({ ...op, responseSchema: { type: 'object', properties: { Id: { type: 'string' } } } }))],
    });
    expect(contents).toContain(`  responseTypes: {'Odd-Name':'boolean',Set:[{Done:'boolean'}],Total:'number'},`);
    expect(contents.match(/responseTypes/g)).toHaveLength(1);
  });

  it('marks region-bound and non-read actions', () => {
    const runCommand = block(emitted(tencentMini), 'runCommandOperation');
    expect(runCommand).toContain('  regionRequired: true,');
    expect(runCommand).toContain('  idempotent: false,');
  });

  it('emits operations sorted by action, whatever the model order', () => {
    const contents = emitted(tencentMini);
    expect(contents.indexOf('export function describeInvocationTasks(')).toBeLessThan(contents.indexOf('export function runCommand('));
  });

  it('types the function end to end', () => {
    expect(emitted(tencentMini)).toContain(
      [
        'export function describeInvocationTasks(client: ApiClient, input: DescribeInvocationTasksRequest, options?: CallOptions): Promise<DescribeInvocationTasksResponse> {',
        '  return client.send<DescribeInvocationTasksRequest, DescribeInvocationTasksResponse>(describeInvocationTasksOperation, input, options);',
        '}',
      ].join('\n'),
    );
  });

  const docCases: Array<{ name: string; fixture: ModelFixture; spec?: ModelFixture['spec']; want: string[] }> = [
    {
      name: 'summary, rate limit, pagination and documented codes',
      fixture: tencentMini,
      want: [
        ' * Lists execution tasks.',
        ' * Rate limit: 20 requests per second (tat 2020-10-28).',
        ' * Pagination offset-limit: `Offset`, `Limit` (default 20, max 100); items in `InvocationTaskSet`, total in `TotalCount`; see `paginateDescribeInvocationTasks`.',
        ' * @throws CloudApiError whose code is a `DescribeInvocationTasksErrorCode`; documented: InternalError, InvalidParameter.ConflictParameter, InvalidParameterValue.InvalidFilter, InvalidParameterValue.LimitExceeded, LimitExceeded.FilterValueExceeded.',
      ],
    },
    {
      name: 'both ECS paging styles, the second under its own name',
      fixture: aliyunMini,
      want: [
        ' * Pagination next-token: `NextToken`, `MaxResults` (default 10, max 50); items in `Invocations.Invocation`, next token in `NextToken`; see `paginateDescribeInvocations`.',
        ' * Pagination page-number: `PageNumber`, `PageSize` (default 10, max 50); items in `Invocations.Invocation`, total in `TotalCount`; see `paginateDescribeInvocationsByPage`.',
      ],
    },
    { name: 'a neutral summary when the spec has none', fixture: aliyunMini, want: [' * Calls ECSStopInvocation.'] },
    { name: 'a neutral summary without a spec at all', fixture: tencentMini, spec: {}, want: [' * Calls RunCommand.'] },
  ];
  it.each(docCases)('JSDoc: $name', ({ fixture, spec, want }) => {
    const contents = emitted(fixture, fixture.model, spec);
    for (const line of want) expect(contents).toContain(line);
  });

  it('lets Alibaba callers leave a required RegionId to the client', () => {
    const contents = emitted(aliyunMini);
    expect(contents).toContain("export type DescribeInvocationsInput = Omit<DescribeInvocationsRequest, 'RegionId'> & { RegionId?: string };");
    expect(contents).toContain('export const describeInvocationsOperation: OperationDescriptor<DescribeInvocationsInput> = {');
    expect(emitted(tencentMini)).not.toContain('Input');
  });

  it('emits the service descriptor with sorted keys', () => {
    expect(block(emitted(aliyunMini), 'miniService')).toBe(
      [
        'export const miniService: ServiceDescriptor = {',
        "  globalHost: 'ecs.aliyuncs.com',",
        "  provider: 'aliyun',",
        "  regionalHost: 'ecs.{region}.aliyuncs.com',",
        "  service: 'ecs',",
        "  version: '2014-05-26',",
        '};',
      ].join('\n'),
    );
  });
});

describe('naming', () => {
  it.each([
    { action: 'DescribeInvocationTasks', want: true },
    { action: 'ListThings', want: true },
    { action: 'GetStatus', want: true },
    { action: 'RunCommand', want: false },
    { action: 'Getaway', want: false },
    { action: 'Describe', want: false },
  ])('isReadOnlyAction($action) is $want', ({ action, want }) => {
    expect(isReadOnlyAction(action)).toBe(want);
  });

  it('names functions, descriptors, validators and types from the action', () => {
    const [op] = aliyunMini.model.operations;
    expect(op && operationNames({ ...op, action: 'ECSStopInvocation' }, aliyunMini.model)).toEqual({
      fn: 'ecsStopInvocation',
      descriptor: 'ecsStopInvocationOperation',
      validator: 'validateECSStopInvocationRequest',
      request: 'ECSStopInvocationRequest',
      response: 'ECSStopInvocationResponse',
      input: 'ECSStopInvocationInput',
      errorCode: 'ECSStopInvocationErrorCode',
      errorGuard: 'isECSStopInvocationError',
    });
  });

  it('gives the first paging style the plain name and suffixes the others', () => {
    const op = aliyunMini.model.operations.find((candidate) => candidate.action === 'DescribeInvocations');
    expect(op && [paginatorName(op, 0), paginatorName(op, 1)]).toEqual(['paginateDescribeInvocations', 'paginateDescribeInvocationsByPage']);
  });
});

describe('committed operations module', () => {
  it('sends the descriptor, input and call options through the client', async () => {
    const calls: unknown[][] = [];
    const client = {
      send: async (op: OperationDescriptor<object>, input: object, options?: CallOptions) => {
        calls.push([op, input, options]);
        return { TotalCount: 0, InvocationTaskSet: [], RequestId: 'r-1' };
      },
    } as unknown as ApiClient;
    const signal = new AbortController().signal;
    const result = await describeInvocationTasks(client, { Limit: 1 }, { signal });
    expect(result.RequestId).toBe('r-1');
    expect(calls).toEqual([[describeInvocationTasksOperation, { Limit: 1 }, { signal }]]);
    expect(miniService.globalHost).toBe('tat.tencentcloudapi.com');
  });

  it('runs the generated validator through the descriptor', () => {
    expect(() => describeInvocationTasksOperation.validate?.({ Limit: 101 })).toThrow('Limit must be at most 100 (got 101)');
  });
});
