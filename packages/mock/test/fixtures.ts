// Hand-built models shaped like the generated ones (TAT-like on Tencent, ECS-like on Alibaba), small enough
// that each test can see which limit it exercises.
import type { Constraint, OperationModel, ServiceModel } from '@cloudexec/runtime/model';

const tencentConstraints: Constraint[] = [
  { kind: 'type', path: 'Limit', type: 'integer', code: 'InvalidParameter', httpStatus: 200, basis: 'inferred' },
  { kind: 'maximum', path: 'Limit', limit: 100, code: 'InvalidParameterValue.LimitExceeded', httpStatus: 200, basis: 'documented' },
  { kind: 'minimum', path: 'Offset', limit: 0, code: 'InvalidParameterValue', httpStatus: 200, basis: 'inferred' },
  { kind: 'maxItems', path: 'InvocationIds', limit: 100, code: 'InvalidParameterValue.LimitExceeded', httpStatus: 200, basis: 'documented' },
  { kind: 'mutuallyExclusive', paths: ['InvocationIds', 'Filters'], code: 'InvalidParameter.ConflictParameter', httpStatus: 200, basis: 'documented' },
  { kind: 'maxItems', path: 'Filters', limit: 10, code: 'LimitExceeded.FilterLimitExceeded', httpStatus: 200, basis: 'inferred' },
  { kind: 'maxItems', path: 'Filters[].Values', limit: 5, code: 'LimitExceeded.FilterValueExceeded', httpStatus: 200, basis: 'documented' },
  { kind: 'minItems', path: 'Filters[].Values', limit: 1, code: 'InvalidParameterValue', httpStatus: 200, basis: 'inferred' },
  {
    kind: 'filterName',
    path: 'Filters',
    names: ['invocation-id', 'command-id', 'instance-kind', 'instance-id'],
    code: 'InvalidParameterValue.InvalidFilter',
    httpStatus: 200,
    basis: 'documented',
  },
  { kind: 'maxLength', path: 'InvocationIds[]', limit: 12, code: 'InvalidParameterValue.InvalidInvocationId', httpStatus: 200, basis: 'inferred' },
];

export const tatInvocation = {
  InvocationId: 'inv-q4zp60g0',
  CommandId: 'cmd-9dxzty3m',
  InvocationStatus: 'SUCCESS',
  InstanceKind: 'CVM',
  InvocationTaskBasicInfoSet: [{ InvocationTaskId: 'invt-kakne8h2', TaskStatus: 'SUCCESS', InstanceId: 'ins-zj0f57ew' }],
};

const describeInvocations: OperationModel = {
  action: 'DescribeInvocations',
  method: 'POST',
  qps: 20,
  region: { required: false, parameter: 'Region' },
  constraints: tencentConstraints,
  pagination: [{ style: 'offset-limit', offset: 'Offset', limit: 'Limit', total: 'TotalCount', items: 'InvocationSet', defaultLimit: 20, maxLimit: 100 }],
  filters: {
    parameter: 'Filters',
    names: [
      { name: 'invocation-id', field: 'InvocationId' },
      { name: 'command-id', field: 'CommandId' },
      { name: 'instance-kind', field: 'InstanceKind', values: ['CVM', 'LIGHTHOUSE'] },
      { name: 'instance-id', field: 'InvocationTaskBasicInfoSet[].InstanceId' },
    ],
    maxFilters: 10,
    maxValuesPerFilter: 5,
  },
  errors: [{ code: 'InternalError', httpStatus: 200, description: 'internal error', retryable: true }],
  examples: [
    {
      name: 'Query one invocation',
      request: {
        method: 'POST',
        host: 'tat.tencentcloudapi.com',
        path: '/',
        body: { Offset: 0, Limit: 1, InvocationIds: ['inv-q4zp60g0'] },
        input: { Offset: 0, Limit: 1, InvocationIds: ['inv-q4zp60g0'] },
      },
      response: {
        status: 200,
        body: { Response: { RequestId: '958a3603-d0c3-4c97-a37d-6bc24eacddac', TotalCount: 1, InvocationSet: [tatInvocation] } },
        data: { TotalCount: 1, InvocationSet: [tatInvocation] },
      },
    },
  ],
  discrepancies: [],
  requestSchema: {
    type: 'object',
    properties: {
      InvocationIds: { type: 'array', items: { type: 'string' } },
      Filters: { type: 'array', items: { type: 'object', properties: { Name: { type: 'string' }, Values: { type: 'array', items: { type: 'string' } } } } },
      Limit: { type: 'integer' },
      Offset: { type: 'integer' },
    },
  },
  responseSchema: { type: 'object' },
};

const describeTask: OperationModel = {
  action: 'DescribeTask',
  method: 'GET',
  qps: 3,
  region: { required: false, parameter: 'Region' },
  constraints: [
    { kind: 'required', path: 'JobId', code: 'MissingParameter', httpStatus: 200, basis: 'inferred' },
    { kind: 'required', path: 'TaskName', code: 'MissingParameter', httpStatus: 200, basis: 'inferred' },
    { kind: 'minLength', path: 'JobId', limit: 12, code: 'InvalidParameter.JobIdMalformed', httpStatus: 200, basis: 'documented' },
    {
      kind: 'enum',
      path: 'Filters[].Values',
      values: ['PENDING', 'RUNNING', 'SUCCEED', 'FAILED'],
      code: 'InvalidParameterValue',
      httpStatus: 200,
      basis: 'inferred',
    },
  ],
  pagination: [
    { style: 'offset-limit', offset: 'Offset', limit: 'Limit', total: 'TaskInstanceTotalCount', items: 'TaskInstanceSet', defaultLimit: 100, maxLimit: 1000 },
  ],
  filters: { parameter: 'Filters', names: [{ name: 'task-instance-state', field: 'TaskInstanceState' }] },
  errors: [{ code: 'ResourceNotFound.Task', httpStatus: 200, description: 'no such task', retryable: false }],
  examples: [
    {
      name: 'Query a task',
      request: {
        method: 'GET',
        host: 'batch.tencentcloudapi.com',
        path: '/',
        query: { JobId: 'job-97zcl3wt', TaskName: 'A' },
        input: { JobId: 'job-97zcl3wt', TaskName: 'A' },
      },
      response: { status: 200, body: {}, data: { JobId: 'job-97zcl3wt', TaskName: 'A', TaskInstanceTotalCount: 0, TaskInstanceSet: [] } },
    },
  ],
  discrepancies: [],
  requestSchema: { type: 'object', properties: { Offset: { type: 'integer' }, Limit: { type: 'integer' } } },
  responseSchema: { type: 'object' },
};

export const tencentModel: ServiceModel = {
  specFile: 'specs/tencent/tat.yaml',
  packageName: '@cloudexec/tencent-tat',
  clientName: 'Tat',
  protocol: 'tencent-tc3',
  service: {
    provider: 'tencent',
    service: 'tat',
    version: '2020-10-28',
    globalHost: 'tat.tencentcloudapi.com',
    regionalHost: 'tat.{region}.tencentcloudapi.com',
  },
  common: {
    errors: [
      { code: 'RequestLimitExceeded', httpStatus: 200, description: 'rate limited', retryable: true },
      { code: 'NoSuchVersion', httpStatus: 200, description: 'unknown version', retryable: false },
    ],
    throttlingCode: 'RequestLimitExceeded',
    signatureErrorCode: 'AuthFailure.SignatureFailure',
    invalidActionCode: 'InvalidAction',
    missingParameterCode: 'MissingParameter',
    invalidParameterCode: 'InvalidParameter',
  },
  operations: [describeInvocations, describeTask],
};

export const ecsInvocation = (id: string, status: string, instanceId: string) => ({
  InvokeId: id,
  CommandId: 'c-hz0jdfwcsr****',
  InvokeStatus: status,
  Timed: false,
  InvokeInstances: { InvokeInstance: [{ InstanceId: instanceId, InvocationStatus: 'Success' }] },
});

const ecsDescribeInvocations: OperationModel = {
  action: 'DescribeInvocations',
  method: 'POST',
  qps: 5,
  region: { required: true, parameter: 'RegionId' },
  constraints: [
    { kind: 'required', path: 'RegionId', code: 'MissingParameter.RegionId', httpStatus: 400, basis: 'documented' },
    { kind: 'type', path: 'Timed', type: 'boolean', code: 'InvalidParameter', httpStatus: 400, basis: 'inferred' },
    {
      kind: 'enum',
      path: 'InvokeStatus',
      values: ['Running', 'Finished', 'Failed', 'PartialFailed', 'Stopped'],
      code: 'InvalidParameter',
      httpStatus: 400,
      basis: 'inferred',
    },
    { kind: 'minimum', path: 'PageNumber', limit: 1, code: 'InvalidParam.PageNumber', httpStatus: 400, basis: 'documented' },
    { kind: 'maximum', path: 'PageSize', limit: 50, code: 'InvalidParam.PageSize', httpStatus: 400, basis: 'documented' },
    { kind: 'maximum', path: 'MaxResults', limit: 50, code: 'InvalidParameter', httpStatus: 400, basis: 'inferred' },
    { kind: 'maxItems', path: 'Tag', limit: 20, code: 'InvalidParameter', httpStatus: 400, basis: 'inferred' },
    { kind: 'maxLength', path: 'Tag[].Key', limit: 64, code: 'InvalidParameter.TagKey', httpStatus: 400, basis: 'inferred' },
    { kind: 'required', path: 'Tag[].Key', code: 'InvalidParameter.TagKey', httpStatus: 400, basis: 'inferred' },
  ],
  pagination: [
    {
      style: 'page-number',
      pageNumber: 'PageNumber',
      pageSize: 'PageSize',
      total: 'TotalCount',
      items: 'Invocations.Invocation',
      defaultPageSize: 10,
      maxPageSize: 50,
    },
    {
      style: 'next-token',
      token: 'NextToken',
      maxResults: 'MaxResults',
      nextToken: 'NextToken',
      items: 'Invocations.Invocation',
      defaultMaxResults: 10,
      maxMaxResults: 50,
    },
  ],
  errors: [
    { code: 'InvalidParam.PageNumber', httpStatus: 400, description: 'bad page number', retryable: false },
    { code: 'InternalError.Dispatch', httpStatus: 500, description: 'dispatch failed', retryable: true },
  ],
  examples: [
    {
      name: 'Query invocations',
      request: { method: 'POST', host: 'ecs.aliyuncs.com', path: '/', query: { RegionId: 'cn-hangzhou' }, input: { RegionId: 'cn-hangzhou' } },
      response: {
        status: 200,
        body: {},
        data: {
          RequestId: '473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E',
          TotalCount: 1,
          PageSize: 10,
          PageNumber: 1,
          NextToken: 'AAAAAdDWBF2',
          Invocations: { Invocation: [ecsInvocation('t-hz0jdfwd9f****', 'Finished', 'i-bp1i7gg30r52z2em****')] },
        },
      },
    },
  ],
  discrepancies: [],
  requestSchema: {
    type: 'object',
    properties: {
      RegionId: { type: 'string' },
      PageNumber: { type: 'integer' },
      PageSize: { type: 'integer' },
      MaxResults: { type: 'integer' },
      Tag: { type: 'array', items: { type: 'object', properties: { Key: { type: 'string' }, Value: { type: 'string' } } } },
    },
  },
  responseSchema: { type: 'object' },
};

export const aliyunModel: ServiceModel = {
  specFile: 'specs/aliyun/ecs.yaml',
  packageName: '@cloudexec/aliyun-ecs',
  clientName: 'Ecs',
  protocol: 'aliyun-rpc',
  service: { provider: 'aliyun', service: 'ecs', version: '2014-05-26', globalHost: 'ecs.aliyuncs.com', regionalHost: 'ecs.{region}.aliyuncs.com' },
  common: {
    errors: [
      { code: 'Throttling.User', httpStatus: 400, description: 'user flow control', retryable: true },
      { code: 'InvalidAction.NotFound', httpStatus: 404, description: 'unknown action', retryable: false },
      { code: 'SignatureDoesNotMatch', httpStatus: 400, description: 'bad signature', retryable: false },
      { code: 'InvalidParameter', httpStatus: 400, description: 'bad parameter', retryable: false },
    ],
    throttlingCode: 'Throttling.User',
    signatureErrorCode: 'SignatureDoesNotMatch',
    invalidActionCode: 'InvalidAction.NotFound',
    missingParameterCode: 'MissingParameter',
    invalidParameterCode: 'InvalidParameter',
  },
  operations: [ecsDescribeInvocations],
};
