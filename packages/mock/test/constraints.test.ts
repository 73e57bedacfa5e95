// Each constraint kind, broken once, answers with the code and status the model documents for it.
import { describe, expect, it } from 'vitest';
import { createMockService } from '../src/index.ts';
import { aliyunModel, tencentModel } from './fixtures.ts';
import { aliyunError, aliyunForm, aliyunQuery, tencentError, tencentGet, tencentPost } from './requests.ts';

describe('Tencent constraints (HTTP 200, Response.Error)', () => {
  const mock = createMockService(tencentModel, { enforceQps: false, hosts: ['batch.tencentcloudapi.com'] });
  const filter = (name: string, count: number) => ({ Name: name, Values: Array.from({ length: count }, (_, i) => `v-${i}`) });
  const cases: Array<{ kind: string; body: Record<string, unknown>; code: string }> = [
    { kind: 'type', body: { Limit: '10' }, code: 'InvalidParameter' },
    { kind: 'type (fraction)', body: { Limit: 1.5 }, code: 'InvalidParameter' },
    { kind: 'maximum', body: { Limit: 101 }, code: 'InvalidParameterValue.LimitExceeded' },
    { kind: 'minimum', body: { Offset: -1 }, code: 'InvalidParameterValue' },
    { kind: 'maxItems', body: { InvocationIds: Array.from({ length: 101 }, (_, i) => `inv-${i}`) }, code: 'InvalidParameterValue.LimitExceeded' },
    { kind: 'mutuallyExclusive', body: { InvocationIds: ['inv-1'], Filters: [filter('command-id', 1)] }, code: 'InvalidParameter.ConflictParameter' },
    { kind: 'maxItems of Filters', body: { Filters: Array.from({ length: 11 }, () => filter('command-id', 1)) }, code: 'LimitExceeded.FilterLimitExceeded' },
    { kind: 'values per filter', body: { Filters: [filter('command-id', 1), filter('invocation-id', 6)] }, code: 'LimitExceeded.FilterValueExceeded' },
    { kind: 'minItems of Filters[].Values', body: { Filters: [filter('command-id', 0)] }, code: 'InvalidParameterValue' },
    { kind: 'filterName', body: { Filters: [filter('instance-name', 1)] }, code: 'InvalidParameterValue.InvalidFilter' },
    { kind: 'maxLength of list elements', body: { InvocationIds: ['inv-q4zp60g0-too-long'] }, code: 'InvalidParameterValue.InvalidInvocationId' },
  ];
  it.each(cases)('$kind → $code', async ({ body, code }) => {
    expect(await tencentError(await mock.handle(tencentPost('DescribeInvocations', body)))).toMatchObject({ status: 200, code });
  });

  it('accepts values exactly at the limits', async () => {
    const body = { Limit: 100, Offset: 0, Filters: [filter('command-id', 5)] };
    const response = await mock.handle(tencentPost('DescribeInvocations', body));
    expect((await response.json()).Response.Error).toBeUndefined();
  });

  it('required, minLength and enum on a GET call (query values are text)', async () => {
    const get = (query: Record<string, string>) => mock.handle(tencentGet({ Action: 'DescribeTask', ...query }, 'batch.tencentcloudapi.com'));
    expect((await tencentError(await get({ TaskName: 'A' }))).code).toBe('MissingParameter');
    expect((await tencentError(await get({ JobId: 'job-1', TaskName: 'A' }))).code).toBe('InvalidParameter.JobIdMalformed');
    const badState = { JobId: 'job-97zcl3wt', TaskName: 'A', 'Filters.0.Name': 'task-instance-state', 'Filters.0.Values.0': 'DONE' };
    expect((await tencentError(await get(badState))).code).toBe('InvalidParameterValue');
    const limitAsText = await get({ JobId: 'job-97zcl3wt', TaskName: 'A', Limit: '10', Offset: '0' });
    expect((await limitAsText.json()).Response.Error).toBeUndefined();
  });
});

describe('Alibaba constraints (JSON error body with the documented status)', () => {
  const mock = createMockService(aliyunModel, { enforceQps: false, requestId: () => 'REQ-1' });
  const cases: Array<{ kind: string; params: Record<string, string>; code: string; status: number }> = [
    { kind: 'required', params: {}, code: 'MissingParameter.RegionId', status: 400 },
    { kind: 'type', params: { RegionId: 'cn-hangzhou', Timed: 'maybe' }, code: 'InvalidParameter', status: 400 },
    { kind: 'enum', params: { RegionId: 'cn-hangzhou', InvokeStatus: 'Done' }, code: 'InvalidParameter', status: 400 },
    { kind: 'minimum', params: { RegionId: 'cn-hangzhou', PageNumber: '0' }, code: 'InvalidParam.PageNumber', status: 400 },
    { kind: 'maximum', params: { RegionId: 'cn-hangzhou', PageSize: '51' }, code: 'InvalidParam.PageSize', status: 400 },
    { kind: 'maxItems (1-based list)', params: { RegionId: 'cn-hangzhou', ...tags(21) }, code: 'InvalidParameter', status: 400 },
    { kind: 'maxLength of Tag[].Key', params: { RegionId: 'cn-hangzhou', 'Tag.1.Key': 'k'.repeat(65) }, code: 'InvalidParameter.TagKey', status: 400 },
    { kind: 'required inside a list', params: { RegionId: 'cn-hangzhou', 'Tag.1.Value': 'v' }, code: 'InvalidParameter.TagKey', status: 400 },
  ];
  it.each(cases)('$kind → $code', async ({ params, code, status }) => {
    expect(await aliyunError(await mock.handle(aliyunQuery(params)))).toEqual({ status, code, requestId: 'REQ-1' });
  });

  it('reads parameters from a form body the same way', async () => {
    expect(await aliyunError(await mock.handle(aliyunForm({ RegionId: 'cn-hangzhou', PageSize: '51' })))).toMatchObject({
      status: 400,
      code: 'InvalidParam.PageSize',
    });
    const ok = await mock.handle(aliyunForm({ RegionId: 'cn-hangzhou', ...tags(20), Timed: 'false' }));
    expect(ok.status).toBe(200);
  });
});

function tags(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`Tag.${i + 1}.Key`, `k${i}`]));
}
