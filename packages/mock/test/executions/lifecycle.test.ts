// A run moves through its phases on the simulated clock; each outcome of the scenario API ends as documented.
import { describe, expect, it } from 'vitest';
import { b64, call, newMock } from './fixture.ts';

async function taskOf(mock: ReturnType<typeof newMock>, invocationId: string) {
  const answer = await call(mock, 'DescribeInvocationTasks', { InvocationIds: [invocationId] });
  return answer['InvocationTaskSet'][0];
}

async function statusOf(mock: ReturnType<typeof newMock>, invocationId: string): Promise<string> {
  const answer = await call(mock, 'DescribeInvocations', { InvocationIds: [invocationId] });
  return answer['InvocationSet'][0].InvocationStatus;
}

describe('execution lifecycle', () => {
  it('runs PENDING → RUNNING → SUCCESS with the default scenario (1 s queued, 2 s running)', async () => {
    const mock = newMock();
    const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-aaaa1111'], Content: b64('echo hi') });
    expect(run['InvocationId']).toMatch(/^inv-[a-z0-9]{8}$/);
    expect(run['CommandId']).toMatch(/^cmd-[a-z0-9]{8}$/);
    const seen: string[] = [];
    for (let second = 0; second <= 4; second += 1) {
      seen.push(await statusOf(mock, run['InvocationId']));
      mock.executions.advance(1000);
    }
    expect(seen).toEqual(['PENDING', 'RUNNING', 'RUNNING', 'SUCCESS', 'SUCCESS']);
    const task = await taskOf(mock, run['InvocationId']);
    expect(task.TaskStatus).toBe('SUCCESS');
    expect(task.TaskResult.ExitCode).toBe(0);
    expect(atob(task.TaskResult.Output)).toContain('echo hi');
    expect(atob(task.TaskResult.Output)).toContain('ins-aaaa1111');
    expect(task.TaskResult.ExecStartTime).toBe('2026-01-02T03:04:06+00:00');
    expect(task.TaskResult.ExecEndTime).toBe('2026-01-02T03:04:08+00:00');
  });

  it('renders a time not reached yet as null where the schema allows null, else as an empty string', async () => {
    const mock = newMock();
    const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-aaaa1111'], Content: b64('ls') });
    const task = await taskOf(mock, run['InvocationId']);
    expect(task.TaskResult.ExecEndTime).toBeNull();
    expect(task.TaskResult.Output).toBe('');
    const invocation = (await call(mock, 'DescribeInvocations', {}))['InvocationSet'][0];
    expect(invocation.EndTime).toBe('');
    expect(invocation.CreatedTime).toBe('2026-01-02T03:04:05+00:00');
  });

  it('fails with the scenario exit code and the service error code', async () => {
    const mock = newMock();
    mock.executions.scenario('ins-bad00001', { outcome: 'fail', exitCode: 3, output: 'boom' });
    const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-bad00001'], Content: b64('false') });
    mock.executions.advance(3000);
    const task = await taskOf(mock, run['InvocationId']);
    expect(task.TaskStatus).toBe('FAILED');
    expect(task.TaskResult.ExitCode).toBe(3);
    expect(atob(task.TaskResult.Output)).toBe('boom');
    expect(task.ErrorCode).toBe('ExitCodeNonzero');
    expect(await statusOf(mock, run['InvocationId'])).toBe('FAILED');
  });

  it('mixes a success and a failure into PARTIAL_FAILED', async () => {
    const mock = newMock();
    mock.executions.scenario('ins-bad00001', { exitCode: 2 });
    const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-good0001', 'ins-bad00001'], Content: b64('x') });
    mock.executions.advance(3000);
    expect(await statusOf(mock, run['InvocationId'])).toBe('PARTIAL_FAILED');
  });

  it('times out at the run timeout, not the scenario run time', async () => {
    const mock = newMock();
    mock.executions.scenario('*', { outcome: 'time-out' });
    const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-slow0001'], Content: b64('sleep 99'), Timeout: 5 });
    mock.executions.advance(5999);
    expect(await statusOf(mock, run['InvocationId'])).toBe('RUNNING');
    mock.executions.advance(1);
    expect(await statusOf(mock, run['InvocationId'])).toBe('TIMEOUT');
    expect((await taskOf(mock, run['InvocationId'])).ErrorCode).toBe('ExecutionTimeout');
  });

  it('times out a run longer than the documented default timeout (60 s) when the request sets none', async () => {
    const mock = newMock();
    mock.executions.scenario('*', { runMs: 61_000 });
    const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-slow0001'], Content: b64('sleep 61') });
    mock.executions.advance(61_000);
    expect(await statusOf(mock, run['InvocationId'])).toBe('TIMEOUT');
  });

  it('leaves an offline agent undelivered and reports it offline', async () => {
    const mock = newMock();
    mock.executions.scenario('ins-off00001', { outcome: 'agent-offline' });
    const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-off00001'], Content: b64('x') });
    expect(await statusOf(mock, run['InvocationId'])).toBe('PENDING');
    mock.executions.advance(1000);
    expect((await taskOf(mock, run['InvocationId'])).TaskStatus).toBe('DELIVER_FAILED');
    // undelivered has no execution word of its own here: it rolls up to failed.
    expect(await statusOf(mock, run['InvocationId'])).toBe('FAILED');
    const agents = await call(mock, 'DescribeAutomationAgentStatus', { InstanceIds: ['ins-off00001', 'ins-on000001'] });
    expect(agents['AutomationAgentSet'].map((a: any) => [a.InstanceId, a.AgentStatus, a.Version])).toEqual([
      ['ins-off00001', 'Offline', '1.0.0'],
      ['ins-on000001', 'Online', '1.0.0'],
    ]);
  });

  it('refuses a run on a target the scenario says does not exist, with the documented code', async () => {
    const mock = newMock();
    mock.executions.scenario('ins-gone0001', { outcome: 'not-found' });
    const answer = await call(mock, 'RunCommand', { InstanceIds: ['ins-gone0001'], Content: b64('x') });
    expect(answer['Error'].Code).toBe('InvalidInstanceId.NotFound');
    expect(mock.executions.list()).toEqual([]);
  });

  it('passes through a delivering phase when the scenario gives it time', async () => {
    const mock = newMock();
    mock.executions.scenario('*', { queuedMs: 500, deliveringMs: 500 });
    const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-aaaa1111'], Content: b64('x') });
    mock.executions.advance(600);
    expect((await taskOf(mock, run['InvocationId'])).TaskStatus).toBe('DELIVERING');
    expect(await statusOf(mock, run['InvocationId'])).toBe('PENDING');
  });

  it('cuts output at the documented size and counts the dropped bytes', async () => {
    const mock = newMock();
    const text = 'x'.repeat(100);
    mock.executions.scenario('*', { output: text });
    const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-aaaa1111'], Content: b64('yes') });
    mock.executions.advance(3000);
    const task = await taskOf(mock, run['InvocationId']);
    expect(atob(task.TaskResult.Output)).toBe('x'.repeat(64));
    expect(task.TaskResult.Dropped).toBe(36);
  });

  it('moves with fake timers too, since the default base clock is Date.now', async () => {
    const { vi } = await import('vitest');
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    try {
      const { createMockService } = await import('../../src/index.ts');
      const { execModel } = await import('./fixture.ts');
      const mock = createMockService(execModel, { enforceQps: false });
      const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-aaaa1111'], Content: b64('x') });
      vi.advanceTimersByTime(3000);
      expect(await statusOf(mock, run['InvocationId'])).toBe('SUCCESS');
    } finally {
      vi.useRealTimers();
    }
  });
});
