// In-process: the official SDKs against the generated MSW handlers (strict signature checks). Each documented
// example comes back as the SDK's own result object.
import { serviceModel as ecsModel } from '@cloudexec/aliyun-ecs';
import { serviceModel as swasModel } from '@cloudexec/aliyun-swas';
import { serviceModel as batchModel } from '@cloudexec/tencent-batch';
import { serviceModel as tatModel } from '@cloudexec/tencent-tat';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ecs, ecsSdk, swas, swasSdk } from './support/aliyun-sdk.ts';
import { ALIYUN, MOCK_CREDENTIALS, TENCENT } from './support/credentials.ts';
import { documentedExample as example, lowerCamelKeys as camel } from './support/models.ts';
import { createMswMocks } from './support/msw-mocks.ts';
import { batchSdk, tatSdk } from './support/tencent-sdk.ts';

const mocks = await createMswMocks({ credentials: MOCK_CREDENTIALS, strictSignatures: true });
beforeAll(() => mocks.server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => mocks.reset());
afterAll(() => mocks.server.close());

describe('Tencent SDK (TC3, and v1 HmacSHA256)', () => {
  it.each(['TC3-HMAC-SHA256', 'HmacSHA256'] as const)('TAT DescribeInvocations / DescribeInvocationTasks (%s)', async (signMethod) => {
    const client = tatSdk({ credentials: TENCENT, signMethod });
    for (const action of ['DescribeInvocations', 'DescribeInvocationTasks'] as const) {
      const documented = example(tatModel, action);
      const result = await client[action](documented.request.input as never);
      expect(result).toEqual({ ...documented.response.data, RequestId: expect.any(String) });
    }
  });

  it('Batch DescribeTask', async () => {
    const documented = example(batchModel, 'DescribeTask');
    const result = await batchSdk({ credentials: TENCENT }).DescribeTask(documented.request.input as never);
    expect(result).toEqual({ ...documented.response.data, RequestId: expect.any(String) });
  });
});

describe('Alibaba SDKs (ACS3-HMAC-SHA256 and legacy HMAC-SHA1)', () => {
  it.each([undefined, 'v2'] as const)('ECS DescribeInvocations (signatureAlgorithm %s)', async (signatureAlgorithm) => {
    const documented = example(ecsModel, 'DescribeInvocations');
    const client = ecsSdk({ credentials: ALIYUN, endpoint: 'ecs.cn-hangzhou.aliyuncs.com', signatureAlgorithm });
    const result = await client.describeInvocations(new ecs.DescribeInvocationsRequest(camel(documented.request.input)));
    expect(result.statusCode).toBe(200);
    expect(result.body).toBeInstanceOf(ecs.DescribeInvocationsResponseBody);
    expect(result.body?.toMap()).toEqual({ ...documented.response.data, RequestId: expect.any(String) });
  });

  it.each([undefined, 'v2'] as const)('SWAS DescribeInvocations (signatureAlgorithm %s)', async (signatureAlgorithm) => {
    const documented = example(swasModel, 'DescribeInvocations');
    const client = swasSdk({ credentials: ALIYUN, endpoint: 'swas.cn-hangzhou.aliyuncs.com', signatureAlgorithm });
    const result = await client.describeInvocations(new swas.DescribeInvocationsRequest(camel(documented.request.input)));
    expect(result.body).toBeInstanceOf(swas.DescribeInvocationsResponseBody);
    expect(result.body?.toMap()).toEqual({ ...documented.response.data, RequestId: expect.any(String) });
  });
});
