// Where an official SDK and our generated client put different bytes on the wire for the same call. The mock
// accepts both (strict signature checks on), and each test names the difference it relies on.
import { EcsClient } from '@cloudexec/aliyun-ecs';
import { BatchClient } from '@cloudexec/tencent-batch';
import { TatClient } from '@cloudexec/tencent-tat';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ecs, ecsSdk } from './support/aliyun-sdk.ts';
import { ALIYUN, MOCK_CREDENTIALS, TENCENT } from './support/credentials.ts';
import { createMswMocks } from './support/msw-mocks.ts';
import { tc3Signature } from './support/tc3.ts';
import { batchSdk, tatSdk } from './support/tencent-sdk.ts';

const mocks = await createMswMocks({ credentials: MOCK_CREDENTIALS, strictSignatures: true, enforceQps: false });
const seen: Request[] = [];
beforeAll(() => {
  mocks.server.listen({ onUnhandledFrame: 'error' });
  mocks.server.events.on('request:start', (event: { request: Request }) => void seen.push(event.request.clone()));
});
afterEach(() => {
  mocks.reset();
  seen.length = 0;
});
afterAll(() => mocks.server.close());

const ours = (endpoint: string) => ({ endpoint, allowInsecureHttp: true, retry: { maxAttempts: 1 } });

it('TC3 host: the Tencent SDK signs the host without the port it sends in Host; our client signs host:port', async () => {
  const endpoint = 'tat.tencentcloudapi.com:8080';
  await tatSdk({ credentials: TENCENT, endpoint }).DescribeInvocations({ Limit: 1 });
  await new TatClient({ ...ours(`http://${endpoint}`), credentials: TENCENT, region: 'ap-guangzhou' }).describeInvocations({ Limit: 1 });
  const signedHosts = [];
  for (const request of seen) {
    expect(request.headers.get('host') ?? new URL(request.url).host).toBe(endpoint);
    const signature = /Signature=([0-9a-f]{64})/.exec(request.headers.get('authorization') ?? '')?.[1];
    const input = {
      secretKey: TENCENT.accessKeySecret,
      service: 'tat',
      timestamp: Number(request.headers.get('x-tc-timestamp')),
      contentType: request.headers.get('content-type') ?? '',
      payload: await request.text(),
    };
    signedHosts.push(['tat.tencentcloudapi.com', endpoint].find((host) => tc3Signature({ ...input, host }) === signature));
  }
  expect(signedHosts).toEqual(['tat.tencentcloudapi.com', endpoint]);
});

it('Batch method: the Tencent SDK POSTs JSON; our client sends the documented GET with a form-encoded query', async () => {
  const input = { JobId: 'job-97zcl3wt', TaskName: 'A', Limit: 2 };
  const fromSdk = await batchSdk({ credentials: TENCENT }).DescribeTask(input);
  const fromOurs = await new BatchClient({ ...ours('http://batch.tencentcloudapi.com'), credentials: TENCENT, region: 'ap-guangzhou' }).describeTask(input);
  expect(seen.map((request) => [request.method, request.headers.get('content-type')])).toEqual([
    ['POST', 'application/json'],
    ['GET', 'application/x-www-form-urlencoded'],
  ]);
  expect(new URL(seen[1]!.url).searchParams.get('TaskName')).toBe('A');
  expect(fromOurs.TaskInstanceSet).toEqual(fromSdk.TaskInstanceSet);
});

it('ACS3 query: the Alibaba SDK POSTs with `*` left raw and signs x-acs-credentials-provider; our client GETs with `*` as %2A', async () => {
  const invokeId = 't-a b*~/&=+';
  await ecsSdk({ credentials: ALIYUN, endpoint: 'ecs.aliyuncs.com' }).describeInvocations(
    new ecs.DescribeInvocationsRequest({ regionId: 'cn-hangzhou', invokeId }),
  );
  await new EcsClient({ ...ours('http://ecs.aliyuncs.com'), credentials: ALIYUN, region: 'cn-hangzhou' }).describeInvocations({ InvokeId: invokeId });
  const [sdk, client] = seen.map((request) => ({
    method: request.method,
    query: new URL(request.url).search,
    authorization: request.headers.get('authorization') ?? '',
  }));
  expect(sdk).toMatchObject({ method: 'POST', query: expect.stringContaining('InvokeId=t-a%20b*~%2F%26%3D%2B') });
  expect(client).toMatchObject({ method: 'GET', query: expect.stringContaining('InvokeId=t-a%20b%2A~%2F%26%3D%2B') });
  expect(sdk!.authorization).toContain('x-acs-credentials-provider');
  expect(client!.authorization).not.toContain('x-acs-credentials-provider');
});

it('RPC v2: the Alibaba SDK sends Format=json and x-acs-* headers besides the signed query; our client Format=JSON only', async () => {
  await ecsSdk({ credentials: ALIYUN, endpoint: 'ecs.aliyuncs.com', signatureAlgorithm: 'v2' }).describeInvocations(
    new ecs.DescribeInvocationsRequest({ regionId: 'cn-hangzhou' }),
  );
  await new EcsClient({ ...ours('http://ecs.aliyuncs.com'), credentials: ALIYUN, region: 'cn-hangzhou', signatureMethod: 'rpc-v2' }).describeInvocations({});
  const [sdk, client] = seen.map((request) => ({ format: new URL(request.url).searchParams.get('Format'), action: request.headers.get('x-acs-action') }));
  expect(sdk).toEqual({ format: 'json', action: 'DescribeInvocations' });
  expect(client).toEqual({ format: 'JSON', action: null });
});
