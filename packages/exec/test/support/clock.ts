// Virtual time: a sleep moves `now` forward by its length and resolves on the next macrotask, so a wait of
// minutes costs nothing and polls still interleave with other promises.
import type { Clock } from '@cloudexec/runtime';

export interface VirtualClock extends Clock {
  advance(ms: number): void;
}

export function virtualClock(start = Date.UTC(2026, 11, 4, 12, 0, 0)): VirtualClock {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          now += ms;
          resolve();
        }, 0);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
