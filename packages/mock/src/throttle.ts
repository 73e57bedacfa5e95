// Per-action rate limit: at most `qps` accepted calls in any one-second window (a sliding window, so a burst
// at the end of one second and the start of the next is still limited). Rejected calls do not count.
const WINDOW_MS = 1000;

export interface ActionThrottle {
  /** True when the call may proceed; records it. */
  admit(action: string, qps: number): boolean;
  reset(): void;
}

export function createActionThrottle(now: () => number): ActionThrottle {
  const accepted = new Map<string, number[]>();
  return {
    admit(action, qps) {
      if (!(qps > 0) || !Number.isFinite(qps)) return true;
      const at = now();
      const recent = (accepted.get(action) ?? []).filter((time) => at - time < WINDOW_MS);
      const admitted = recent.length < qps;
      if (admitted) recent.push(at);
      accepted.set(action, recent);
      return admitted;
    },
    reset() {
      accepted.clear();
    },
  };
}
