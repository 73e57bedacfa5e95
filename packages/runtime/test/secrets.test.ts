// No output of a client — hook payloads, errors, the client object itself — contains the secret key, the
// session token or the Authorization value, however it is rendered.
import { inspect } from 'node:util';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, redactRequest, type ApiClientOptions } from '../src/index.ts';
import { createFakeProtocol, tatService } from './support/fake-protocol.ts';
import { useMswServer } from './support/msw.ts';
import { SECRET_KEY, SESSION_TOKEN, testCredentials } from './support/secrets.ts';

const server = useMswServer();
const TAT = 'https://tat.tencentcloudapi.com/';

afterEach(() => {
  vi.unstubAllEnvs();
});

function renderings(value: unknown): string[] {
  return [
    JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? { ...v, message: v.message, stack: v.stack, cause: v.cause } : v)),
    String(value),
    inspect(value, { depth: Infinity, showHidden: true }),
    inspect(value, { depth: Infinity, customInspect: false }),
  ];
}

function expectNoSecrets(value: unknown) {
  for (const text of renderings(value)) {
    expect(text).not.toContain(SECRET_KEY);
    expect(text).not.toContain(SESSION_TOKEN);
    expect(text).not.toContain(encodeURIComponent(SESSION_TOKEN));
    expect(text).not.toMatch(/FAKE Credential=/);
    expect(text).not.toMatch(/Signature=[0-9a-f]{16}/);
  }
}

function recordingClient(overrides: Partial<ApiClientOptions> = {}) {
  const events: unknown[] = [];
  const client = new ApiClient({
    protocol: createFakeProtocol(),
    service: tatService,
    credentials: testCredentials,
    rateLimiter: false,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
    hooks: {
      onRequest: (e) => events.push(e),
      onResponse: (e) => events.push(e),
      onRetry: (e) => events.push(e),
    },
    ...overrides,
  });
  return { client, events };
}

describe('secrets stay out of every output', () => {
  it('hook payloads redact Authorization, header tokens and query signatures/tokens', async () => {
    server.use(
      http.post(TAT, () => HttpResponse.json({ Response: { RequestId: 'r' } }, { headers: { 'set-cookie': 'session=abc' } })),
      http.get(TAT, () => HttpResponse.json({ Response: { RequestId: 'r' } })),
    );
    const { client, events } = recordingClient();
    await client.send({ action: 'DescribeInvocations' }, { Limit: 1 });
    await client.send({ action: 'DescribeTask', method: 'GET' }, { JobId: 'job-1' });
    expect(events).toHaveLength(4);
    expect(events[0]).toMatchObject({ request: { headers: { authorization: '[REDACTED]', 'x-tc-token': '[REDACTED]' } } });
    const getUrl = new URL((events[2] as { request: { url: string } }).request.url);
    expect(getUrl.searchParams.get('Signature')).toBe('[REDACTED]');
    expect(getUrl.searchParams.get('SecurityToken')).toBe('[REDACTED]');
    expect(getUrl.searchParams.get('JobId')).toBe('job-1');
    expectNoSecrets(events);
  });

  it('errors scrub secrets the server echoes, and retry events carry those scrubbed errors', async () => {
    let calls = 0;
    server.use(
      http.post(TAT, () =>
        ++calls === 1
          ? HttpResponse.json({ Response: { Error: { Code: 'InternalError', Message: `token ${SESSION_TOKEN} rejected` }, RequestId: 'r' } })
          : HttpResponse.json({ Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: `expected key ${SECRET_KEY}` }, RequestId: 'r' } }),
      ),
    );
    const { client, events } = recordingClient();
    const error = await client.send({ action: 'DescribeInvocations' }, {}).catch((e: unknown) => e);
    expect((error as Error).message).toContain('expected key [REDACTED]');
    expectNoSecrets(error);
    expectNoSecrets(events);
  });

  it('transport errors carry no secret in message, excerpt or cause', async () => {
    server.use(http.post(TAT, () => HttpResponse.error()));
    const { client, events } = recordingClient();
    const network = await client.send({ action: 'DescribeInvocations' }, {}).catch((e: unknown) => e);
    expectNoSecrets(network);

    server.use(http.post(TAT, () => new HttpResponse(`<html>bad token ${SESSION_TOKEN}</html>`, { status: 502 })));
    const page = await client.send({ action: 'DescribeInvocations' }, {}).catch((e: unknown) => e);
    expect(page).toMatchObject({ bodyExcerpt: '<html>bad token [REDACTED]</html>' });
    expectNoSecrets(page);
    expectNoSecrets(events);
  });

  it('the client object does not reveal explicit, environment or provider credentials', async () => {
    server.use(http.post(TAT, () => HttpResponse.json({ Response: { RequestId: 'r' } })));
    vi.stubEnv('TENCENTCLOUD_SECRET_ID', 'AKIDfromEnvironment0000');
    vi.stubEnv('TENCENTCLOUD_SECRET_KEY', SECRET_KEY);
    vi.stubEnv('TENCENTCLOUD_SESSION_TOKEN', SESSION_TOKEN);
    const clients = [
      recordingClient().client,
      new ApiClient({ protocol: createFakeProtocol(), service: tatService, rateLimiter: false }),
      new ApiClient({ protocol: createFakeProtocol(), service: tatService, credentials: async () => testCredentials }),
    ];
    for (const client of clients) {
      await client.send({ action: 'DescribeInvocations' }, {});
      expectNoSecrets(client);
    }
  });

  it('redactRequest also covers form bodies (Tencent v1 POST)', () => {
    const request = redactRequest({
      method: 'POST',
      url: 'https://cvm.tencentcloudapi.com/',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `Action=DescribeInstances&SecretId=AKIDx&Signature=abc%2Bdef&Token=${SESSION_TOKEN}`,
    });
    expect(new URLSearchParams(request.body)).toEqual(
      new URLSearchParams({ Action: 'DescribeInstances', SecretId: 'AKIDx', Signature: '[REDACTED]', Token: '[REDACTED]' }),
    );
  });
});
