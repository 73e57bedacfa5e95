// Datasets: filtering like the service, and each paging style returning every matching item exactly once.
import { describe, expect, it } from 'vitest';
import { createMockService } from '../src/index.ts';
import { aliyunModel, ecsInvocation, tencentModel } from './fixtures.ts';
import { aliyunError, aliyunQuery, json, tencentPost } from './requests.ts';

const tatItems = Array.from({ length: 47 }, (_, i) => ({
  InvocationId: `inv-${String(i).padStart(4, '0')}`,
  CommandId: i % 2 === 0 ? 'cmd-even' : 'cmd-odd',
  InstanceKind: i % 3 === 0 ? 'LIGHTHOUSE' : 'CVM',
  InvocationTaskBasicInfoSet: [{ InvocationTaskId: `invt-${i}`, InstanceId: `ins-${i % 5}` }],
}));

const ecsItems = Array.from({ length: 23 }, (_, i) => ecsInvocation(`t-${i}`, i % 4 === 0 ? 'Failed' : 'Finished', `i-${i % 3}`));

describe('offset-limit paging (Tencent)', () => {
  const mock = createMockService(tencentModel, { enforceQps: false, dataset: { DescribeInvocations: tatItems } });
  const page = async (body: Record<string, unknown>) => (await json(await mock.handle(tencentPost('DescribeInvocations', body))))['Response'];

  it('walks every item exactly once with TotalCount on each page', async () => {
    const seen: string[] = [];
    for (let offset = 0; ; offset += 10) {
      const response = await page({ Offset: offset, Limit: 10 });
      expect(response.TotalCount).toBe(47);
      if (response.InvocationSet.length === 0) break;
      seen.push(...response.InvocationSet.map((item: { InvocationId: string }) => item.InvocationId));
    }
    expect(seen).toEqual(tatItems.map((item) => item.InvocationId));
  });

  it('applies the default limit', async () => {
    expect((await page({})).InvocationSet).toHaveLength(20);
  });

  it('filters by documented filter names (OR within values, AND across filters, nested fields)', async () => {
    const byCommand = await page({ Filters: [{ Name: 'command-id', Values: ['cmd-even'] }], Limit: 100 });
    expect(byCommand.TotalCount).toBe(24);
    const both = await page({
      Filters: [
        { Name: 'command-id', Values: ['cmd-even'] },
        { Name: 'instance-kind', Values: ['LIGHTHOUSE'] },
      ],
      Limit: 100,
    });
    expect(both.InvocationSet.map((item: { InvocationId: string }) => item.InvocationId)).toEqual([
      'inv-0000',
      'inv-0006',
      'inv-0012',
      'inv-0018',
      'inv-0024',
      'inv-0030',
      'inv-0036',
      'inv-0042',
    ]);
    const byInstance = await page({ Filters: [{ Name: 'instance-id', Values: ['ins-1', 'ins-2'] }], Limit: 100 });
    expect(byInstance.TotalCount).toBe(19);
  });

  it('filters by a list parameter named after an item field (InvocationIds → InvocationId)', async () => {
    const response = await page({ InvocationIds: ['inv-0003', 'inv-0040', 'inv-9999'] });
    expect(response.InvocationSet.map((item: { InvocationId: string }) => item.InvocationId)).toEqual(['inv-0003', 'inv-0040']);
    expect(response.TotalCount).toBe(2);
  });

  it('setDataset replaces the items and reset() restores the initial ones', async () => {
    mock.setDataset('DescribeInvocations', tatItems.slice(0, 2));
    expect((await page({})).TotalCount).toBe(2);
    mock.reset();
    expect((await page({})).TotalCount).toBe(47);
  });

  it('refuses a dataset for an unknown action', () => {
    expect(() => mock.setDataset('RunCommand', [])).toThrow(/RunCommand/);
  });
});

describe('page-number and next-token paging (Alibaba ECS documents both)', () => {
  const mock = createMockService(aliyunModel, { enforceQps: false, dataset: { DescribeInvocations: ecsItems } });
  const call = async (params: Record<string, string>) => json(await mock.handle(aliyunQuery({ RegionId: 'cn-hangzhou', ...params })));
  const ids = (body: Record<string, any>): string[] => body['Invocations'].Invocation.map((item: { InvokeId: string }) => item.InvokeId);

  it('page-number: every item once, PageNumber/PageSize/TotalCount echoed', async () => {
    const seen: string[] = [];
    for (let pageNumber = 1; pageNumber <= 5; pageNumber += 1) {
      const body = await call({ PageNumber: String(pageNumber), PageSize: '7' });
      expect(body).toMatchObject({ PageNumber: pageNumber, PageSize: 7, TotalCount: 23 });
      seen.push(...ids(body));
    }
    expect(seen).toEqual(ecsItems.map((item) => item.InvokeId));
    expect(ids(await call({}))).toHaveLength(10);
  });

  it('next-token: every item once, NextToken empty when done', async () => {
    const seen: string[] = [];
    let token = '';
    let pages = 0;
    do {
      const body = await call({ MaxResults: '5', ...(token ? { NextToken: token } : {}) });
      seen.push(...ids(body));
      token = body['NextToken'];
      pages += 1;
    } while (token !== '' && pages < 10);
    expect(token).toBe('');
    expect(pages).toBe(5);
    expect(seen).toEqual(ecsItems.map((item) => item.InvokeId));
  });

  it('rejects a token it did not issue', async () => {
    const response = await mock.handle(aliyunQuery({ RegionId: 'cn-hangzhou', NextToken: 'AAAAAdDWBF2' }));
    expect(await aliyunError(response)).toMatchObject({ status: 400, code: 'InvalidParameter' });
  });

  it('filters on request parameters named like item fields, nested ones included', async () => {
    const failed = await call({ InvokeStatus: 'Failed', PageSize: '50' });
    expect(ids(failed)).toEqual(['t-0', 't-4', 't-8', 't-12', 't-16', 't-20']);
    const onInstance = await call({ InstanceId: 'i-1', InvokeStatus: 'Finished', PageSize: '50' });
    expect(ids(onInstance)).toEqual(['t-1', 't-7', 't-10', 't-13', 't-19', 't-22']);
    expect(onInstance['TotalCount']).toBe(6);
  });

  it('keeps the example fields around the items and a fresh RequestId', async () => {
    const body = await call({});
    expect(body['RequestId']).not.toBe('473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E');
    expect(body['NextToken']).not.toBe('AAAAAdDWBF2');
  });
});
