// A synthetic TAT-like service with the execution vocabulary (docs/executions.md), small enough that each test
// sees the words, limits and maps it exercises, plus a Batch-like single-entity describe with a target count.
import type { ExecutionsModel, OperationExecutionModel, OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { createMockService } from '../../src/index.ts';
import { json, tencentPost } from '../requests.ts';

export const executions: ExecutionsModel = {
  targetStatus: {
    queued: 'PENDING',
    delivering: 'DELIVERING',
    running: 'RUNNING',
    stopping: 'CANCELLING',
    succeeded: 'SUCCESS',
    failed: 'FAILED',
    timedOut: 'TIMEOUT',
    cancelled: 'CANCELLED',
    terminated: 'TERMINATED',
    undelivered: 'DELIVER_FAILED',
  },
  executionStatus: {
    pending: 'PENDING',
    running: 'RUNNING',
    stopping: 'CANCELLING',
    succeeded: 'SUCCESS',
    failed: 'FAILED',
    timedOut: 'TIMEOUT',
    cancelled: 'CANCELLED',
    partialFailed: 'PARTIAL_FAILED',
  },
  targetErrorCodes: { failed: 'ExitCodeNonzero', timedOut: 'ExecutionTimeout' },
  agentStatus: { online: 'Online', offline: 'Offline' },
  output: { encoding: 'base64', maxBytes: 64 },
  ids: {
    execution: { prefix: 'inv-', length: 8 },
    task: { prefix: 'invt-', length: 8 },
    command: { prefix: 'cmd-', length: 8 },
    target: { prefix: 'ins-', length: 8 },
  },
  timeFormat: 'iso-offset',
};

const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };

function op(action: string, execution: OperationExecutionModel, data: Record<string, unknown>, extra: Partial<OperationModel> = {}): OperationModel {
  return {
    action,
    method: 'POST',
    qps: 0,
    region: { required: false, parameter: 'Region' },
    constraints: [],
    pagination: [],
    errors: [],
    examples: [
      {
        name: action,
        request: { method: 'POST', host: 'tat.tencentcloudapi.com', path: '/', body: {}, input: {} },
        response: { status: 200, body: { Response: { RequestId: 'r', ...data } }, data },
      },
    ],
    discrepancies: [],
    requestSchema: { type: 'object', properties: { Timeout: { type: 'integer', default: 60 } } },
    responseSchema: { type: 'object' },
    execution,
    ...extra,
  };
}

const runRequest = {
  targets: 'InstanceIds',
  content: 'Content',
  commandName: 'CommandName',
  timeout: 'Timeout',
  clientToken: 'ClientToken',
  keepCommand: 'SaveCommand',
  parameters: 'Parameters',
};
const notFoundInstance = [{ parameter: 'InstanceIds', entity: 'target' as const, code: 'InvalidInstanceId.NotFound' }];

const invocationItem = {
  InvocationId: 'inv-docs0001',
  CommandId: 'cmd-docs0001',
  InvocationStatus: 'SUCCESS',
  CreatedTime: '2020-01-01T00:00:00+00:00',
  EndTime: '2020-01-01T00:00:05+00:00',
  InstanceKind: 'CVM',
  InvocationTaskBasicInfoSet: [{ InvocationTaskId: 'invt-docs0001', TaskStatus: 'SUCCESS', InstanceId: 'ins-docs0001', Kept: 'from the example' }],
};

const taskItem = {
  InvocationTaskId: 'invt-docs0001',
  InvocationId: 'inv-docs0001',
  InstanceId: 'ins-docs0001',
  TaskStatus: 'SUCCESS',
  TaskResult: { ExitCode: 0, Output: 'ZG9jcw==', Dropped: 0, ExecStartTime: '2020-01-01T00:00:01+00:00', ExecEndTime: '2020-01-01T00:00:03+00:00' },
  ErrorInfo: '',
};

const offsetLimit = (items: string) => [
  { style: 'offset-limit' as const, offset: 'Offset', limit: 'Limit', total: 'TotalCount', items, defaultLimit: 20, maxLimit: 100 },
];

export const operations: OperationModel[] = [
  op(
    'RunCommand',
    {
      role: 'run',
      request: runRequest,
      contentEncoding: { fixed: 'base64' },
      response: { InvocationId: 'execution.id', CommandId: 'execution.commandId' },
      notFound: notFoundInstance,
    },
    { InvocationId: 'inv-docs0001', CommandId: 'cmd-docs0001' },
  ),
  op(
    'CreateCommand',
    {
      role: 'createCommand',
      request: { content: 'Content', commandName: 'CommandName', timeout: 'Timeout' },
      contentEncoding: { fixed: 'base64' },
      response: { CommandId: 'command.id' },
    },
    { CommandId: 'cmd-docs0001' },
  ),
  op(
    'InvokeCommand',
    {
      role: 'invoke',
      request: { commandId: 'CommandId', targets: 'InstanceIds' },
      response: { InvocationId: 'execution.id' },
      notFound: [{ parameter: 'CommandId', entity: 'command', code: 'ResourceNotFound.CommandNotFound' }],
    },
    { InvocationId: 'inv-docs0001' },
  ),
  op(
    'DeleteCommand',
    {
      role: 'deleteCommand',
      request: { commandId: 'CommandId' },
      notFound: [{ parameter: 'CommandId', entity: 'command', code: 'ResourceNotFound.CommandNotFound' }],
    },
    {},
  ),
  op(
    'DescribeCommands',
    {
      role: 'describeCommands',
      request: { commandIds: 'CommandIds' },
      item: { CommandId: 'command.id', CommandName: 'command.name', Content: 'command.content', InvocationCount: 'command.invocationCount' },
    },
    { TotalCount: 1, CommandSet: [{ CommandId: 'cmd-docs0001', CommandName: 'docs', Content: 'ZG9jcw==', InvocationCount: 0 }] },
    { pagination: offsetLimit('CommandSet') },
  ),
  op(
    'CancelInvocation',
    {
      role: 'stop',
      request: { executionId: 'InvocationId', targets: 'InstanceIds' },
      notFound: [{ parameter: 'InvocationId', entity: 'execution', code: 'ResourceNotFound.InvocationNotFound' }],
    },
    {},
  ),
  op(
    'DescribeInvocations',
    {
      role: 'describeExecutions',
      request: { executionIds: 'InvocationIds' },
      item: {
        InvocationId: 'execution.id',
        CommandId: 'execution.commandId',
        InvocationStatus: 'execution.status',
        CreatedTime: 'execution.createdTime',
        EndTime: 'execution.endTime',
        'InvocationTaskBasicInfoSet[].InvocationTaskId': 'task.id',
        'InvocationTaskBasicInfoSet[].TaskStatus': 'task.status',
        'InvocationTaskBasicInfoSet[].InstanceId': 'task.target',
      },
    },
    { TotalCount: 1, InvocationSet: [invocationItem] },
    {
      pagination: offsetLimit('InvocationSet'),
      responseSchema: {
        type: 'object',
        properties: { InvocationSet: { type: 'array', items: { type: 'object', properties: { CreatedTime: str, EndTime: str } } } },
      },
    },
  ),
  op(
    'DescribeInvocationTasks',
    {
      role: 'describeTargets',
      request: { taskIds: 'InvocationTaskIds', executionIds: 'InvocationIds' },
      item: {
        InvocationTaskId: 'task.id',
        InvocationId: 'execution.id',
        InstanceId: 'task.target',
        TaskStatus: 'task.status',
        'TaskResult.ExitCode': 'task.exitCode',
        'TaskResult.Output': 'task.output',
        'TaskResult.Dropped': 'task.dropped',
        'TaskResult.ExecStartTime': 'task.startTime',
        'TaskResult.ExecEndTime': 'task.endTime',
        ErrorInfo: 'task.errorInfo',
        ErrorCode: 'task.errorCode',
      },
    },
    { TotalCount: 1, InvocationTaskSet: [taskItem] },
    {
      pagination: offsetLimit('InvocationTaskSet'),
      responseSchema: {
        type: 'object',
        properties: {
          InvocationTaskSet: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                TaskResult: { type: 'object', properties: { ExitCode: { type: 'integer' }, ExecStartTime: nullableStr, ExecEndTime: nullableStr } },
              },
            },
          },
        },
      },
    },
  ),
  op(
    'DescribeAutomationAgentStatus',
    { role: 'describeAgents', request: { targets: 'InstanceIds' }, item: { InstanceId: 'agent.target', AgentStatus: 'agent.status' } },
    { TotalCount: 1, AutomationAgentSet: [{ InstanceId: 'ins-docs0001', AgentStatus: 'Online', Version: '1.0.0' }] },
    { pagination: offsetLimit('AutomationAgentSet') },
  ),
  op(
    'DescribeJob',
    {
      role: 'describeExecutions',
      request: { executionId: 'JobId' },
      response: {
        JobId: 'execution.id',
        JobState: 'execution.status',
        'Metrics.Running': 'execution.count.running',
        'Metrics.Succeeded': 'execution.count.succeeded',
      },
    },
    { JobId: 'job-docs0001', JobState: 'SUCCEED', Metrics: { Running: 0, Succeeded: 1 } },
  ),
  op(
    'SubmitJob',
    { role: 'run', request: { targetCount: 'InstanceCount', content: 'Command' }, contentEncoding: { fixed: 'plain' }, response: { JobId: 'execution.id' } },
    { JobId: 'job-docs0001' },
  ),
];

export const execModel: ServiceModel = {
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
    errors: [],
    throttlingCode: 'RequestLimitExceeded',
    signatureErrorCode: 'AuthFailure.SignatureFailure',
    invalidActionCode: 'InvalidAction',
    missingParameterCode: 'MissingParameter',
    invalidParameterCode: 'InvalidParameter',
    invalidParameterValueCode: 'InvalidParameterValue',
  },
  operations,
  executions,
};

export const START = Date.UTC(2026, 0, 2, 3, 4, 5);

export function newMock(model: ServiceModel = execModel) {
  return createMockService(model, { now: () => START, enforceQps: false });
}

export type Mock = ReturnType<typeof newMock>;

/** Calls `action` and returns its `Response` payload (or the error). */
export async function call(mock: Mock, action: string, body: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const payload = await json(await mock.handle(tencentPost(action, body)));
  return payload['Response'] as Record<string, any>;
}

export const b64 = (text: string): string => btoa(text);
