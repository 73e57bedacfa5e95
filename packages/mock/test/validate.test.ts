// The constraint kinds added for filter value lists, unique list keys, pagination tokens and closed objects:
// findViolation on its own, then through the engine, which answers each with the constraint's code and status.
import { describe, expect, it } from 'vitest';
import type { Constraint, ServiceModel } from '@cloudexec/runtime/model';
import { createMockService } from '../src/index.ts';
import { findViolation } from '../src/validate.ts';
import { aliyunModel, ecsInvocation, tencentModel } from './fixtures.ts';
import { aliyunError, aliyunQuery, json, tencentError, tencentGet, tencentPost } from './requests.ts';

const tencentError200 = { httpStatus: 200, basis: 'inferred' } as const;
const filterValue: Constraint = {
  kind: 'filterValue',
  path: 'Filters',
  values: { 'instance-kind': ['CVM', 'LIGHTHOUSE'], 'retry-count': ['0', '1'] },
  code: 'InvalidParameterValue.InvalidFilter',
  ...tencentError200,
};
const uniqueKeys: Constraint = { kind: 'uniqueKeys', path: 'Tag', key: 'Key', code: 'Duplicate.TagKey', httpStatus: 400, basis: 'documented' };
const token: Constraint = { kind: 'token', path: 'NextToken', code: 'InvalidParameter.NextToken', httpStatus: 400, basis: 'documented' };
const closedRequest: Constraint = { kind: 'additionalProperties', path: '', allowed: ['Filters', 'Limit'], code: 'UnknownParameter', ...tencentError200 };
const closedFilters: Constraint = {
  kind: 'additionalProperties',
  path: 'Filters[]',
  allowed: ['Name', 'Values'],
  code: 'UnknownParameter',
  ...tencentError200,
};

/** The broken constraint's kind, or 'ok'. */
function verdict(params: Record<string, unknown>, constraints: Constraint[], implicit?: string[]): string {
  return findViolation(params, constraints, implicit)?.constraint.kind ?? 'ok';
}

describe('findViolation for the added kinds', () => {
  const filter = (Name: unknown, Values: unknown[]) => ({ Name, Values });
  it.each([
    { name: 'listed values of a listed name', params: { Filters: [filter('instance-kind', ['CVM', 'LIGHTHOUSE'])] }, want: 'ok' },
    { name: 'any value of a name without a list', params: { Filters: [filter('instance-id', ['anything'])] }, want: 'ok' },
    { name: 'a number read from text matches its listed text', params: { Filters: [filter('retry-count', [1])] }, want: 'ok' },
    { name: 'an inherited property name is not a listed name', params: { Filters: [filter('constructor', ['x'])] }, want: 'ok' },
    {
      name: 'an unlisted value in the second filter',
      params: { Filters: [filter('instance-id', ['x']), filter('instance-kind', ['CVM', 'BAREMETAL'])] },
      want: 'filterValue',
    },
  ])('filterValue: $name → $want', ({ params, want }) => {
    expect(verdict(params, [filterValue])).toBe(want);
  });

  it.each([
    { name: 'distinct keys', params: { Tag: [{ Key: 'env' }, { Key: 'owner' }] }, want: 'ok' },
    { name: 'absent and empty keys never clash', params: { Tag: [{ Value: 'a' }, { Value: 'b' }, { Key: '' }, { Key: '' }] }, want: 'ok' },
    { name: 'a repeated key', params: { Tag: [{ Key: 'env', Value: 'a' }, { Key: 'owner' }, { Key: 'env', Value: 'b' }] }, want: 'uniqueKeys' },
  ])('uniqueKeys: $name → $want', ({ params, want }) => {
    expect(verdict(params, [uniqueKeys])).toBe(want);
  });

  it.each([
    { name: 'no token', params: {}, want: 'ok' },
    { name: 'an empty token (first page)', params: { NextToken: '' }, want: 'ok' },
    { name: 'a token from the documented example', params: { NextToken: 'AAAAAdDWBF2' }, want: 'token' },
    { name: 'base64 that is not ours', params: { NextToken: btoa('someone-else:5') }, want: 'token' },
  ])('token: $name → $want', ({ params, want }) => {
    expect(verdict(params, [token])).toBe(want);
  });

  it.each([
    { name: 'declared parameters', params: { Limit: 1, Filters: [filter('a', ['b'])] }, want: 'ok' },
    { name: 'an undeclared member sent as undefined', params: { Limit: 1, Zone: undefined }, want: 'ok' },
    { name: 'an undeclared parameter', params: { Limit: 1, Zone: 'ap-guangzhou-1' }, want: 'additionalProperties' },
    { name: 'an undeclared member of a filter', params: { Filters: [filter('a', ['b']), { Name: 'a', Values: [], Op: 'eq' }] }, want: 'additionalProperties' },
  ])('additionalProperties: $name → $want', ({ params, want }) => {
    expect(verdict(params, [closedRequest, closedFilters])).toBe(want);
  });

  it('implicit parameters (the region the engine adds back) pass a closed request, not a closed nested object', () => {
    expect(verdict({ Limit: 1, Region: 'ap-guangzhou' }, [closedRequest], ['Region'])).toBe('ok');
    expect(verdict({ Limit: 1, Region: 'ap-guangzhou' }, [closedRequest])).toBe('additionalProperties');
    expect(verdict({ Filters: [{ Name: 'a', Values: [], Region: 'x' }] }, [closedFilters], ['Region'])).toBe('additionalProperties');
  });
});

/** The Tencent fixture with its DescribeInvocations closed and its instance-kind values listed. */
function closedTencentModel(): ServiceModel {
  return {
    ...tencentModel,
    operations: tencentModel.operations.map((op) =>
      op.action === 'DescribeInvocations' ? { ...op, constraints: [closedRequest, closedFilters, ...op.constraints, filterValue] } : op,
    ),
  };
}

describe('the engine answers the added kinds with their code (Tencent: HTTP 200)', () => {
  const mock = createMockService(closedTencentModel(), { enforceQps: false });
  const post = async (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    tencentError(await mock.handle(tencentPost('DescribeInvocations', body, headers)));

  it('UnknownParameter for an undefined parameter or filter member', async () => {
    expect(await post({ Limit: 1, Zone: 'ap-guangzhou-1' })).toMatchObject({ status: 200, code: 'UnknownParameter' });
    expect(await post({ Filters: [{ Name: 'instance-kind', Values: ['CVM'], Op: 'eq' }] })).toMatchObject({ status: 200, code: 'UnknownParameter' });
  });

  it('a region sent as X-TC-Region or as the common Region query parameter is not an unknown parameter', async () => {
    expect(await post({ Limit: 1 }, { 'X-TC-Region': 'ap-guangzhou' })).toMatchObject({ code: undefined });
    const get = await mock.handle(tencentGet({ Action: 'DescribeInvocations', Region: 'ap-guangzhou', Limit: '1' }));
    expect((await json(get))['Response'].Error).toBeUndefined();
  });

  it('the filter value code for a value off its name’s list', async () => {
    expect(await post({ Filters: [{ Name: 'instance-kind', Values: ['BAREMETAL'] }] })).toMatchObject({
      status: 200,
      code: 'InvalidParameterValue.InvalidFilter',
    });
    expect(await post({ Filters: [{ Name: 'instance-kind', Values: ['LIGHTHOUSE'] }] })).toMatchObject({ code: undefined });
  });
});

describe('the engine answers the added kinds with their code and status (Alibaba)', () => {
  const model: ServiceModel = {
    ...aliyunModel,
    operations: aliyunModel.operations.map((op) => ({ ...op, constraints: [...op.constraints, uniqueKeys, token] })),
  };
  const items = Array.from({ length: 7 }, (_, i) => ecsInvocation(`t-${i}`, 'Finished', 'i-1'));
  const mock = createMockService(model, { enforceQps: false, requestId: () => 'REQ-1', dataset: { DescribeInvocations: items } });
  const query = (params: Record<string, string>) => mock.handle(aliyunQuery({ RegionId: 'cn-hangzhou', ...params }));

  it('Duplicate.TagKey (400) for a repeated tag key, 1-based on the wire', async () => {
    const response = await query({ 'Tag.1.Key': 'env', 'Tag.2.Key': 'owner', 'Tag.3.Key': 'env' });
    expect(await aliyunError(response)).toEqual({ status: 400, code: 'Duplicate.TagKey', requestId: 'REQ-1' });
  });

  it('InvalidParameter.NextToken (400) for a token it did not issue, and the next page for one it did', async () => {
    expect(await aliyunError(await query({ NextToken: 'AAAAAdDWBF2' }))).toEqual({ status: 400, code: 'InvalidParameter.NextToken', requestId: 'REQ-1' });
    const first = await json(await query({ MaxResults: '5' }));
    const issued = first['NextToken'];
    expect(issued).not.toBe('');
    const second = await json(await query({ MaxResults: '5', NextToken: issued }));
    expect(second['Invocations'].Invocation.map((item: { InvokeId: string }) => item.InvokeId)).toEqual(['t-5', 't-6']);
  });
});
