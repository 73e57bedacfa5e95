import { describe, expect, it } from 'vitest';
import { createMockService } from '../src/index.ts';
import { tatInvocation, tencentModel } from './fixtures.ts';
import { json, tencentError, tencentGet, tencentPost } from './requests.ts';

const mock = () => createMockService(tencentModel, { requestId: () => 'req-1', enforceQps: false });

describe('Tencent mock: dispatch and example', () => {
  it('serves the first example inside the envelope with a fresh RequestId', async () => {
    const response = await mock().handle(tencentPost('DescribeInvocations', { Limit: 1 }));
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ Response: { TotalCount: 1, InvocationSet: [tatInvocation], RequestId: 'req-1' } });
  });

  it('dispatches a GET by its Action query parameter and reads flattened lists', async () => {
    const request = tencentGet(
      { Action: 'DescribeTask', JobId: 'job-97zcl3wt', TaskName: 'A', 'Filters.0.Name': 'task-instance-state', 'Filters.0.Values.0': 'SUCCEED' },
      'batch.tencentcloudapi.com',
    );
    const body = await json(await createMockService(tencentModel, { hosts: ['batch.tencentcloudapi.com'] }).handle(request));
    expect(body['Response']).toMatchObject({ JobId: 'job-97zcl3wt', TaskName: 'A' });
  });

  it('answers an unknown action with InvalidAction and a missing one with MissingParameter', async () => {
    expect(await tencentError(await mock().handle(tencentPost('RunCommand', {})))).toEqual({ status: 200, code: 'InvalidAction', requestId: 'req-1' });
    const noAction = new Request('https://tat.tencentcloudapi.com/', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect((await tencentError(await mock().handle(noAction))).code).toBe('MissingParameter');
  });

  it('rejects another API version with the documented common code', async () => {
    const response = await mock().handle(tencentPost('DescribeInvocations', {}, { 'X-TC-Version': '2017-03-12' }));
    expect((await tencentError(response)).code).toBe('NoSuchVersion');
  });

  it('requires the region header when the model says so', async () => {
    const operations = tencentModel.operations.map((op) => ({ ...op, region: { required: true, parameter: 'Region' as const } }));
    const regional = createMockService({ ...tencentModel, operations }, { enforceQps: false });
    expect((await tencentError(await regional.handle(tencentPost('DescribeInvocations', {})))).code).toBe('MissingParameter');
    const withRegion = tencentPost('DescribeInvocations', {}, { 'X-TC-Region': 'ap-guangzhou' });
    expect((await tencentError(await regional.handle(withRegion))).code).toBeUndefined();
  });

  it('matches the global host and the regional pattern, ignoring the port', () => {
    const service = mock();
    expect(service.matchesHost('tat.tencentcloudapi.com')).toBe(true);
    expect(service.matchesHost('tat.ap-guangzhou.tencentcloudapi.com:443')).toBe(true);
    expect(service.matchesHost('TAT.TencentCloudAPI.com')).toBe(true);
    expect(service.matchesHost('batch.tencentcloudapi.com')).toBe(false);
    expect(service.matchesHost('tat.tencentcloudapi.com.evil.example')).toBe(false);
  });

  it('answers 404 for a host it does not serve', async () => {
    const response = await mock().handle(tencentPost('DescribeInvocations', {}, {}, 'cvm.tencentcloudapi.com'));
    expect(response.status).toBe(404);
  });
});

describe('Tencent mock: malformed requests get provider-shaped errors', () => {
  const cases: Array<[string, Request, string]> = [
    ['broken JSON', tencentPost('DescribeInvocations', '{"Limit": '), 'InvalidParameter'],
    ['a JSON array body', tencentPost('DescribeInvocations', '[1,2]'), 'InvalidParameter'],
    ['binary garbage', tencentPost('DescribeInvocations', '\u0000\u00ff\u0001garbage'), 'InvalidParameter'],
    ['a text/plain body', tencentPost('DescribeInvocations', '{}', { 'Content-Type': 'text/plain' }), 'InvalidParameter'],
    [
      'an unsupported method',
      new Request('https://tat.tencentcloudapi.com/', { method: 'PUT', headers: { 'X-TC-Action': 'DescribeInvocations' }, body: '{}' }),
      'UnsupportedProtocol',
    ],
    ['a query of garbage', new Request('https://tat.tencentcloudapi.com/?%%%&&==&Action', { method: 'GET' }), 'MissingParameter'],
  ];
  it.each(cases)('%s → %s', async (_name, request, code) => {
    expect(await tencentError(await mock().handle(request))).toEqual({ status: 200, code, requestId: 'req-1' });
  });
});
