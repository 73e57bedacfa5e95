// Virtual time for client tests. Sleeps shorter than `holdFrom` advance `now` by
// their length and resolve on the next macrotask (so real I/O such as MSW interleaves); longer ones are
// timers (attempt/total timeouts) that stay pending until aborted, so they never race the I/O.
import type { Clock } from '../../src/index.ts';

export interface InstantClock extends Clock {
  /** Sleeps that elapsed (backoff, waits), in order. */
  readonly sleeps: number[];
  /** Sleeps held as timers (at least `holdFrom`). */
  readonly timers: number[];
}

export function instantClock(options: { holdFrom?: number; start?: number } = {}): InstantClock {
  const holdFrom = options.holdFrom ?? 10_000;
  let now = options.start ?? Date.UTC(2023, 10, 14, 22, 13, 20);
  const sleeps: number[] = [];
  const timers: number[] = [];
  return {
    sleeps,
    timers,
    now: () => now,
    sleep(ms, signal) {
      (ms >= holdFrom ? timers : sleeps).push(ms);
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        const timer =
          ms >= holdFrom
            ? undefined
            : setTimeout(() => {
                signal?.removeEventListener('abort', onAbort);
                now += ms;
                resolve();
              }, 0);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
