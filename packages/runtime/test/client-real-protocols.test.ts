// The client core with the real Tencent and Alibaba protocols: fault answers come back through their
// parsers as typed errors, retry hints are honoured, and hook payloads hide their real secret carriers.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  ApiClient,
  CloudApiError,
  TransportError,
  aliyunProtocol,
  tencentProtocol,
  type ApiClientOptions,
  type Protocol,
  type RequestEvent,
  type ServiceDescriptor,
} from '../src/index.ts';
import { instantClock } from './support/clocks.ts';
import { ecsService, tatService } from './support/fake-protocol.ts';
import { useMswServer } from './support/msw.ts';
import { SECRET_KEY, SESSION_TOKEN, testCredentials } from './support/secrets.ts';

const server = useMswServer();
const TAT = 'https://tat.tencentcloudapi.com/';
const ECS = 'https://ecs.cn-hangzhou.aliyuncs.com/';

/** One service per wire protocol, with what a test needs to answer it and to find its secret carriers. */
interface Subject {
  protocol: Protocol;
  service: ServiceDescriptor;
  region: string;
  url: string;
  /** A minimal success body in the protocol's envelope. */
  ok: unknown;
  tokenHeader: string;
}

const TENCENT: Subject = {
  protocol: tencentProtocol,
  service: tatService,
  region: 'ap-guangzhou',
  url: TAT,
  ok: { Response: { RequestId: 'r' } },
  tokenHeader: 'X-TC-Token',
};
const ALIYUN: Subject = {
  protocol: aliyunProtocol,
  service: ecsService,
  region: 'cn-hangzhou',
  url: ECS,
  ok: { RequestId: 'r' },
  tokenHeader: 'x-acs-security-token',
};

function setup(subject: Subject, overrides: Partial<ApiClientOptions> = {}) {
  const requests: RequestEvent[] = [];
  const clock = instantClock();
  const { protocol, service, region } = subject;
  const client = new ApiClient({
    protocol,
    service,
    region,
    credentials: testCredentials,
    rateLimiter: false,
    clock,
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 5000 },
    hooks: { onRequest: (event) => requests.push(event) },
    ...overrides,
  });
  return { client, clock, requests };
}

const op = { action: 'DescribeInvocations' };

describe.each([TENCENT, ALIYUN])('$protocol.id protocol', (subject) => {
  const { url } = subject;
  const answer = (respond: () => Response) => {
    let calls = 0;
    server.use(
      http.post(url, () => {
        calls++;
        return respond();
      }),
    );
    return () => calls;
  };

  it('malformed JSON is a non-retryable TransportError', async () => {
    const calls = answer(() => new HttpResponse('{"Response": ', { status: 200 }));
    const error = await setup(subject)
      .client.send(op, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ status: 200, retryable: false, bodyExcerpt: '{"Response": ' });
    expect(calls()).toBe(1);
  });

  it('an HTML 502 page is retried, then surfaces as a TransportError', async () => {
    const calls = answer(() => new HttpResponse('<html><h1>502 Bad Gateway</h1></html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    await expect(setup(subject).client.send(op, {})).rejects.toMatchObject({ name: 'TransportError', status: 502, retryable: true });
    expect(calls()).toBe(3);
  });

  it('valid JSON that is not an object is a TransportError', async () => {
    answer(() => new HttpResponse('["not", "an", "object"]', { status: 200 }));
    await expect(setup(subject).client.send(op, {})).rejects.toMatchObject({ name: 'TransportError', retryable: false });
  });

  it('a connection reset is retried', async () => {
    let calls = 0;
    server.use(http.post(url, () => (++calls === 1 ? HttpResponse.error() : HttpResponse.json(subject.ok as Record<string, unknown>))));
    await expect(setup(subject).client.send(op, {})).resolves.toMatchObject({ RequestId: 'r' });
  });

  it('hook payloads redact the real Authorization and token headers', async () => {
    answer(() => HttpResponse.json(subject.ok as Record<string, unknown>));
    const { client, requests } = setup(subject);
    await client.send(op, { InstanceId: 'i-1' });
    const headers = requests[0]!.request.headers;
    expect(headers.Authorization).toBe('[REDACTED]');
    expect(headers[subject.tokenHeader]).toBe('[REDACTED]');
    const text = JSON.stringify(requests);
    expect(text).not.toContain(SECRET_KEY);
    expect(text).not.toContain(SESSION_TOKEN);
  });
});

describe('provider specifics', () => {
  it('Tencent RequestLimitExceeded (HTTP 200) is retried', async () => {
    let calls = 0;
    server.use(
      http.post(TAT, () =>
        HttpResponse.json({
          Response:
            ++calls === 1
              ? { Error: { Code: 'RequestLimitExceeded', Message: 'limit' }, RequestId: 'e' }
              : { TotalCount: 0, InvocationSet: [], RequestId: 'ok' },
        }),
      ),
    );
    await expect(setup(TENCENT).client.send(op, {})).resolves.toEqual({ TotalCount: 0, InvocationSet: [], RequestId: 'ok' });
  });

  it('Alibaba Throttling with x-acs-retry-after waits that many milliseconds', async () => {
    let calls = 0;
    server.use(
      http.post(ECS, () =>
        ++calls === 1
          ? HttpResponse.json(
              { Code: 'Throttling.User', Message: 'flow control', RequestId: 'e', HostId: 'ecs.aliyuncs.com' },
              { status: 400, headers: { 'x-acs-retry-after': '750' } },
            )
          : HttpResponse.json({ RequestId: 'ok', TotalCount: 0 }),
      ),
    );
    const { client, clock } = setup(ALIYUN);
    await expect(client.send(op, {})).resolves.toEqual({ RequestId: 'ok', TotalCount: 0 });
    expect(clock.sleeps).toEqual([750]);
  });

  it('Alibaba 403 InvalidParam.PageSize is a non-retryable CloudApiError', async () => {
    server.use(
      http.post(ECS, () =>
        HttpResponse.json(
          {
            Code: 'InvalidParam.PageSize',
            Message: 'bad size',
            RequestId: 'R',
            HostId: 'ecs.aliyuncs.com',
            Recommend: 'https://api.aliyun.com/troubleshoot?q=InvalidParam.PageSize',
          },
          { status: 403 },
        ),
      ),
    );
    const error = await setup(ALIYUN)
      .client.send(op, { PageSize: 1000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudApiError);
    expect(error).toMatchObject({ code: 'InvalidParam.PageSize', httpStatus: 403, retryable: false, hostId: 'ecs.aliyuncs.com', requestId: 'R' });
  });

  it('an unknown signature method is a ConfigurationError, before anything is sent', async () => {
    const { client, requests } = setup(TENCENT, { signatureMethod: 'hmac-md5' });
    await expect(client.send(op, {})).rejects.toMatchObject({
      name: 'ConfigurationError',
      message: expect.stringMatching(/^Cannot sign DescribeInvocations: .*hmac-md5/),
    });
    expect(requests).toEqual([]);
  });

  it('Alibaba rpc-v2 GET: the query Signature and SecurityToken are redacted in hooks', async () => {
    server.use(http.get(ECS, () => HttpResponse.json({ RequestId: 'ok' })));
    const { client, requests } = setup(ALIYUN, { signatureMethod: 'rpc-v2' });
    await client.send({ action: 'DescribeInvocations', method: 'GET' }, {});
    const query = new URL(requests[0]!.request.url).searchParams;
    expect(query.get('Signature')).toBe('[REDACTED]');
    expect(query.get('SecurityToken')).toBe('[REDACTED]');
    expect(query.get('RegionId')).toBe('cn-hangzhou');
  });
});
