// Each provider's adapter against its in-process mock engine on virtual time: run → wait (the poller sees it
// move) → results (exit code, decoded output) → cancel, and a failing target.
import { describe, expect, it } from 'vitest';
import { UnsupportedOperationError } from '../src/errors.ts';
import { Executor } from '../src/execution.ts';
import type { ExecStatus, ProviderId } from '../src/model.ts';
import { virtualClock } from './support/clock.ts';
import { inProcess } from './support/in-process.ts';

interface Case {
  provider: ProviderId;
  region: string;
  targets: string[];
  zone?: string;
}

const CASES: Case[] = [
  { provider: 'tencent-tat', region: 'ap-guangzhou', targets: ['ins-aaaa0001', 'ins-aaaa0002', 'lhins-bbbb0001'] },
  { provider: 'aliyun-ecs', region: 'cn-hangzhou', targets: ['i-bp1aaaa0001', 'i-bp1aaaa0002'] },
  { provider: 'aliyun-swas', region: 'cn-hangzhou', targets: ['ace0706b2ac4454d984295a942130001', 'ace0706b2ac4454d984295a942130002'] },
  { provider: 'tencent-batch', region: 'ap-guangzhou', targets: ['env-abcd1234'], zone: 'ap-guangzhou-3' },
];

describe.each(CASES)('$provider', ({ provider, region, targets, zone }) => {
  const setup = () => {
    const clock = virtualClock();
    const { adapter, mock } = inProcess(provider, region, clock);
    return { clock, mock, executor: new Executor(adapter, { clock }) };
  };
  const input = (command: string) => ({ provider, region, targets, command, timeout: 60 });
  const options = zone ? { zone } : {};

  it('runs, follows to the end and reads the results', async () => {
    const { executor } = setup();
    const handle = await executor.run(input('echo hello'), options);
    expect(handle.id.startsWith(`${provider}:${region}:`)).toBe(true);
    const seen = new Set<ExecStatus>();
    const result = await executor.wait(handle, { onProgress: (state) => seen.add(state.status) });
    expect(result.finished).toBe(true);
    expect(result.status).toBe('succeeded');
    expect(seen.has('succeeded')).toBe(true);
    expect([...seen].some((status) => status === 'pending' || status === 'running')).toBe(true);
    const collected = [];
    for await (const target of executor.results(handle)) collected.push(target);
    expect(collected.map((target) => target.status)).toEqual(targets.map(() => 'succeeded'));
    for (const target of collected) {
      expect(target.providerStatus).not.toBe('');
      if (provider !== 'tencent-batch') {
        expect(target.exitCode).toBe(0);
        expect(target.output ?? '').not.toBe('');
      }
    }
    const again = await executor.describe(handle.id);
    expect(again.parts.map((part) => part.id)).toEqual(handle.parts.map((part) => part.id));
  });

  it('cancels a running execution where the service can', async () => {
    const { executor, mock, clock } = setup();
    mock.executions.scenario('*', { runMs: 600_000 });
    const handle = await executor.run(input('sleep 600'), options);
    clock.advance(5000);
    if (provider === 'aliyun-swas') {
      await expect(executor.cancel(handle)).rejects.toThrow(UnsupportedOperationError);
      return;
    }
    await executor.cancel(handle);
    const result = await executor.wait(handle, { timeoutMs: 120_000 });
    expect(result.finished).toBe(true);
    // Batch has no cancelled state: TerminateJob ends the instance FAILED.
    expect(result.status).toBe(provider === 'tencent-batch' ? 'failed' : 'cancelled');
  });

  it('reports a failing target with its exit code', async () => {
    const { executor, mock } = setup();
    const [first] = targets;
    // Batch's targets in the mock are the task's instances, not the compute environment: every instance fails.
    mock.executions.scenario(provider === 'tencent-batch' ? '*' : (first as string), { outcome: 'fail', exitCode: 3, output: 'boom' });
    const handle = await executor.run(input('false'), options);
    const result = await executor.wait(handle);
    expect(result.status).toBe('failed');
    const failed = result.targets.find((target) => target.status === 'failed');
    expect(failed?.target).toBe(provider === 'tencent-batch' ? targets[0] : first);
    if (provider !== 'tencent-batch') expect(failed).toMatchObject({ exitCode: 3, output: 'boom' });
  });
});
