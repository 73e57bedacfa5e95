import { describe, expect, it } from 'vitest';
import { createMockService } from '../src/index.ts';
import { aliyunModel, ecsInvocation } from './fixtures.ts';
import { aliyunError, aliyunQuery, json } from './requests.ts';

const mock = () => createMockService(aliyunModel, { requestId: () => 'REQ-1', enforceQps: false });

describe('Alibaba mock: dispatch and example', () => {
  it('serves the first example as plain JSON with a fresh RequestId, on the global and regional hosts', async () => {
    for (const host of ['ecs.aliyuncs.com', 'ecs.cn-hangzhou.aliyuncs.com']) {
      const response = await mock().handle(aliyunQuery({ RegionId: 'cn-hangzhou' }, 'GET', host));
      expect(response.status).toBe(200);
      expect(await json(response)).toMatchObject({
        RequestId: 'REQ-1',
        TotalCount: 1,
        Invocations: { Invocation: [ecsInvocation('t-hz0jdfwd9f****', 'Finished', 'i-bp1i7gg30r52z2em****')] },
      });
    }
  });

  it('dispatches on the x-acs-action / x-acs-version headers (signature V3 style)', async () => {
    const request = new Request('https://ecs.aliyuncs.com/?RegionId=cn-hangzhou', {
      method: 'POST',
      headers: { 'x-acs-action': 'DescribeInvocations', 'x-acs-version': '2014-05-26' },
    });
    expect((await mock().handle(request)).status).toBe(200);
  });

  it('answers an unknown action with the model code and its documented status', async () => {
    expect(await aliyunError(await mock().handle(aliyunQuery({ Action: 'RunCommand', RegionId: 'cn-hangzhou' })))).toEqual({
      status: 404,
      code: 'InvalidAction.NotFound',
      requestId: 'REQ-1',
    });
  });

  it('error bodies carry HostId and a troubleshooting link', async () => {
    const body = await json(await mock().handle(aliyunQuery({}, 'POST', 'ecs.cn-shanghai.aliyuncs.com')));
    expect(body).toMatchObject({ HostId: 'ecs.cn-shanghai.aliyuncs.com', Code: 'MissingParameter.RegionId' });
    expect(body['Recommend']).toContain('q=MissingParameter.RegionId');
  });

  it('falls back to the invalid-parameter code for another version when the model documents none', async () => {
    expect(await aliyunError(await mock().handle(aliyunQuery({ Version: '2016-03-14', RegionId: 'cn-hangzhou' })))).toMatchObject({
      status: 400,
      code: 'InvalidParameter',
    });
  });
});

describe('Alibaba mock: malformed requests', () => {
  const cases: Array<[string, Request, string, number]> = [
    ['no Action at all', new Request('https://ecs.aliyuncs.com/?RegionId=cn-hangzhou&Version=2014-05-26'), 'MissingParameter.Action', 400],
    ['garbage query', new Request('https://ecs.aliyuncs.com/?%%%&&=&=x'), 'MissingParameter.Action', 400],
    ['a DELETE', new Request('https://ecs.aliyuncs.com/?Action=DescribeInvocations', { method: 'DELETE' }), 'UnsupportedHTTPMethod', 403],
    [
      'a JSON body instead of query/form parameters',
      new Request('https://ecs.aliyuncs.com/?Action=DescribeInvocations&Version=2014-05-26', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"RegionId":',
      }),
      'MissingParameter.RegionId',
      400,
    ],
  ];
  it.each(cases)('%s → %s', async (_name, request, code, status) => {
    expect(await aliyunError(await mock().handle(request))).toEqual({ status, code, requestId: 'REQ-1' });
  });
});
