// EcsClient against the package's own MSW handlers: the documented example comes back as documented, a forced
// documented error arrives as a typed CloudApiError with its HTTP status, an input breaking a documented limit
// is refused locally without anything being sent, and a token the service never issued is left to the service.
import { EcsClient, isDescribeInvocationsError, serviceModel, type DescribeInvocationsInput } from '@cloudexec/aliyun-ecs';
import { ecsMock, handlers } from '@cloudexec/aliyun-ecs/msw';
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { countingClient, rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, ecsMock);

/** A EcsClient that counts the requests it sends. */
const newClient = () => countingClient((hooks) => new EcsClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou', hooks }));

describe('DescribeInvocations', () => {
  const example = serviceModel.operations.find((op) => op.action === 'DescribeInvocations')?.examples[0];
  if (!example) throw new Error('DescribeInvocations has no documented example');
  const input = example.request.input as DescribeInvocationsInput;

  it('serves the documented example', async () => {
    const { client, sent } = newClient();
    expect(await client.describeInvocations(input)).toEqual({ ...example.response.data, RequestId: expect.any(String) });
    expect(sent.count).toBe(1);
  });

  it('answers a documented error as a typed CloudApiError with its documented status', async () => {
    ecsMock.override('DescribeInvocations', { errorCode: 'Operation.Forbidden', times: 1 });
    const error = await rejectionOf(newClient().client.describeInvocations(input));
    expect(isDescribeInvocationsError(error, 'Operation.Forbidden')).toBe(true);
    expect(isDescribeInvocationsError(error, 'Duplicate.TagKey')).toBe(false);
    expect(error).toBeInstanceOf(CloudApiError);
    expect(error).toMatchObject({ provider: 'aliyun', action: 'DescribeInvocations', code: 'Operation.Forbidden', httpStatus: 403 });
    expect((error as CloudApiError).requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('refuses a repeated tag key before sending', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(
      client.describeInvocations({
        ...input,
        Tag: [
          { Key: 'env', Value: 'a' },
          { Key: 'env', Value: 'b' },
        ],
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ path: 'Tag[1].Key', constraint: 'uniqueKeys', value: 'env' });
    expect(sent.count).toBe(0);
  });

  it('sends a NextToken it cannot judge; the service answers InvalidParameter.NextToken', async () => {
    const { client, sent } = newClient();
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
