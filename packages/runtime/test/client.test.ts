import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient, CloudApiError, ConfigurationError, ValidationError, type ApiClientOptions, type OperationDescriptor } from '../src/index.ts';
import { createFakeProtocol, ecsService, tatService } from './support/fake-protocol.ts';
import { useMswServer } from './support/msw.ts';
import { testCredentials } from './support/secrets.ts';

const server = useMswServer();

interface DescribeInput {
  Limit?: number;
  InvocationIds?: string[];
}
const describeInvocations: OperationDescriptor<DescribeInput> = { action: 'DescribeInvocations' };

function tatClient(overrides: Partial<ApiClientOptions> = {}) {
  const protocol = createFakeProtocol();
  const client = new ApiClient({
    protocol,
    service: tatService,
    region: 'ap-guangzhou',
    credentials: testCredentials,
    rateLimiter: false,
    ...overrides,
  });
  return { client, protocol };
}

describe('ApiClient.send', () => {
  it('signs, sends and returns the payload without the envelope', async () => {
    let seen: { action: string | null; region: string | null; body: unknown } | undefined;
    server.use(
      http.post('https://tat.tencentcloudapi.com/', async ({ request }) => {
        seen = {
          action: request.headers.get('x-fake-action'),
          region: request.headers.get('x-tc-region'),
          body: await request.json(),
        };
        return HttpResponse.json({ Response: { TotalCount: 1, InvocationSet: [{ InvocationId: 'inv-1' }], RequestId: 'req-1' } });
      }),
    );
    const { client, protocol } = tatClient();
    const data = await client.send<DescribeInput, { TotalCount: number }>(describeInvocations, { Limit: 1 });
    expect(data).toEqual({ TotalCount: 1, InvocationSet: [{ InvocationId: 'inv-1' }], RequestId: 'req-1' });
    expect(seen).toEqual({ action: 'DescribeInvocations', region: 'ap-guangzhou', body: { Limit: 1 } });
    expect(protocol.signed[0]).toMatchObject({ method: 'POST', host: 'tat.tencentcloudapi.com', scheme: 'https' });
  });

  it('uses GET when the operation says so and passes signatureMethod and language through', async () => {
    let query: string | undefined;
    server.use(
      http.get('https://tat.tencentcloudapi.com/', ({ request }) => {
        query = new URL(request.url).search;
        return HttpResponse.json({ Response: { RequestId: 'r' } });
      }),
    );
    const { client, protocol } = tatClient({ signatureMethod: 'tc3', language: 'en-US' });
    await client.send({ action: 'DescribeTask', method: 'GET' }, { JobId: 'job-1' });
    expect(query).toContain('JobId=job-1');
    expect(protocol.signed[0]).toMatchObject({ method: 'GET', signatureMethod: 'tc3', language: 'en-US' });
  });

  it('maps an error envelope to a CloudApiError with every field', async () => {
    server.use(
      http.post('https://tat.tencentcloudapi.com/', () =>
        HttpResponse.json({
          Response: { Error: { Code: 'InvalidParameterValue.InvalidInvocationId', Message: 'bad id' }, RequestId: 'req-9' },
        }),
      ),
    );
    const { client } = tatClient();
    const error = await client.send(describeInvocations, { InvocationIds: ['x'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudApiError);
    expect(error).toMatchObject({
      provider: 'tencent',
      action: 'DescribeInvocations',
      code: 'InvalidParameterValue.InvalidInvocationId',
      serviceMessage: 'bad id',
      requestId: 'req-9',
      httpStatus: 200,
      retryable: false,
    });
    expect((error as Error).message).toBe('tencent DescribeInvocations failed with InvalidParameterValue.InvalidInvocationId: bad id (RequestId req-9)');
  });

  it('carries Alibaba recommend and hostId', async () => {
    server.use(
      http.post('https://ecs.cn-hangzhou.aliyuncs.com/', () =>
        HttpResponse.json(
          {
            Code: 'InvalidRegionId.NotFound',
            Message: 'no region',
            RequestId: 'A1',
            HostId: 'ecs.aliyuncs.com',
            Recommend: 'https://api.aliyun.com/troubleshoot?q=x',
          },
          { status: 404 },
        ),
      ),
    );
    const client = new ApiClient({ protocol: createFakeProtocol('aliyun'), service: ecsService, region: 'cn-hangzhou', credentials: testCredentials });
    await expect(client.send({ action: 'DescribeInvocations' }, {})).rejects.toMatchObject({
      provider: 'aliyun',
      code: 'InvalidRegionId.NotFound',
      httpStatus: 404,
      hostId: 'ecs.aliyuncs.com',
      recommend: 'https://api.aliyun.com/troubleshoot?q=x',
    });
  });

  it('fills Alibaba RegionId from the client region unless the input has one', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('https://ecs.cn-hangzhou.aliyuncs.com/', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ RequestId: 'r' });
      }),
    );
    const client = new ApiClient({ protocol: createFakeProtocol('aliyun'), service: ecsService, region: 'cn-hangzhou', credentials: testCredentials });
    const input = { PageSize: 10 };
    await client.send({ action: 'DescribeInvocations' }, input);
    await client.send({ action: 'DescribeInvocations' }, { RegionId: 'cn-beijing' });
    expect(bodies).toEqual([{ PageSize: 10, RegionId: 'cn-hangzhou' }, { RegionId: 'cn-beijing' }]);
    expect(input).toEqual({ PageSize: 10 });
  });
});

describe('validation', () => {
  const limited: OperationDescriptor<DescribeInput> = {
    action: 'DescribeInvocations',
    validate(input) {
      if (input.Limit !== undefined && input.Limit > 100) {
        throw new ValidationError({ action: 'DescribeInvocations', path: 'Limit', constraint: 'maximum', limit: 100, value: input.Limit });
      }
    },
  };

  it('throws the validator error before anything is signed or sent', async () => {
    const { client, protocol } = tatClient();
    const error = await client.send(limited, { Limit: 101 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ action: 'DescribeInvocations', path: 'Limit', constraint: 'maximum', limit: 100, value: 101, retryable: false });
    expect((error as Error).message).toBe('DescribeInvocations: parameter Limit violates maximum (limit: 100); got 101');
    expect(protocol.signed).toHaveLength(0);
  });

  it('skips validators when validate is false', async () => {
    server.use(http.post('https://tat.tencentcloudapi.com/', () => HttpResponse.json({ Response: { RequestId: 'r' } })));
    const validate = vi.fn();
    const { client } = tatClient({ validate: false });
    await client.send({ action: 'DescribeInvocations', validate, regionRequired: true }, { Limit: 101 });
    expect(validate).not.toHaveBeenCalled();
  });

  it('requires a region when the operation does', async () => {
    const { client } = tatClient({ region: undefined });
    await expect(client.send({ action: 'DescribeInvocations', regionRequired: true }, {})).rejects.toMatchObject({
      name: 'ValidationError',
      path: 'Region',
      constraint: 'required',
      message: 'DescribeInvocations needs a region: pass `region` to the client',
    });
    const ecs = new ApiClient({ protocol: createFakeProtocol('aliyun'), service: ecsService, credentials: testCredentials });
    await expect(ecs.send({ action: 'DescribeInvocations', regionRequired: true }, {})).rejects.toMatchObject({ path: 'RegionId' });
  });

  it('rejects a non-object input', async () => {
    const { client } = tatClient();
    await expect(client.send(describeInvocations, null as unknown as DescribeInput)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('construction', () => {
  it('refuses a protocol of another provider', () => {
    expect(() => new ApiClient({ protocol: createFakeProtocol('aliyun'), service: tatService })).toThrow(ConfigurationError);
  });

  it('does not need credentials until the first call', () => {
    expect(() => new ApiClient({ protocol: createFakeProtocol(), service: tatService })).not.toThrow();
  });
});
