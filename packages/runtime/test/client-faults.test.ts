import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiClient, RateLimiterRegistry, TimeoutError, TransportError, type ApiClientOptions } from '../src/index.ts';
import { createFakeProtocol, tatService } from './support/fake-protocol.ts';
import { useMswServer } from './support/msw.ts';
import { testCredentials } from './support/secrets.ts';

const server = useMswServer();
const TAT = 'https://tat.tencentcloudapi.com/';
const op = { action: 'DescribeInvocations' };

function client(overrides: Partial<ApiClientOptions> = {}) {
  return new ApiClient({
    protocol: createFakeProtocol(),
    service: tatService,
    credentials: testCredentials,
    rateLimiter: false,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    ...overrides,
  });
}

function counting(respond: () => Response | Promise<Response>) {
  let calls = 0;
  server.use(
    http.post(TAT, () => {
      calls++;
      return respond();
    }),
  );
  return () => calls;
}

describe('unusable answers come back as TransportError', () => {
  it('malformed JSON (not retried)', async () => {
    const calls = counting(() => new HttpResponse('{"Response": {', { status: 200, headers: { 'content-type': 'application/json' } }));
    const error = await client()
      .send(op, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ status: 200, reason: 'Response is not JSON', bodyExcerpt: '{"Response": {', retryable: false });
    expect(calls()).toBe(1);
  });

  it('an HTML error page from a proxy (5xx, retried)', async () => {
    const page = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    const calls = counting(() => new HttpResponse(page, { status: 502, headers: { 'content-type': 'text/html' } }));
    const error = await client()
      .send(op, {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TransportError', status: 502, bodyExcerpt: page, retryable: true });
    expect((error as Error).message).toBe('DescribeInvocations: Response is not JSON (HTTP 502)');
    expect(calls()).toBe(3);
  });

  it.each(['[1,2]', '"text"', 'null', '42'])('valid JSON that is not an object: %s', async (body) => {
    counting(() => new HttpResponse(body, { status: 200 }));
    await expect(client().send(op, {})).rejects.toMatchObject({
      name: 'TransportError',
      reason: 'Response JSON is not an object',
      bodyExcerpt: body,
    });
  });

  it('a connection reset on every attempt', async () => {
    const calls = counting(() => HttpResponse.error());
    const error = await client()
      .send(op, {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TransportError', status: 0, retryable: true });
    expect((error as TransportError).cause).toBeDefined();
    expect(calls()).toBe(3);
  });
});

describe('timeouts', () => {
  it('times an attempt out and retries it', async () => {
    let calls = 0;
    server.use(
      http.post(TAT, async () => {
        if (++calls === 1) await delay('infinite');
        return HttpResponse.json({ Response: { RequestId: 'second' } });
      }),
    );
    await expect(client({ timeoutMs: 30 }).send(op, {})).resolves.toEqual({ RequestId: 'second' });
    expect(calls).toBe(2);
  });

  it('throws a retryable attempt TimeoutError when every attempt times out', async () => {
    counting(() => delay('infinite').then(() => HttpResponse.json({})));
    const error = await client({ timeoutMs: 20 })
      .send(op, {}, { maxAttempts: 2 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'attempt', timeoutMs: 20, action: 'DescribeInvocations', retryable: true });
  });

  it('stops the whole call at totalTimeoutMs', async () => {
    counting(() => delay('infinite').then(() => HttpResponse.json({})));
    const started = Date.now();
    const error = await client({ timeoutMs: 5000 })
      .send(op, {}, { totalTimeoutMs: 60 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError', scope: 'total', timeoutMs: 60, retryable: false });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('caller abort', () => {
  const reason = new Error('caller gave up');

  it('rejects at once with an already-aborted signal, sending nothing', async () => {
    const calls = counting(() => HttpResponse.json({ Response: {} }));
    await expect(client().send(op, {}, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(calls()).toBe(0);
  });

  it('abandons a request in flight', async () => {
    counting(() => delay('infinite').then(() => HttpResponse.json({})));
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 20);
    await expect(client().send(op, {}, { signal: controller.signal })).rejects.toBe(reason);
  });

  it('abandons a backoff sleep', async () => {
    counting(() => new HttpResponse(null, { status: 503 }));
    const controller = new AbortController();
    const slow = client({
      random: () => 1,
      retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 },
      hooks: { onRetry: () => setTimeout(() => controller.abort(reason), 10) },
    });
    const started = Date.now();
    await expect(slow.send(op, {}, { signal: controller.signal })).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('abandons a rate-limiter wait', async () => {
    const calls = counting(() => HttpResponse.json({ Response: {} }));
    const limited = client({ rateLimiter: new RateLimiterRegistry() });
    const slowOp = { action: 'DescribeTask', qps: 1 };
    await limited.send(slowOp, {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 20);
    const started = Date.now();
    await expect(limited.send(slowOp, {}, { signal: controller.signal })).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(500);
    expect(calls()).toBe(1);
  });

  it('abandons a credential provider that hangs', async () => {
    const hanging = client({ credentials: () => new Promise(() => {}) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 20);
    await expect(hanging.send(op, {}, { signal: controller.signal })).rejects.toBe(reason);
  });
});
