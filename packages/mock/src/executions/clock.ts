// The engine's simulated clock: a base clock (the mock's `now`, wall time times a speed factor in the standalone
// server, or Date.now under fake timers) plus whatever `advance(ms)` added. Phases are computed from it on each
// call, so nothing here needs a timer.
export interface SimClock {
  now(): number;
  advance(ms: number): void;
  reset(): void;
}

export function createSimClock(base: () => number = Date.now): SimClock {
  let offset = 0;
  return {
    now: () => base() + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance(ms) takes a finite, non-negative number, not ${String(ms)}`);
      offset += ms;
    },
    reset() {
      offset = 0;
    },
  };
}

/** Wall time from `start` running `speed` times faster (the standalone server's `--speed`). */
export function spedUpClock(speed: number, wall: () => number = Date.now): () => number {
  const start = wall();
  return () => start + (wall() - start) * speed;
}
