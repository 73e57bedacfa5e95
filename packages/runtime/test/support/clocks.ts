// Virtual time for client tests. Sleeps shorter than `holdFrom` advance `now` by
// their length and resolve on the next macrotask (so real I/O such as MSW interleaves); longer ones are
// timers (attempt/total timeouts) that stay pending until aborted, so they never race the I/O. `timer`
// callbacks (what systemClock uses for timeouts) fire when virtual time passes their due time.
import type { Clock } from '../../src/index.ts';

export interface InstantClock extends Clock {
  /** Sleeps that elapsed (backoff, waits), in order. */
  readonly sleeps: number[];
  /** Sleeps held as timers (at least `holdFrom`), and every `timer` set. */
  readonly timers: number[];
  timer(ms: number, fn: () => void): () => void;
}

export function instantClock(options: { holdFrom?: number; start?: number } = {}): InstantClock {
  const holdFrom = options.holdFrom ?? 10_000;
  let now = options.start ?? Date.UTC(2023, 10, 14, 22, 13, 20);
  const sleeps: number[] = [];
  const timers: number[] = [];
  const due = new Set<{ at: number; fn: () => void }>();
  const advance = (ms: number) => {
    now += ms;
    for (const entry of due) {
      if (entry.at > now) continue;
      due.delete(entry);
      entry.fn();
    }
  };
  return {
    sleeps,
    timers,
    now: () => now,
    timer(ms, fn) {
      timers.push(ms);
      const entry = { at: now + ms, fn };
      due.add(entry);
      return () => due.delete(entry);
    },
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
                advance(ms);
                resolve();
              }, 0);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
