// Rate limits, in virtual time shared by the client and the handlers. At the documented QPS the client's
// limiter spaces a burst of 3×QPS calls so the handlers (enforcing the same QPS) never throttle; with the
// limiter off, a burst of 2×QPS is throttled with the provider's code and the client's retry recovers.
// Operations without a documented QPS are n/a: neither side limits a burst.
import { CloudApiError, RateLimiterRegistry } from '@cloudexec/runtime';
import type { OperationModel } from '@cloudexec/runtime/model';
import { expect } from 'vitest';
import { createVirtualClock } from '../support/virtual-clock.ts';
import type { CaseKit } from './case-kit.ts';

const UNLIMITED_BURST = 12;

/** The most timestamps inside any window [t, t + 1000). */
export function maxPerSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! - sorted[i]! < 1000) j++;
    max = Math.max(max, j - i);
  }
  return max;
}

export function registerRateLimitCases(kit: CaseKit, op: OperationModel): void {
  const qps = op.qps;
  if (!(typeof qps === 'number' && qps > 0)) {
    kit.test(op, 'rate-limit', 'rate limit n/a (no documented QPS)', () => checkUnlimited(kit, op), { notApplicable: true });
    return;
  }
  kit.test(op, 'rate-limit', `rate limit ${qps} qps (client limiter)`, () => checkLimiter(kit, op, qps));
  kit.test(op, 'rate-limit', `rate limit ${qps} qps (limiter off, retry recovers)`, () => checkThrottled(kit, op, qps));
}

async function checkLimiter(kit: CaseKit, op: OperationModel, qps: number): Promise<void> {
  const clock = createVirtualClock();
  kit.server.serve({ enforceQps: true, now: clock.now });
  const { client, recorder } = kit.client(op, {
    overrides: { clock, rateLimiter: new RateLimiterRegistry({ clock }), timeoutMs: Infinity, retry: { maxAttempts: 1 } },
  });
  const burst = Math.ceil(qps) * 3;
  const calls = Array.from({ length: burst }, () => kit.target.call(op, client, kit.exampleInput(op)));
  const results = await clock.drive(Promise.allSettled(calls), () => recorder.inFlight() > 0);
  const rejected = results.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason));
  expect(rejected, 'throttled or failed calls').toEqual([]);
  const sentAt = recorder.exchanges.map((exchange) => exchange.sentAt ?? NaN);
  expect(sentAt).toHaveLength(burst);
  expect(maxPerSecond(sentAt)).toBeLessThanOrEqual(qps);
  // 3×QPS calls need two full windows after the first.
  expect(Math.max(...sentAt) - Math.min(...sentAt)).toBeGreaterThanOrEqual(2000);
}

async function checkThrottled(kit: CaseKit, op: OperationModel, qps: number): Promise<void> {
  const clock = createVirtualClock();
  const { model } = kit.target;
  kit.server.serve({ enforceQps: true, now: clock.now });
  const codes: string[] = [];
  const { client, recorder } = kit.client(op, {
    overrides: {
      clock,
      rateLimiter: false,
      timeoutMs: Infinity,
      // One retry a little over a window later, when the handlers admit again.
      retry: { maxAttempts: 3, baseDelayMs: 1100, maxDelayMs: 5000 },
      random: () => 0.99,
      hooks: { onRetry: (event) => codes.push(event.error instanceof CloudApiError ? event.error.code : event.error.name) },
    },
  });
  const burst = Math.ceil(qps) * 2;
  const calls = Array.from({ length: burst }, () => kit.target.call(op, client, kit.exampleInput(op)));
  const results = await clock.drive(Promise.allSettled(calls), () => recorder.inFlight() > 0);
  expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
  expect(codes).toEqual(Array.from({ length: burst - Math.floor(qps) }, () => model.common.throttlingCode));
  expect(recorder.exchanges).toHaveLength(burst + codes.length);
}

async function checkUnlimited(kit: CaseKit, op: OperationModel): Promise<void> {
  expect([0, null]).toContain(op.qps);
  kit.server.serve({ enforceQps: true });
  const { client, recorder } = kit.client(op, { overrides: { rateLimiter: new RateLimiterRegistry(), retry: { maxAttempts: 1 } } });
  await Promise.all(Array.from({ length: UNLIMITED_BURST }, () => kit.target.call(op, client, kit.exampleInput(op))));
  expect(recorder.exchanges).toHaveLength(UNLIMITED_BURST);
}
