// EcsClient against the package's own MSW handlers: the documented example comes back as documented, a forced
// documented error arrives as a typed CloudApiError with its HTTP status, an input breaking a documented limit
// is refused locally without anything being sent, and a token the service never issued is left to the service.
import { EcsClient, isDescribeInvocationsError, serviceModel, type DescribeInvocationsInput } from '@cloudexec/aliyun-ecs';
import { ecsMock, handlers } from '@cloudexec/aliyun-ecs/msw';
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  ecsMock.reset();
});
afterAll(() => server.close());

/** A client that counts the attempts it signs and sends. */
function countingClient() {
  const sent = { count: 0 };
  const client = new EcsClient({
    credentials: { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'test-secret' },
    region: 'cn-hangzhou',
    hooks: { onRequest: () => void (sent.count += 1) },
  });
  return { client, sent };
}

/** The rejection of `call`, failing the test when it resolves. */
async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => error,
  );
}

describe('DescribeInvocations', () => {
  const example = serviceModel.operations.find((op) => op.action === 'DescribeInvocations')?.examples[0];
  if (!example) throw new Error('DescribeInvocations has no documented example');
  const input = example.request.input as DescribeInvocationsInput;

  it('serves the documented example', async () => {
    const { client, sent } = countingClient();
    expect(await client.describeInvocations(input)).toEqual({ ...example.response.data, RequestId: expect.any(String) });
    expect(sent.count).toBe(1);
  });

  it('answers a documented error as a typed CloudApiError with its documented status', async () => {
    ecsMock.override('DescribeInvocations', { errorCode: 'Operation.Forbidden', times: 1 });
    const error = await rejectionOf(countingClient().client.describeInvocations(input));
    expect(isDescribeInvocationsError(error, 'Operation.Forbidden')).toBe(true);
    expect(isDescribeInvocationsError(error, 'Duplicate.TagKey')).toBe(false);
    expect(error).toBeInstanceOf(CloudApiError);
    expect(error).toMatchObject({ provider: 'aliyun', action: 'DescribeInvocations', code: 'Operation.Forbidden', httpStatus: 403 });
    expect((error as CloudApiError).requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('refuses a repeated tag key before sending', async () => {
    const { client, sent } = countingClient();
    const error = await rejectionOf(client.describeInvocations({ ...input, Tag: [{ Key: 'env', Value: 'a' }, { Key: 'env', Value: 'b' }] }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ path: 'Tag[1].Key', constraint: 'uniqueKeys', value: 'env' });
    expect(sent.count).toBe(0);
  });

  it('sends a NextToken it cannot judge; the service answers InvalidParameter.NextToken', async () => {
    const { client, sent } = countingClient();
    const error = await rejectionOf(client.describeInvocations({ RegionId: 'cn-hangzhou', NextToken: String(example.response.data['NextToken']) }));
    expect(isDescribeInvocationsError(error, 'InvalidParameter.NextToken')).toBe(true);
    expect(error).toMatchObject({ httpStatus: 400 });
    expect(sent.count).toBe(1);
  });
});

describe('the SDK endpoint-map hosts (protocol-facts §4)', () => {
  it.each(['ecs-cn-hangzhou.aliyuncs.com', 'ecs-vpc.cn-beijing.aliyuncs.com'])('%s is answered by the mock like the regional host', async (endpoint) => {
    const client = new EcsClient({ credentials: { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'test-secret' }, region: 'cn-hangzhou', endpoint });
    const result = await client.describeInvocations({ RegionId: 'cn-hangzhou' });
    expect(result.RequestId).toMatch(/^[0-9A-F-]{36}$/);
  });
});
