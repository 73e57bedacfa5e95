// Virtual time shared by a client (rate limiter, backoff) and a mock (throttle window, signature time), so
// rate-limit cases run in milliseconds. Time only moves when no request is in flight: real I/O (MSW) settles
// first, then the clock jumps to the next timer. The client's attempt timeouts must be off (`timeoutMs:
// Infinity`), or a jump could fire them.
import type { Clock } from '@cloudexec/runtime';

interface Timer {
  at: number;
  resolve: () => void;
}

export interface VirtualClock extends Clock {
  /** Runs `work` to completion, advancing time whenever `busy()` is false and work is waiting on a timer. */
  drive<T>(work: Promise<T>, busy: () => boolean): Promise<T>;
}

const IDLE_TURNS = 8;
const REAL_TIME_LIMIT_MS = 10_000;

export function createVirtualClock(start = Date.UTC(2024, 0, 1)): VirtualClock {
  let now = start;
  const timers: Timer[] = [];

  const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer: Timer = {
        at: now + Math.max(0, ms),
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        timers.splice(timers.indexOf(timer), 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      timers.push(timer);
    });

  const advance = (): boolean => {
    if (timers.length === 0) return false;
    const next = Math.min(...timers.map((timer) => timer.at));
    now = Math.max(now, next);
    const due = timers.filter((timer) => timer.at <= now);
    for (const timer of due) timers.splice(timers.indexOf(timer), 1);
    for (const timer of due) timer.resolve();
    return true;
  };

  return {
    now: () => now,
    sleep,
    async drive(work, busy) {
      let settled = false;
      const tracked = work.finally(() => {
        settled = true;
      });
      tracked.catch(() => {});
      const deadline = performance.now() + REAL_TIME_LIMIT_MS;
      while (!settled) {
        for (let turn = 0; turn < IDLE_TURNS && !settled; turn++) await new Promise((resolve) => setImmediate(resolve));
        if (settled) break;
        if (performance.now() > deadline) throw new Error('virtual clock: work did not settle within 10 s of real time');
        if (!busy() && !advance()) await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return tracked;
    },
  };
}
