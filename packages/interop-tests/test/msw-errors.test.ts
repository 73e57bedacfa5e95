// In-process: every documented error code (operation and common) reaches the official SDKs as their own error
// type with that code: TencentCloudSDKHttpException, and openapi-core's ClientError / ServerError /
// ThrottlingError with the documented HTTP status.
import { serviceModel as ecsModel } from '@cloudexec/aliyun-ecs';
import { serviceModel as swasModel } from '@cloudexec/aliyun-swas';
import type { ErrorCodeModel } from '@cloudexec/runtime/model';
import { serviceModel as batchModel } from '@cloudexec/tencent-batch';
import { serviceModel as tatModel } from '@cloudexec/tencent-tat';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { core, ecs, ecsSdk, swas, swasSdk } from './support/aliyun-sdk.ts';
import { ALIYUN, MOCK_CREDENTIALS, TENCENT } from './support/credentials.ts';
import { rejectionOf } from './support/expect-error.ts';
import { documentedErrors, documentedExample, lowerCamelKeys } from './support/models.ts';
import { createMswMocks } from './support/msw-mocks.ts';
import { batchSdk, tatSdk, TencentCloudSDKHttpException } from './support/tencent-sdk.ts';

// Rate limits off: these tests send more calls per second than the documented QPS.
const mocks = await createMswMocks({ credentials: MOCK_CREDENTIALS, strictSignatures: true, enforceQps: false });
beforeAll(() => mocks.server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => mocks.reset());
afterAll(() => mocks.server.close());

const codes = (errors: ErrorCodeModel[]) => errors.map((error) => [error.code, error] as const);

describe('Tencent SDK', () => {
  const tat = tatSdk({ credentials: TENCENT });
  const batch = batchSdk({ credentials: TENCENT });
  const cases = [
    ...codes(documentedErrors(tatModel, 'DescribeInvocations')).map(([code]) => ['tat', 'DescribeInvocations', code] as const),
    ...codes(documentedErrors(tatModel, 'DescribeInvocationTasks')).map(([code]) => ['tat', 'DescribeInvocationTasks', code] as const),
    ...codes(documentedErrors(batchModel, 'DescribeTask')).map(([code]) => ['batch', 'DescribeTask', code] as const),
  ];

  it.each(cases)('%s %s → %s', async (service, action, code) => {
    const mock = service === 'tat' ? mocks.tat : mocks.batch;
    mock.override(action, { errorCode: code, times: 1 });
    const input = documentedExample(mock.model, action).request.input as never;
    const call = service === 'tat' ? tat[action as 'DescribeInvocations'](input) : batch.DescribeTask(input);
    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(TencentCloudSDKHttpException);
    expect(error.code).toBe(code);
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('Alibaba SDKs', () => {
  const cases = [
    ...codes(documentedErrors(ecsModel, 'DescribeInvocations')).map(([code, error]) => ['ecs', code, error] as const),
    ...codes(documentedErrors(swasModel, 'DescribeInvocations')).map(([code, error]) => ['swas', code, error] as const),
  ];
  const expectedClass = (error: ErrorCodeModel) =>
    error.code.includes('Throttling') ? core.ThrottlingError : error.httpStatus >= 500 ? core.ServerError : core.ClientError;

  it.each(cases)('%s DescribeInvocations → %s', async (service, code, documented) => {
    const mock = service === 'ecs' ? mocks.ecs : mocks.swas;
    mock.override('DescribeInvocations', { errorCode: code, times: 1 });
    const input = lowerCamelKeys(documentedExample(mock.model, 'DescribeInvocations').request.input);
    const call =
      service === 'ecs'
        ? ecsSdk({ credentials: ALIYUN, endpoint: 'ecs.cn-hangzhou.aliyuncs.com' }).describeInvocations(new ecs.DescribeInvocationsRequest(input))
        : swasSdk({ credentials: ALIYUN, endpoint: 'swas.cn-hangzhou.aliyuncs.com' }).describeInvocations(new swas.DescribeInvocationsRequest(input));
    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(expectedClass(documented));
    expect({ code: error.code, statusCode: error.statusCode }).toEqual({ code, statusCode: documented.httpStatus });
    expect(error.data).toMatchObject({ Code: code, RequestId: expect.any(String) });
  });
});
