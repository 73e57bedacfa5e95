import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiClient, CloudApiError, TransportError, type ApiClientOptions, type RetryEvent } from '../src/index.ts';
import { instantClock } from './support/clocks.ts';
import { createFakeProtocol, ecsService, tatService, type FakeProtocol } from './support/fake-protocol.ts';
import { useMswServer } from './support/msw.ts';
import { testCredentials } from './support/secrets.ts';

const server = useMswServer();
const TAT = 'https://tat.tencentcloudapi.com/';
const op = { action: 'DescribeInvocations' };
const ok = () => HttpResponse.json({ Response: { RequestId: 'ok' } });
const tencentError = (code: string) => HttpResponse.json({ Response: { Error: { Code: code, Message: code }, RequestId: 'e' } });

/** Answers each request with the next responder; the last one repeats. */
function sequence(...responders: Array<() => Response>) {
  let calls = 0;
  const handler = () => responders[Math.min(calls++, responders.length - 1)]!();
  return { handler, calls: () => calls };
}

function setup(overrides: Partial<ApiClientOptions> = {}) {
  const clock = instantClock();
  const retries: RetryEvent[] = [];
  const protocol = (overrides.protocol as FakeProtocol | undefined) ?? createFakeProtocol();
  const client = new ApiClient({
    protocol,
    service: tatService,
    credentials: testCredentials,
    rateLimiter: false,
    clock,
    random: () => 0.5,
    retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 5000 },
    hooks: { onRetry: (event) => retries.push(event) },
    ...overrides,
  });
  return { client, clock, retries, protocol };
}

describe('retries', () => {
  it('retries a connection reset and succeeds', async () => {
    const seq = sequence(() => HttpResponse.error(), ok);
    server.use(http.post(TAT, seq.handler));
    const { client, retries } = setup();
    await expect(client.send(op, {})).resolves.toEqual({ RequestId: 'ok' });
    expect(seq.calls()).toBe(2);
    expect(retries[0]?.error).toBeInstanceOf(TransportError);
    expect(retries[0]?.error).toMatchObject({ status: 0, retryable: true });
  });

  it('backs off exponentially with full jitter, capped', async () => {
    server.use(http.post(TAT, () => new HttpResponse('oops', { status: 500 })));
    const { client, clock } = setup({ retry: { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 500 } });
    await expect(client.send(op, {})).rejects.toBeInstanceOf(TransportError);
    // random 0.5 × min(500, 100·2^(n-1)) for retries 1..5
    expect(clock.sleeps).toEqual([50, 100, 200, 250, 250]);
  });

  it('re-signs every attempt', async () => {
    const seen: string[] = [];
    server.use(
      http.post(TAT, ({ request }) => {
        seen.push(`${request.headers.get('x-fake-timestamp')}/${request.headers.get('x-fake-nonce')}`);
        return seen.length < 3 ? new HttpResponse(null, { status: 502 }) : ok();
      }),
    );
    const { client, protocol } = setup({ random: () => 1, retry: { maxAttempts: 3, baseDelayMs: 2000, maxDelayMs: 10_000 } });
    await client.send(op, {});
    expect(protocol.signed).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    expect(protocol.signed.map((r) => r.date.getTime())).toEqual([1700000000000, 1700000002000, 1700000006000]);
  });

  it('honours Retry-After (seconds) on a 503', async () => {
    const seq = sequence(() => new HttpResponse('busy', { status: 503, headers: { 'Retry-After': '3' } }), ok);
    server.use(http.post(TAT, seq.handler));
    const { client, clock, retries } = setup();
    await client.send(op, {});
    expect(clock.sleeps).toEqual([3000]);
    expect(retries[0]).toMatchObject({ attempt: 1, delayMs: 3000, action: 'DescribeInvocations', provider: 'tencent' });
  });

  it('honours x-acs-retry-after (milliseconds) on Alibaba throttling', async () => {
    const throttled = () =>
      HttpResponse.json({ Code: 'Throttling.User', Message: 'flow control', RequestId: 'r' }, { status: 400, headers: { 'x-acs-retry-after': '1500' } });
    const seq = sequence(throttled, () => HttpResponse.json({ RequestId: 'r2' }));
    server.use(http.post('https://ecs.cn-hangzhou.aliyuncs.com/', seq.handler));
    const { client, clock } = setup({ protocol: createFakeProtocol('aliyun'), service: ecsService, region: 'cn-hangzhou' });
    await expect(client.send(op, {})).resolves.toEqual({ RequestId: 'r2' });
    expect(clock.sleeps).toEqual([1500]);
  });

  it('caps a server-requested wait at maxDelayMs', async () => {
    const seq = sequence(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '600' } }), ok);
    server.use(http.post(TAT, seq.handler));
    const { client, clock } = setup();
    await client.send(op, {});
    expect(clock.sleeps).toEqual([5000]);
  });

  it.each(['RequestLimitExceeded', 'RequestLimitExceeded.UinLimitExceeded', 'InternalError', 'InternalError.Dispatch', 'ServiceUnavailable'])(
    'retries %s',
    async (code) => {
      const seq = sequence(() => tencentError(code), ok);
      server.use(http.post(TAT, seq.handler));
      await setup().client.send(op, {});
      expect(seq.calls()).toBe(2);
    },
  );

  it.each([
    'AuthFailure.SignatureFailure',
    'AuthFailure.SecretIdNotFound',
    'InvalidParameter',
    'InvalidParameterValue.LimitExceeded',
    'MissingParameter',
    'LimitExceeded',
    'UnauthorizedOperation.CamAuthFailed',
  ])('does not retry %s', async (code) => {
    const seq = sequence(() => tencentError(code), ok);
    server.use(http.post(TAT, seq.handler));
    const error = await setup()
      .client.send(op, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudApiError);
    expect(error).toMatchObject({ code, retryable: false });
    expect(seq.calls()).toBe(1);
  });

  it('gives up after maxAttempts with the last error', async () => {
    const seq = sequence(() => tencentError('InternalError'));
    server.use(http.post(TAT, seq.handler));
    const { client } = setup();
    await expect(client.send(op, {}, { maxAttempts: 2 })).rejects.toMatchObject({ code: 'InternalError', retryable: true });
    expect(seq.calls()).toBe(2);
  });

  it('retries a non-idempotent operation only when throttled', async () => {
    const failing = sequence(() => new HttpResponse(null, { status: 500 }), ok);
    server.use(http.post(TAT, failing.handler));
    const { client } = setup();
    await expect(client.send({ action: 'RunCommand', idempotent: false }, {})).rejects.toBeInstanceOf(TransportError);
    expect(failing.calls()).toBe(1);

    const throttled = sequence(() => tencentError('RequestLimitExceeded'), ok);
    server.use(http.post(TAT, throttled.handler));
    await client.send({ action: 'RunCommand', idempotent: false }, {});
    expect(throttled.calls()).toBe(2);
  });

  it('does not start a backoff that would end past the total deadline', async () => {
    const seq = sequence(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '30' } }), ok);
    server.use(http.post(TAT, seq.handler));
    const { client, clock } = setup({ totalTimeoutMs: 20_000, retry: { maxDelayMs: 60_000 } });
    await expect(client.send(op, {})).rejects.toMatchObject({ name: 'TransportError', status: 503 });
    expect(seq.calls()).toBe(1);
    expect(clock.sleeps).toEqual([]);
    expect(clock.timers).toEqual([20_000, 60_000]); // the total and attempt timers
  });
});
