import { describe, expect, it } from 'vitest';
import { timeoutSignal } from '../src/abort.ts';
import { systemClock, type Clock } from '../src/clock.ts';

const sleepOnly: Clock = { now: systemClock.now, sleep: systemClock.sleep };

describe.each([
  ['a clock with timer()', systemClock],
  ['a clock with only sleep()', sleepOnly],
])('timeoutSignal on %s', (_name, clock) => {
  it('aborts with the given reason after the delay', async () => {
    const { signal } = timeoutSignal(clock, 5, () => new Error('too slow'));
    expect(signal?.aborted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(signal?.aborted).toBe(true);
    expect((signal?.reason as Error).message).toBe('too slow');
  });

  it('never aborts once disposed', async () => {
    const { signal, dispose } = timeoutSignal(clock, 5, () => new Error('too slow'));
    dispose();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(signal?.aborted).toBe(false);
  });

  it('gives no signal without a finite timeout', () => {
    expect(timeoutSignal(clock, undefined, () => 'x').signal).toBeUndefined();
    expect(timeoutSignal(clock, Infinity, () => 'x').signal).toBeUndefined();
  });
});
