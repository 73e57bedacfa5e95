// The execution vocabulary reaches the model the mock reads; an expression name the engine does not know stops
// generation with the member, the name and the known names.
import { describe, expect, it } from 'vitest';
import type { ExecutionExtension, ExecutionsExtension } from '@cloudexec/spec-check';
import { executionsModel, operationExecutionModel } from '../src/model/executions.ts';

const extension: ExecutionExtension = {
  role: 'describeExecutions',
  request: { executionIds: 'InvocationIds' },
  item: { InvocationId: 'execution.id', 'InvocationTaskBasicInfoSet[].TaskStatus': 'task.status', InstanceKind: { const: 'CVM' } },
  notFound: [{ parameter: 'InvocationIds', entity: 'execution', code: 'ResourceNotFound', note: 'prose stays in the spec' }],
  inferred: [{ fact: 'x', reasoning: 'y' }],
};

describe('operationExecutionModel', () => {
  it('keeps what the engine plays and drops notes and inferred prose', () => {
    expect(operationExecutionModel(extension, 'spec.yaml DescribeInvocations')).toEqual({
      role: 'describeExecutions',
      request: { executionIds: 'InvocationIds' },
      item: extension.item,
      notFound: [{ parameter: 'InvocationIds', entity: 'execution', code: 'ResourceNotFound' }],
    });
  });

  it.each([
    ['task.stauts', /unknown expression "task\.stauts" \(known: task\.id, task\.target/],
    ['instance.id', /unknown expression "instance\.id" \(known: execution, task, command, agent/],
    ['execution.count.exploded', /unknown expression "execution\.count\.exploded"/],
  ])('rejects %s with the member it sits on', (expression, message) => {
    const broken: ExecutionExtension = { role: 'describeTargets', item: { TaskStatus: expression } };
    expect(() => operationExecutionModel(broken, 'spec.yaml DescribeInvocationTasks')).toThrow(message);
    expect(() => operationExecutionModel(broken, 'spec.yaml DescribeInvocationTasks')).toThrow(/DescribeInvocationTasks execution member TaskStatus/);
  });

  it('accepts per-phase counts', () => {
    expect(() => operationExecutionModel({ role: 'describeExecutions', response: { Running: 'execution.count.running' } }, 'x')).not.toThrow();
  });
});

describe('executionsModel', () => {
  it('keeps the words, output, ids and time format, not the inferred facts', () => {
    const ext: ExecutionsExtension = {
      targetStatus: { queued: 'PENDING', running: 'RUNNING', succeeded: 'SUCCESS', failed: 'FAILED', timedOut: 'TIMEOUT' },
      executionStatus: { pending: 'PENDING', running: 'RUNNING', succeeded: 'SUCCESS', failed: 'FAILED' },
      output: { encoding: 'base64', maxBytes: 24576, note: 'n' },
      ids: { execution: { prefix: 'inv-', length: 8 } },
      timeFormat: 'iso-offset',
      inferred: [{ fact: 'roll-up', reasoning: 'not documented' }],
    };
    expect(executionsModel(ext)).toEqual({
      targetStatus: ext.targetStatus,
      executionStatus: ext.executionStatus,
      output: { encoding: 'base64', maxBytes: 24576 },
      ids: { execution: { prefix: 'inv-', length: 8 } },
      timeFormat: 'iso-offset',
    });
  });
});
