import { describe, expect, it } from 'vitest';
import { createMockService } from '../src/index.ts';
import { aliyunModel, tencentModel } from './fixtures.ts';
import { aliyunError, aliyunQuery, json, tencentError, tencentPost } from './requests.ts';

describe('per-call overrides', () => {
  it('serves a fixed response, wrapped in the Tencent envelope', async () => {
    const mock = createMockService(tencentModel, { requestId: () => 'req-9' });
    mock.override('DescribeInvocations', { response: { TotalCount: 0, InvocationSet: [] } });
    expect(await json(await mock.handle(tencentPost('DescribeInvocations', {})))).toEqual({
      Response: { TotalCount: 0, InvocationSet: [], RequestId: 'req-9' },
    });
  });

  it('forces an error code with its documented status, for `times` calls only', async () => {
    const mock = createMockService(aliyunModel);
    mock.override('DescribeInvocations', { errorCode: 'InternalError.Dispatch', times: 1 });
    mock.override('DescribeInvocations', { errorCode: 'Throttling.User', times: 1 });
    mock.override('DescribeInvocations', { errorCode: 'Undocumented.Code', times: 1 });
    const call = () => mock.handle(aliyunQuery({ RegionId: 'cn-hangzhou' }));
    expect(await aliyunError(await call())).toMatchObject({ status: 500, code: 'InternalError.Dispatch' });
    expect(await aliyunError(await call())).toMatchObject({ status: 400, code: 'Throttling.User' });
    expect(await aliyunError(await call())).toMatchObject({ status: 400, code: 'Undocumented.Code' });
    expect((await call()).status).toBe(200);
  });

  it('keeps Tencent API errors on HTTP 200', async () => {
    const mock = createMockService(tencentModel);
    mock.override('DescribeInvocations', { errorCode: 'InternalError' });
    expect(await tencentError(await mock.handle(tencentPost('DescribeInvocations', {})))).toMatchObject({ status: 200, code: 'InternalError' });
  });

  it('fails like a dropped connection', async () => {
    const mock = createMockService(tencentModel);
    mock.override('DescribeInvocations', { networkError: true, times: 1 });
    const response = await mock.handle(tencentPost('DescribeInvocations', {}));
    expect(response.type).toBe('error');
    expect((await mock.handle(tencentPost('DescribeInvocations', {}))).status).toBe(200);
  });

  it('delays the answer', async () => {
    const mock = createMockService(tencentModel);
    mock.override('DescribeInvocations', { delayMs: 60 });
    const started = performance.now();
    expect((await mock.handle(tencentPost('DescribeInvocations', {}))).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('reset() drops overrides', async () => {
    const mock = createMockService(tencentModel);
    mock.override('DescribeInvocations', { errorCode: 'InternalError' });
    mock.reset();
    expect((await tencentError(await mock.handle(tencentPost('DescribeInvocations', {})))).code).toBeUndefined();
  });
});
