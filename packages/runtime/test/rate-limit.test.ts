import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, RateLimiter, RateLimiterRegistry, tencentProtocol, type ApiClientOptions, type Protocol, type Transport } from '../src/index.ts';
import { createFakeProtocol, tatService } from './support/fake-protocol.ts';
import { useMswServer } from './support/msw.ts';
import { testCredentials } from './support/secrets.ts';

const server = useMswServer();
const T0 = Date.UTC(2024, 0, 1);

function useFakeTime() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: T0 });
}
afterEach(() => {
  vi.useRealTimers();
});

/** Settles `promise` under fake timers, jumping virtual time to the next timer whenever work is idle. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  let done = false;
  const tracked = promise.finally(() => {
    done = true;
  });
  while (!done) {
    for (let turn = 0; turn < 20 && !done; turn++) await new Promise((resolve) => setImmediate(resolve));
    if (!done) await vi.advanceTimersToNextTimerAsync();
  }
  return tracked;
}

/** The largest number of times within any window [t, t + windowMs). */
function maxInWindow(times: number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j < sorted.length && sorted[j]! - sorted[i]! < windowMs) j++;
    max = Math.max(max, j - i);
  }
  return max;
}

describe('RateLimiter', () => {
  /** Acquires, records the grant time, holds the token for `holdMs` of virtual time, releases. */
  function use(limiter: RateLimiter, grants: number[], holdMs = 0, signal?: AbortSignal) {
    return limiter.acquire(signal).then(async (release) => {
      grants.push(Date.now() - T0);
      if (holdMs) await new Promise((resolve) => setTimeout(resolve, holdMs));
      release();
    });
  }

  it('grants at most qps per one-second window; 3×qps take two seconds', async () => {
    useFakeTime();
    const limiter = new RateLimiter(5);
    const grants: number[] = [];
    await settle(Promise.all(Array.from({ length: 15 }, () => use(limiter, grants))));
    expect(grants).toEqual([0, 0, 0, 0, 0, 1000, 1000, 1000, 1000, 1000, 2000, 2000, 2000, 2000, 2000]);
    expect(maxInWindow(grants)).toBe(5);
  });

  it('counts the window from when a request finished, so latency cannot bunch arrivals', async () => {
    useFakeTime();
    const limiter = new RateLimiter(2);
    const grants: number[] = [];
    // The first two requests take 300 ms; their tokens come back at 1300.
    await settle(Promise.all([use(limiter, grants, 300), use(limiter, grants, 300), use(limiter, grants), use(limiter, grants)]));
    expect(grants).toEqual([0, 0, 1300, 1300]);
  });

  it('spaces fractional rates: 0.5 qps is one call every two seconds', async () => {
    useFakeTime();
    const limiter = new RateLimiter(0.5);
    const grants: number[] = [];
    await settle(Promise.all([1, 2, 3].map(() => use(limiter, grants))));
    expect(grants).toEqual([0, 2000, 4000]);
  });

  it('an aborted waiter leaves the queue and the next one takes its turn', async () => {
    useFakeTime();
    const limiter = new RateLimiter(1);
    const grants: number[] = [];
    await use(limiter, grants);
    const controller = new AbortController();
    const aborted = use(limiter, grants, 0, controller.signal);
    const next = use(limiter, grants);
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    await settle(next);
    expect(grants).toEqual([0, 1000]);
  });

  it('a second call of a release does not free a token someone else now holds', async () => {
    useFakeTime();
    const limiter = new RateLimiter(1);
    const releaseFirst = await limiter.acquire();
    releaseFirst();
    const grants: number[] = [];
    const second = limiter.acquire().then(async (release) => {
      grants.push(Date.now() - T0);
      releaseFirst(); // stale
      await new Promise((resolve) => setTimeout(resolve, 500));
      release();
    });
    await settle(Promise.all([second, use(limiter, grants)]));
    expect(grants).toEqual([1000, 2500]);
  });

  it('rejects a nonsensical qps', () => {
    expect(() => new RateLimiter(0)).toThrow(RangeError);
  });
});

/** A protocol with no real async work, so virtual time is the only thing that moves. */
const instantProtocol: Protocol = {
  ...tencentProtocol,
  sign: async (request) => ({ method: 'POST', url: `https://${request.host}/`, headers: { 'x-action': request.action }, body: '{}' }),
  parse: (_status, _headers, body) => {
    const error = (JSON.parse(body) as { Error?: string }).Error;
    return error ? { kind: 'api-error', code: error, message: error, httpStatus: 200 } : { kind: 'ok', data: {} };
  },
};

/** An in-memory service that throttles like the real ones: over `qps` calls in any one-second window fail. */
function throttlingTransport(qps: number) {
  const accepted: Array<{ action: string; at: number }> = [];
  let throttled = 0;
  const transport: Transport = async (request) => {
    const action = request.headers['x-action']!;
    const now = Date.now() - T0;
    const recent = accepted.filter((a) => a.action === action && now - a.at < 1000);
    if (recent.length >= qps) {
      throttled++;
      return { status: 200, headers: new Headers(), bodyText: '{"Error":"RequestLimitExceeded"}' };
    }
    accepted.push({ action, at: now });
    return { status: 200, headers: new Headers(), bodyText: '{}' };
  };
  return { transport, times: () => accepted.map((a) => a.at), throttled: () => throttled };
}

function client(overrides: Partial<ApiClientOptions> = {}) {
  return new ApiClient({
    protocol: instantProtocol,
    service: tatService,
    credentials: testCredentials,
    retry: { maxAttempts: 1 },
    ...overrides,
  });
}

describe('client rate limiting (virtual time)', () => {
  it('a burst of 3×QPS calls completes unthrottled in about the time the QPS allows', async () => {
    useFakeTime();
    const stub = throttlingTransport(20);
    const tat = client({ transport: stub.transport });
    const op = { action: 'DescribeInvocations', qps: 20 };
    await settle(Promise.all(Array.from({ length: 60 }, () => tat.send(op, {}))));
    expect(stub.throttled()).toBe(0);
    expect(stub.times()).toHaveLength(60);
    expect(Math.max(...stub.times())).toBe(2000); // two refills of one window each
  });

  it('without the limiter the same burst is throttled', async () => {
    useFakeTime();
    const stub = throttlingTransport(20);
    const tat = client({ transport: stub.transport, rateLimiter: false });
    const results = await settle(Promise.allSettled(Array.from({ length: 60 }, () => tat.send({ action: 'DescribeInvocations', qps: 20 }, {}))));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(40);
    expect(stub.throttled()).toBe(40);
  });

  it('a shared registry gives several clients one budget; separate ones do not', async () => {
    useFakeTime();
    const op = { action: 'DescribeInvocations', qps: 2 };
    const shared = throttlingTransport(2);
    const registry = new RateLimiterRegistry();
    const [a, b] = [client({ transport: shared.transport, rateLimiter: registry }), client({ transport: shared.transport, rateLimiter: registry })];
    await settle(Promise.all([a, b, a, b, a, b].map((c) => c.send(op, {}))));
    expect(shared.throttled()).toBe(0);
    expect(shared.times()).toEqual([0, 0, 1000, 1000, 2000, 2000]);

    const separate = throttlingTransport(2);
    const [c, d] = [client({ transport: separate.transport }), client({ transport: separate.transport })];
    const results = await settle(Promise.allSettled([c, d, c, d].map((x) => x.send(op, {}))));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(2);
  });

  it('limits each action separately', async () => {
    useFakeTime();
    const stub = throttlingTransport(1);
    const tat = client({ transport: stub.transport, rateLimiter: new RateLimiterRegistry() });
    await settle(Promise.all(['A', 'B', 'A', 'B'].map((action) => tat.send({ action, qps: 1 }, {}))));
    expect(stub.throttled()).toBe(0);
    expect(stub.times()).toEqual([0, 0, 1000, 1000]);
  });
});

describe('client rate limiting (real time, MSW)', () => {
  it('3×QPS calls through fetch and MSW arrive unthrottled in about two seconds', async () => {
    const qps = 10;
    const arrivals: number[] = [];
    let throttled = 0;
    server.use(
      http.post('https://tat.tencentcloudapi.com/', () => {
        const now = performance.now();
        if (arrivals.filter((t) => now - t < 1000).length >= qps) {
          throttled++;
          return HttpResponse.json({ Response: { Error: { Code: 'RequestLimitExceeded', Message: 'slow down' }, RequestId: 'x' } });
        }
        arrivals.push(now);
        return HttpResponse.json({ Response: { RequestId: 'ok' } });
      }),
    );
    const tat = client({ protocol: createFakeProtocol() });
    await Promise.all(Array.from({ length: 3 * qps }, () => tat.send({ action: 'DescribeInvocations', qps }, {})));
    expect(throttled).toBe(0);
    const elapsed = Math.max(...arrivals) - Math.min(...arrivals);
    expect(elapsed).toBeGreaterThanOrEqual(2000);
    expect(elapsed).toBeLessThan(2600);
  });
});
