import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_WAITER_TIMEOUT_MS, statusWaitState, waitFor, waitForStatus } from '../src/index.ts';
import { instantClock } from './support/clocks.ts';

type Status = { InvocationStatus: string };

function statuses(...values: string[]) {
  let i = 0;
  return vi.fn(async (): Promise<Status> => ({ InvocationStatus: values[Math.min(i++, values.length - 1)]! }));
}

const check = (s: Status) => (s.InvocationStatus === 'SUCCESS' ? 'success' : s.InvocationStatus === 'FAILED' ? 'failure' : 'pending');

describe('waitFor', () => {
  it('polls with exponential backoff until success', async () => {
    const clock = instantClock({ holdFrom: Infinity });
    const poll = statuses('PENDING', 'RUNNING', 'RUNNING', 'RUNNING', 'SUCCESS');
    const result = await waitFor({ poll, check, timeoutMs: 60_000, minDelayMs: 500, maxDelayMs: 3000, clock });
    expect(result).toEqual({ state: 'success', result: { InvocationStatus: 'SUCCESS' }, attempts: 5 });
    expect(clock.sleeps).toEqual([500, 1000, 2000, 3000]);
  });

  it('reports a failure state', async () => {
    const result = await waitFor({ poll: statuses('RUNNING', 'FAILED'), check, timeoutMs: 60_000, clock: instantClock({ holdFrom: Infinity }) });
    expect(result).toMatchObject({ state: 'failure', attempts: 2 });
  });

  it('times out with the last result, never sleeping past the deadline', async () => {
    const clock = instantClock({ holdFrom: Infinity });
    const result = await waitFor({ poll: statuses('RUNNING'), check, timeoutMs: 5000, minDelayMs: 1000, maxDelayMs: 10_000, clock });
    expect(result).toEqual({ state: 'timeout', result: { InvocationStatus: 'RUNNING' }, attempts: 4 });
    expect(clock.sleeps).toEqual([1000, 2000, 2000]);
  });

  it('stops when the signal aborts during a sleep, and hands poll a signal that follows the caller', async () => {
    const controller = new AbortController();
    const seen: AbortSignal[] = [];
    const poll = vi.fn(async (signal: AbortSignal | undefined) => {
      seen.push(signal!);
      setTimeout(() => controller.abort(new Error('cancelled')), 5);
      return { InvocationStatus: 'RUNNING' };
    });
    await expect(waitFor({ poll, check, timeoutMs: 60_000, minDelayMs: 30_000, signal: controller.signal })).rejects.toThrow('cancelled');
    expect(poll).toHaveBeenCalledTimes(1);
    expect(seen[0]?.aborted).toBe(true);
    expect(seen[0]?.reason).toEqual(new Error('cancelled'));
  });

  it('lets poll errors propagate', async () => {
    const poll = vi.fn(async () => {
      throw new Error('ResourceNotFound');
    });
    await expect(waitFor({ poll, check, timeoutMs: 1000 })).rejects.toThrow('ResourceNotFound');
  });
});

describe('statusWaitState', () => {
  const success = ['SUCCESS'];
  const failure = ['FAILED', 'TIMEOUT'];
  it.each([
    { statuses: ['SUCCESS', 'SUCCESS'], want: 'success' },
    { statuses: ['SUCCESS', 'RUNNING'], want: 'pending' },
    { statuses: ['RUNNING', 'TIMEOUT'], want: 'failure' },
    { statuses: [], want: 'pending' },
    { statuses: [undefined, 'SUCCESS'], want: 'pending' },
    { statuses: [null], want: 'pending' },
  ])('$statuses → $want', ({ statuses, want }) => {
    expect(statusWaitState(statuses, success, failure)).toBe(want);
  });
});

describe('waitForStatus', () => {
  it('classifies each poll by the statuses it lists and defaults the timeout', async () => {
    const clock = instantClock({ holdFrom: Infinity });
    const poll = statuses('RUNNING', 'SUCCESS');
    const result = await waitForStatus({ poll, statusesOf: (s) => [s.InvocationStatus], success: ['SUCCESS'], failure: ['FAILED'], minDelayMs: 10, clock });
    expect(result).toEqual({ state: 'success', result: { InvocationStatus: 'SUCCESS' }, attempts: 2 });
    expect(clock.sleeps).toEqual([10]);
  });

  it('times out after the default five minutes when nothing ends', async () => {
    const clock = instantClock({ holdFrom: Infinity });
    const result = await waitForStatus({ poll: statuses('RUNNING'), statusesOf: (s) => [s.InvocationStatus], success: ['SUCCESS'], failure: [], clock });
    expect(result.state).toBe('timeout');
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(DEFAULT_WAITER_TIMEOUT_MS);
  });
});
