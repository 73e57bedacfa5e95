// In-process: requests from the official SDKs that break a documented limit get the documented error, and
// bursts over the documented QPS get the throttling code.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { core, ecs, ecsSdk, swas, swasSdk } from './support/aliyun-sdk.ts';
import { ALIYUN, MOCK_CREDENTIALS, TENCENT } from './support/credentials.ts';
import { rejectionOf } from './support/expect-error.ts';
import { createMswMocks } from './support/msw-mocks.ts';
import { batchSdk, tatSdk, TencentCloudSDKHttpException } from './support/tencent-sdk.ts';

const mocks = await createMswMocks({ credentials: MOCK_CREDENTIALS, strictSignatures: true });
beforeAll(() => mocks.server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => mocks.reset());
afterAll(() => mocks.server.close());

describe('Tencent SDK over the limits', () => {
  const tat = tatSdk({ credentials: TENCENT });

  it.each([
    [
      'more than 5 values in a filter',
      () => tat.DescribeInvocations({ Filters: [{ Name: 'command-id', Values: ['a', 'b', 'c', 'd', 'e', 'f'] }] }),
      'LimitExceeded.FilterValueExceeded',
    ],
    [
      'InvocationIds together with Filters',
      () => tat.DescribeInvocations({ InvocationIds: ['inv-1'], Filters: [{ Name: 'command-id', Values: ['a'] }] }),
      'InvalidParameter.ConflictParameter',
    ],
    [
      'an undocumented filter name',
      () => tat.DescribeInvocationTasks({ Filters: [{ Name: 'colour', Values: ['red'] }] }),
      'InvalidParameterValue.InvalidFilter',
    ],
    ['Limit above 100', () => tat.DescribeInvocations({ Limit: 101 }), 'InvalidParameterValue.LimitExceeded'],
  ])('%s → %s', async (_name, call, code) => {
    const error = await rejectionOf(call());
    expect(error).toBeInstanceOf(TencentCloudSDKHttpException);
    expect(error.code).toBe(code);
  });

  it('TAT: a burst of 25 calls against a 20/s limit → 5 × RequestLimitExceeded', async () => {
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => tat.DescribeInvocations({ Limit: 1 })));
    const codes = results.map((result) => (result.status === 'rejected' ? (result.reason as { code?: string }).code : 'ok'));
    expect(codes.filter((code) => code === 'ok')).toHaveLength(20);
    expect(codes.filter((code) => code === 'RequestLimitExceeded')).toHaveLength(5);
  });

  it('Batch: 4 calls against a 3/s limit → 1 × RequestLimitExceeded', async () => {
    const batch = batchSdk({ credentials: TENCENT });
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => batch.DescribeTask({ JobId: 'job-97zcl3wt', TaskName: 'A' })));
    expect(results.filter((result) => result.status === 'rejected').map((result) => (result.reason as { code?: string }).code)).toEqual([
      'RequestLimitExceeded',
    ]);
  });
});

describe('Alibaba SDKs over the limits', () => {
  const ecsClient = ecsSdk({ credentials: ALIYUN, endpoint: 'ecs.cn-hangzhou.aliyuncs.com' });
  const ecsCall = (fields: Record<string, unknown>) =>
    ecsClient.describeInvocations(new ecs.DescribeInvocationsRequest({ regionId: 'cn-hangzhou', ...fields }));

  it.each([
    ['MaxResults above 50', { maxResults: 51 }, 'InvalidParameter.MaxResults'],
    ['PageSize above 50', { pageSize: 51 }, 'InvalidParam.PageSize'],
    ['PageNumber below 1', { pageNumber: 0 }, 'InvalidParam.PageNumber'],
    [
      'more than 20 tags',
      { tag: Array.from({ length: 21 }, (_, i) => new ecs.DescribeInvocationsRequestTag({ key: `k${i}`, value: 'v' })) },
      'NumberExceed.Tags',
    ],
    ['a tag key over 64 characters', { tag: [new ecs.DescribeInvocationsRequestTag({ key: 'k'.repeat(65), value: 'v' })] }, 'InvalidTagKey.Malformed'],
    ['an unknown InvokeStatus', { invokeStatus: 'Sleeping' }, 'InvalidParameter'],
  ])('ECS: %s → %s (HTTP 400)', async (_name, fields, code) => {
    const error = await rejectionOf(ecsCall(fields));
    expect(error).toBeInstanceOf(core.ClientError);
    expect({ code: error.code, statusCode: error.statusCode }).toEqual({ code, statusCode: 400 });
  });

  it('SWAS: PageSize above 50 → InvalidParameter', async () => {
    const client = swasSdk({ credentials: ALIYUN, endpoint: 'swas.cn-hangzhou.aliyuncs.com' });
    const error = await rejectionOf(
      client.describeInvocations(new swas.DescribeInvocationsRequest({ regionId: 'cn-hangzhou', instanceId: 'i-1', pageSize: 51 })),
    );
    expect({ code: error.code, statusCode: error.statusCode }).toEqual({ code: 'InvalidParameter', statusCode: 400 });
  });

  it('a throttling answer becomes a ThrottlingError', async () => {
    mocks.ecs.override('DescribeInvocations', { errorCode: 'Throttling.User', times: 1 });
    const error = await rejectionOf(ecsCall({}));
    expect(error).toBeInstanceOf(core.ThrottlingError);
    expect(error.code).toBe('Throttling.User');
  });
});
