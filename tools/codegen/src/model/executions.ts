// x-cloudexec-service.executions and x-cloudexec-operation.execution → the model the mock's execution engine
// reads (docs/executions.md). Notes and inferred-fact prose stay in the spec; only what the engine plays is kept.
// Expression names are checked here, so a misspelt `task.stauts` stops `pnpm generate` instead of rendering nothing.
import type { ExecutionsModel, OperationExecutionModel } from '@cloudexec/runtime/model';
import type { ExecutionExtension, ExecutionsExtension } from '@cloudexec/spec-check';
import { CodegenError } from '../load/codegen-error.ts';

const TARGET_PHASES = [
  'queued',
  'delivering',
  'running',
  'stopping',
  'succeeded',
  'failed',
  'timedOut',
  'cancelled',
  'terminated',
  'undelivered',
  'targetNotFound',
];

/** Expression names per entity; docs/executions.md lists the same. */
export const EXPRESSION_NAMES: Record<string, readonly string[]> = {
  execution: [
    'id',
    'status',
    'phase',
    'commandId',
    'commandName',
    'commandType',
    'content',
    'contentText',
    'createdTime',
    'updatedTime',
    'startTime',
    'endTime',
    'timeout',
    'workingDirectory',
    'username',
    'parameters',
    'parametersJson',
    'targetCount',
    'targets',
    ...TARGET_PHASES.map((phase) => `count.${phase}`),
  ],
  task: [
    'id',
    'target',
    'index',
    'status',
    'phase',
    'exitCode',
    'output',
    'outputText',
    'dropped',
    'createdTime',
    'startTime',
    'endTime',
    'updatedTime',
    'errorCode',
    'errorInfo',
  ],
  command: [
    'id',
    'name',
    'description',
    'content',
    'contentText',
    'type',
    'timeout',
    'workingDirectory',
    'username',
    'createdTime',
    'updatedTime',
    'invocationCount',
  ],
  agent: ['target', 'status', 'online', 'onlineText', 'version', 'lastHeartbeatTime'],
};

export function executionsModel(ext: ExecutionsExtension): ExecutionsModel {
  return {
    targetStatus: { ...ext.targetStatus },
    executionStatus: { ...ext.executionStatus },
    ...(ext.targetErrorCodes ? { targetErrorCodes: { ...ext.targetErrorCodes } } : {}),
    ...(ext.agentStatus ? { agentStatus: { online: ext.agentStatus.online, offline: ext.agentStatus.offline } } : {}),
    output: { encoding: ext.output.encoding, maxBytes: ext.output.maxBytes },
    ids: structuredClone(ext.ids),
    ...(ext.timeFormat ? { timeFormat: ext.timeFormat } : {}),
  };
}

export function operationExecutionModel(ext: ExecutionExtension, where: string): OperationExecutionModel {
  for (const [member, expression] of [...Object.entries(ext.response ?? {}), ...Object.entries(ext.item ?? {})]) {
    checkExpression(expression, `${where} execution member ${member}`);
  }
  return {
    role: ext.role,
    ...(ext.request ? { request: { ...ext.request } } : {}),
    ...(ext.contentEncoding ? { contentEncoding: structuredClone(ext.contentEncoding) } : {}),
    ...(ext.items !== undefined ? { items: ext.items } : {}),
    ...(ext.itemsPer ? { itemsPer: ext.itemsPer } : {}),
    ...(ext.response ? { response: structuredClone(ext.response) } : {}),
    ...(ext.item ? { item: structuredClone(ext.item) } : {}),
    ...(ext.notFound ? { notFound: ext.notFound.map(({ parameter, entity, code }) => ({ parameter, entity, code })) } : {}),
  };
}

function checkExpression(expression: unknown, where: string): void {
  if (typeof expression !== 'string') return;
  const dot = expression.indexOf('.');
  const entity = dot < 0 ? expression : expression.slice(0, dot);
  const names = EXPRESSION_NAMES[entity];
  if (!names?.includes(expression.slice(dot + 1))) {
    const known = names ? names.map((name) => `${entity}.${name}`).join(', ') : Object.keys(EXPRESSION_NAMES).join(', ');
    throw new CodegenError(`${where}: unknown expression ${JSON.stringify(expression)} (known: ${known}; or {const: value})`);
  }
}
