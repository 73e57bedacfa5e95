// The engine on a fake service and virtual time: splitting and pacing, following as one, results, cancel,
// describe, and the start failure path.
import { describe, expect, it } from 'vitest';
import { UnsupportedOperationError } from '../src/errors.ts';
import { Executor } from '../src/execution.ts';
import type { ExecutionState } from '../src/model.ts';
import { virtualClock } from './support/clock.ts';
import { fakeAdapter } from './support/fake-adapter.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('Executor', () => {
  it('splits a 450-instance TAT fleet into runs of 200 and follows them to one succeeded result', async () => {
    const clock = virtualClock();
    const adapter = fakeAdapter('tencent-tat', clock);
    const executor = new Executor(adapter, { clock });
    const handle = await executor.run({ provider: 'tencent-tat', region: 'ap-guangzhou', targets: ids('ins-', 450), command: 'uptime' });
    expect(handle.parts.map((part) => part.targets.length)).toEqual([200, 200, 50]);
    expect(handle.id).toBe('tencent-tat:ap-guangzhou:run-0+run-1+run-2');
    const seen: ExecutionState[] = [];
    const result = await executor.wait(handle, { onProgress: (state) => seen.push(state) });
    expect(result.finished).toBe(true);
    expect(result.status).toBe('succeeded');
    expect(result.counts.succeeded).toBe(450);
    expect(result.targets[449]).toMatchObject({ target: 'ins-449', executionId: 'run-2', exitCode: 0, output: 'ran uptime on ins-449\n' });
    // The poller saw it queued and running before the end.
    expect(seen.map((state) => state.status)).toEqual(expect.arrayContaining(['pending', 'running', 'succeeded']));
  });

  it('starts ECS runs no faster than the pacing rate', async () => {
    const clock = virtualClock();
    const adapter = fakeAdapter('aliyun-ecs', clock);
    const executor = new Executor(adapter, { clock });
    await executor.run({ provider: 'aliyun-ecs', region: 'cn-hangzhou', targets: ids('i-', 2500), command: 'uptime' });
    const starts = adapter.calls.filter((call) => call.action === 'start');
    expect(starts).toHaveLength(25);
    expect(starts.every((call) => (call.targets?.length ?? 0) <= 100)).toBe(true);
    // No one-second window holds more than 10 starts.
    for (const call of starts) {
      expect(starts.filter((other) => other.at >= call.at && other.at < call.at + 1000).length).toBeLessThanOrEqual(10);
    }
  });

  it('reports failures and time-outs per target and rolls the execution up as failed', async () => {
    const clock = virtualClock();
    const adapter = fakeAdapter('aliyun-ecs', clock, {
      endings: { 'i-1': { status: 'failed', exitCode: 2, output: 'boom' }, 'i-2': { status: 'timed-out' } },
    });
    const executor = new Executor(adapter, { clock });
    const handle = await executor.run({ provider: 'aliyun-ecs', region: 'cn-hangzhou', targets: ids('i-', 3), command: 'x' });
    const result = await executor.wait(handle);
    expect(result.status).toBe('failed');
    expect(result.counts).toMatchObject({ succeeded: 1, failed: 1, 'timed-out': 1 });
    const collected = [];
    for await (const target of executor.results(handle)) collected.push(target);
    expect(collected.map((target) => [target.target, target.status, target.exitCode])).toEqual([
      ['i-0', 'succeeded', 0],
      ['i-1', 'failed', 2],
      ['i-2', 'timed-out', undefined],
    ]);
  });

  it('cancels a running execution on every part, in calls within the cancel limit', async () => {
    const clock = virtualClock();
    const adapter = fakeAdapter('tencent-tat', clock, { runningMs: 60_000 });
    const executor = new Executor(adapter, { clock });
    const handle = await executor.run({ provider: 'tencent-tat', region: 'ap-guangzhou', targets: ids('ins-', 250), command: 'sleep 60' });
    clock.advance(1500);
    await executor.cancel(handle);
    const cancels = adapter.calls.filter((call) => call.action === 'cancel');
    // A 200-instance run is stopped in two calls of 100 (the CancelInvocation limit); the 50-instance run in one
    // call without a list, which the service reads as every instance of the invocation.
    expect(cancels.map((call) => call.targets?.length)).toEqual([100, 100, undefined]);
    const state = await executor.poll(handle);
    expect(state.status).toBe('cancelled');
    await executor.cancel(handle, { targets: ['ins-3'] });
    expect(adapter.calls.at(-1)).toMatchObject({ action: 'cancel', targets: ['ins-3'] });
  });

  it('says SWAS cannot cancel', async () => {
    const clock = virtualClock();
    const executor = new Executor(fakeAdapter('aliyun-swas', clock), { clock });
    const handle = await executor.run({ provider: 'aliyun-swas', region: 'cn-hangzhou', targets: ['s1', 's2'], command: 'x' });
    expect(handle.parts).toHaveLength(2);
    await expect(executor.cancel(handle)).rejects.toThrow(UnsupportedOperationError);
  });

  it('rebuilds a handle from its id', async () => {
    const clock = virtualClock();
    const adapter = fakeAdapter('tencent-tat', clock);
    const executor = new Executor(adapter, { clock });
    const handle = await executor.run({ provider: 'tencent-tat', region: 'ap-guangzhou', targets: ids('ins-', 201), command: 'x' });
    const again = await executor.describe(handle.id);
    expect(again).toEqual(handle);
    await expect(executor.describe('aliyun-ecs:cn-hangzhou:t-1')).rejects.toThrow(/aliyun-ecs execution, not tencent-tat/);
    await expect(executor.describe('run-0')).rejects.toThrow(/region is needed/);
  });

  it('cancels the runs already started when a later start is refused', async () => {
    const clock = virtualClock();
    const adapter = fakeAdapter('aliyun-ecs', clock, { failStartAt: 2 });
    const executor = new Executor(adapter, { clock });
    await expect(executor.run({ provider: 'aliyun-ecs', region: 'cn-hangzhou', targets: ids('i-', 300), command: 'x' })).rejects.toThrow('refused');
    expect(adapter.calls.filter((call) => call.action === 'cancel')).toHaveLength(2);
  });

  it('ends the wait on its timeout with the last state, unfinished', async () => {
    const clock = virtualClock();
    const executor = new Executor(fakeAdapter('tencent-tat', clock, { runningMs: 600_000 }), { clock });
    const handle = await executor.run({ provider: 'tencent-tat', region: 'ap-guangzhou', targets: ['ins-1'], command: 'x' });
    const result = await executor.wait(handle, { timeoutMs: 30_000 });
    expect(result.finished).toBe(false);
    expect(result.status).toBe('running');
  });
});
