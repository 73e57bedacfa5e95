import { describe, expect, it, vi } from 'vitest';
import { waitFor } from '../src/index.ts';
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

  it('stops when the signal aborts during a sleep and passes the signal to poll', async () => {
    const controller = new AbortController();
    const poll = vi.fn(async (signal: AbortSignal | undefined) => {
      expect(signal).toBe(controller.signal);
      setTimeout(() => controller.abort(new Error('cancelled')), 5);
      return { InvocationStatus: 'RUNNING' };
    });
    await expect(waitFor({ poll, check, timeoutMs: 60_000, minDelayMs: 30_000, signal: controller.signal })).rejects.toThrow('cancelled');
    expect(poll).toHaveBeenCalledTimes(1);
  });

  it('lets poll errors propagate', async () => {
    const poll = vi.fn(async () => {
      throw new Error('ResourceNotFound');
    });
    await expect(waitFor({ poll, check, timeoutMs: 1000 })).rejects.toThrow('ResourceNotFound');
  });
});
