// Our generated clients against the standalone server, signatures checked strictly: `endpoint` is the server's
// origin, so requests arrive for 127.0.0.1:<port> and are routed by API version.
import { EcsClient, paginateDescribeInvocations as paginateEcs } from '@cloudexec/aliyun-ecs';
import { SwasClient } from '@cloudexec/aliyun-swas';
import { isApiError } from '@cloudexec/runtime';
import { BatchClient } from '@cloudexec/tencent-batch';
import { TatClient, paginateDescribeInvocations as paginateTat } from '@cloudexec/tencent-tat';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../src/index.ts';

const credentials = { accessKeyId: 'AKIDmockserver', accessKeySecret: 'mock-server-secret' };
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ credentials: { [credentials.accessKeyId]: credentials.accessKeySecret }, strictSignatures: true });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const common = () => ({ endpoint: server.origin, allowInsecureHttp: true, credentials, retry: { maxAttempts: 1 } });

describe('generated clients through the server', () => {
  it('TAT: pages through every invocation of the default dataset', async () => {
    const client = new TatClient({ ...common(), region: 'ap-guangzhou' });
    const ids: string[] = [];
    for await (const item of paginateTat(client, { Limit: 20 }).items()) ids.push(String(item.InvocationId));
    expect(ids).toHaveLength(70);
    expect(new Set(ids).size).toBe(70);
  });

  it('TAT: filters tasks by invocation id', async () => {
    const client = new TatClient({ ...common(), region: 'ap-guangzhou' });
    const first = (await client.describeInvocations({ Limit: 1 })).InvocationSet![0]!;
    const tasks = await client.describeInvocationTasks({ Filters: [{ Name: 'invocation-id', Values: [String(first.InvocationId)] }] });
    expect(tasks.InvocationTaskSet?.map((task) => task.InvocationTaskId)).toEqual(first.InvocationTaskBasicInfoSet?.map((task) => task.InvocationTaskId));
  });

  it('Batch: GET with TC3 through the server', async () => {
    const client = new BatchClient({ ...common(), region: 'ap-guangzhou' });
    const task = await client.describeTask({ JobId: 'job-97zcl3wt', TaskName: 'A', Offset: 100, Limit: 100 });
    expect(task.TaskInstanceTotalCount).toBe(350);
    expect(task.TaskInstanceSet?.[0]?.TaskInstanceIndex).toBe(100);
  });

  it('ECS: NextToken pages, ACS3 and RPC v2 signatures', async () => {
    for (const signatureMethod of ['acs3', 'rpc-v2']) {
      const client = new EcsClient({ ...common(), region: 'cn-hangzhou', signatureMethod });
      let pages = 0;
      for await (const _page of paginateEcs(client, { MaxResults: 10 })) pages += 1;
      expect(pages).toBe(4);
    }
  });

  it('SWAS: page numbers', async () => {
    const client = new SwasClient({ ...common(), region: 'cn-hangzhou' });
    const page = await client.describeInvocations({ InstanceId: 'abc', PageNumber: 4, PageSize: 10 });
    expect(page.TotalCount).toBe(35);
    expect(page.Invocations).toHaveLength(5);
  });

  it('rejects a wrong secret with the provider signature error', async () => {
    const wrong = { ...credentials, accessKeySecret: 'not-the-secret' };
    const tat = new TatClient({ ...common(), credentials: wrong, region: 'ap-guangzhou' });
    const ecs = new EcsClient({ ...common(), credentials: wrong, region: 'cn-hangzhou' });
    await expect(tat.describeInvocations({})).rejects.toSatisfy((error) => isApiError(error, 'AuthFailure.SignatureFailure'));
    await expect(ecs.describeInvocations({})).rejects.toSatisfy((error) => isApiError(error, 'SignatureDoesNotMatch'));
  });

  it('throttles over the documented QPS (Batch: 3/s)', async () => {
    const client = new BatchClient({ ...common(), region: 'ap-guangzhou', rateLimiter: false });
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => client.describeTask({ JobId: 'job-97zcl3wt', TaskName: 'A' })));
    const throttled = results.filter((result) => result.status === 'rejected' && isApiError(result.reason, 'RequestLimitExceeded'));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    expect(throttled).toHaveLength(2);
  });
});
