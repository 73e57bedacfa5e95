// Waiters end at their deadline even with a poll in flight, and refuse timing options that cannot work.
import { describe, expect, it, vi } from 'vitest';
import { ConfigurationError, TimeoutError, waitFor } from '../src/index.ts';

const pending = () => 'pending' as const;

describe('waitFor deadline', () => {
  it('aborts the poll in flight at the deadline and returns the last complete result', async () => {
    const signals: Array<AbortSignal | undefined> = [];
    let n = 0;
    const poll = vi.fn((signal: AbortSignal | undefined) => {
      signals.push(signal);
      return ++n === 1 ? Promise.resolve({ n }) : new Promise<{ n: number }>(() => {});
    });
    const started = Date.now();
    const result = await waitFor({ poll, check: pending, timeoutMs: 150, minDelayMs: 20 });
    expect(Date.now() - started).toBeLessThan(150 + 20 + 1000); // the second poll never answers; slack for loaded machines
    expect(result).toEqual({ state: 'timeout', result: { n: 1 }, attempts: 1 });
    expect(signals[1]?.aborted).toBe(true);
    expect(signals[1]?.reason).toBeInstanceOf(TimeoutError);
  });

  it('throws a TimeoutError when not even the first poll completes', async () => {
    const error = await waitFor({ poll: () => new Promise(() => {}), check: pending, timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'total', timeoutMs: 50 });
  });

  it('still lets a poll error through before the deadline', async () => {
    await expect(waitFor({ poll: () => Promise.reject(new Error('NotFound')), check: pending, timeoutMs: 1000 })).rejects.toThrow('NotFound');
  });
});

describe('waitFor timing options', () => {
  it.each([
    ['timeoutMs', Number.NaN],
    ['timeoutMs', -1],
    ['timeoutMs', 0],
    ['timeoutMs', Infinity],
    ['minDelayMs', 0],
    ['minDelayMs', -5],
    ['maxDelayMs', Number.NaN],
  ] as const)('%s: %s is refused, naming the option and the value', async (option, value) => {
    const poll = vi.fn(async () => ({}));
    const error = await waitFor({ poll, check: pending, timeoutMs: 1000, [option]: value }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(`Waiter option ${option} must be a finite number of milliseconds greater than 0 (got ${String(value)})`);
    expect(poll).not.toHaveBeenCalled();
  });

  it('refuses maxDelayMs below minDelayMs', async () => {
    await expect(waitFor({ poll: async () => ({}), check: pending, timeoutMs: 1000, minDelayMs: 500, maxDelayMs: 100 })).rejects.toThrow(
      'Waiter option maxDelayMs must not be less than minDelayMs (got 100 < 500)',
    );
  });
});
