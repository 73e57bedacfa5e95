// Over HTTP: the official SDKs against the standalone server (startMockServer on a free port, strict signature
// checks, default dataset). Tencent keeps its real host name and reaches the server as its HTTP proxy (a CONNECT
// tunnel); Alibaba uses endpoint `127.0.0.1:<port>` + protocol http, routed by API version.
import { startMockServer, type MockServer } from '@cloudexec/mock-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { core, ecs, ecsSdk, swas, swasSdk } from './support/aliyun-sdk.ts';
import { ALIYUN, MOCK_CREDENTIALS, TENCENT, WRONG_SECRET } from './support/credentials.ts';
import { rejectionOf } from './support/expect-error.ts';
import { batchSdk, tatSdk, TencentCloudSDKHttpException } from './support/tencent-sdk.ts';

let server: MockServer;
const log: string[] = [];
beforeAll(async () => {
  server = await startMockServer({ credentials: MOCK_CREDENTIALS, strictSignatures: true, log: (line) => log.push(line) });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const viaProxy = () => ({ credentials: TENCENT, proxy: server.origin });
const local = (signatureAlgorithm?: 'v2') => ({ credentials: ALIYUN, endpoint: `127.0.0.1:${server.port}`, signatureAlgorithm });

describe('Tencent SDK through the server as its proxy', () => {
  it('TAT: invocations and their per-instance tasks from the default dataset', async () => {
    const tat = tatSdk(viaProxy());
    const page = await tat.DescribeInvocations({ Offset: 0, Limit: 5 });
    expect(page.TotalCount).toBe(70);
    const invocation = page.InvocationSet![1]!;
    const tasks = await tat.DescribeInvocationTasks({ Filters: [{ Name: 'invocation-id', Values: [invocation.InvocationId!] }] });
    expect(tasks.InvocationTaskSet?.map((task) => task.InstanceId)).toEqual(invocation.InvocationTaskBasicInfoSet?.map((task) => task.InstanceId));
    expect(log.some((line) => / tencent-tat DescribeInvocationTasks 200 - /.test(line))).toBe(true);
  });

  it('Batch: DescribeTask pages', async () => {
    const task = await batchSdk(viaProxy()).DescribeTask({ JobId: 'job-97zcl3wt', TaskName: 'A', Offset: 300, Limit: 100 });
    expect(task.TaskInstanceTotalCount).toBe(350);
    expect(task.TaskInstanceSet).toHaveLength(50);
  });

  it('a documented error code and a wrong secret arrive as TencentCloudSDKHttpException', async () => {
    server.services['tencent-tat'].override('DescribeInvocations', { errorCode: 'InvalidParameterValue.InvalidInvocationId', times: 1 });
    const forced = await rejectionOf(tatSdk(viaProxy()).DescribeInvocations({}));
    const unsigned = await rejectionOf(tatSdk({ ...viaProxy(), credentials: WRONG_SECRET(TENCENT) }).DescribeInvocations({}));
    expect(forced).toBeInstanceOf(TencentCloudSDKHttpException);
    expect([forced.code, unsigned.code]).toEqual(['InvalidParameterValue.InvalidInvocationId', 'AuthFailure.SignatureFailure']);
  });

  it('over the limit: more than 5 filter values → LimitExceeded.FilterValueExceeded', async () => {
    const error = await rejectionOf(tatSdk(viaProxy()).DescribeInvocations({ Filters: [{ Name: 'instance-id', Values: ['1', '2', '3', '4', '5', '6'] }] }));
    expect(error.code).toBe('LimitExceeded.FilterValueExceeded');
  });

  it('pointed at 127.0.0.1:<port> instead, it signs for service "127", which strict checks reject', async () => {
    const error = await rejectionOf(tatSdk({ credentials: TENCENT, endpoint: `127.0.0.1:${server.port}` }).DescribeInvocations({}));
    expect(error.code).toBe('AuthFailure.SignatureFailure');
  });
});

describe('Alibaba SDKs at endpoint 127.0.0.1:<port>', () => {
  it.each([undefined, 'v2'] as const)('ECS pages by NextToken (signatureAlgorithm %s)', async (signatureAlgorithm) => {
    const client = ecsSdk(local(signatureAlgorithm));
    const ids: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await client.describeInvocations(new ecs.DescribeInvocationsRequest({ regionId: 'cn-hangzhou', maxResults: 10, nextToken }));
      ids.push(...(page.body?.invocations?.invocation ?? []).map((item) => item.invokeId!));
      nextToken = page.body?.nextToken || undefined;
    } while (nextToken);
    expect(ids).toHaveLength(35);
  });

  it.each([undefined, 'v2'] as const)('SWAS pages by number (signatureAlgorithm %s)', async (signatureAlgorithm) => {
    const page = await swasSdk(local(signatureAlgorithm)).describeInvocations(
      new swas.DescribeInvocationsRequest({ regionId: 'cn-hangzhou', instanceId: 'i-1', pageNumber: 4 }),
    );
    expect(page.body?.totalCount).toBe(35);
    expect(page.body?.invocations).toHaveLength(5);
  });

  it('a wrong secret → ClientError SignatureDoesNotMatch (400); an unknown key → InvalidAccessKeyId.NotFound (404)', async () => {
    const call = (credentials: typeof ALIYUN) =>
      ecsSdk({ ...local(), credentials }).describeInvocations(new ecs.DescribeInvocationsRequest({ regionId: 'cn-hangzhou' }));
    const wrong = await rejectionOf(call(WRONG_SECRET(ALIYUN)));
    const unknown = await rejectionOf(call({ accessKeyId: 'LTAIunknown', accessKeySecret: 'x' }));
    expect(wrong).toBeInstanceOf(core.ClientError);
    expect([wrong.code, wrong.statusCode, unknown.code, unknown.statusCode]).toEqual(['SignatureDoesNotMatch', 400, 'InvalidAccessKeyId.NotFound', 404]);
  });

  it('a documented 5xx arrives as ServerError; over the limit → InvalidParameter.MaxResults', async () => {
    server.services['aliyun-ecs'].override('DescribeInvocations', { errorCode: 'InternalError.Dispatch', times: 1 });
    const client = ecsSdk(local());
    const failed = await rejectionOf(client.describeInvocations(new ecs.DescribeInvocationsRequest({ regionId: 'cn-hangzhou' })));
    const over = await rejectionOf(client.describeInvocations(new ecs.DescribeInvocationsRequest({ regionId: 'cn-hangzhou', maxResults: 51 })));
    expect(failed).toBeInstanceOf(core.ServerError);
    expect([failed.code, failed.statusCode, over.code, over.statusCode]).toEqual(['InternalError.Dispatch', 500, 'InvalidParameter.MaxResults', 400]);
  });
});
