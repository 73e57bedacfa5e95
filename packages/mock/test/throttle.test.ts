import { describe, expect, it } from 'vitest';
import { createMockService } from '../src/index.ts';
import { aliyunModel, tencentModel } from './fixtures.ts';
import { aliyunError, aliyunQuery, tencentError, tencentGet, tencentPost } from './requests.ts';

function clock(start = 1_700_000_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

describe('QPS enforcement', () => {
  it('admits the documented QPS per second and throttles the next call (Tencent, HTTP 200)', async () => {
    const time = clock();
    const mock = createMockService(tencentModel, { now: time.now, hosts: ['batch.tencentcloudapi.com'] });
    const call = () => mock.handle(tencentGet({ Action: 'DescribeTask', JobId: 'job-97zcl3wt', TaskName: 'A' }, 'batch.tencentcloudapi.com'));
    for (let i = 0; i < 3; i += 1) expect((await tencentError(await call())).code).toBeUndefined();
    expect(await tencentError(await call())).toMatchObject({ status: 200, code: 'RequestLimitExceeded' });
    // Other actions have their own budget.
    expect((await tencentError(await mock.handle(tencentPost('DescribeInvocations', {})))).code).toBeUndefined();
    time.advance(999);
    expect((await tencentError(await call())).code).toBe('RequestLimitExceeded');
    time.advance(1);
    expect((await tencentError(await call())).code).toBeUndefined();
  });

  it('uses a sliding window: a burst straddling a second boundary is still limited', async () => {
    const time = clock();
    const mock = createMockService(aliyunModel, { now: time.now });
    const call = () => mock.handle(aliyunQuery({ RegionId: 'cn-hangzhou' }));
    time.advance(900);
    for (let i = 0; i < 5; i += 1) expect((await call()).status).toBe(200);
    time.advance(200); // a new wall-clock second, but the five calls are 200 ms old
    expect(await aliyunError(await call())).toMatchObject({ status: 400, code: 'Throttling.User' });
    time.advance(800);
    expect((await call()).status).toBe(200);
  });

  it('can be switched off, and reset() clears the window', async () => {
    const time = clock();
    const open = createMockService(aliyunModel, { now: time.now, enforceQps: false });
    for (let i = 0; i < 20; i += 1) expect((await open.handle(aliyunQuery({ RegionId: 'cn-hangzhou' }))).status).toBe(200);
    const limited = createMockService(aliyunModel, { now: time.now });
    for (let i = 0; i < 5; i += 1) await limited.handle(aliyunQuery({ RegionId: 'cn-hangzhou' }));
    expect((await limited.handle(aliyunQuery({ RegionId: 'cn-hangzhou' }))).status).toBe(400);
    limited.reset();
    expect((await limited.handle(aliyunQuery({ RegionId: 'cn-hangzhou' }))).status).toBe(200);
  });
});
