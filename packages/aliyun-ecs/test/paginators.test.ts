// The generated paginators pass `maxPages` through to the runtime: the iteration stops quietly after that many
// pages although the server says more remain. (Page-number style: the mock refuses NextTokens it never issued,
// so overrides cannot script a next-token walk; tencent-tat's test covers the shared emitter path again.)
import { EcsClient, paginateDescribeInvocationsByPage } from '@cloudexec/aliyun-ecs';
import { ecsMock, handlers } from '@cloudexec/aliyun-ecs/msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { countingClient, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, ecsMock);

const newClient = () => countingClient((hooks) => new EcsClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou', hooks }));

/** Three distinct pages of 2 out of a claimed 30 invocations. */
beforeEach(() => {
  for (let page = 0; page < 3; page += 1) {
    const Invocation = [0, 1].map((i) => ({ InvokeId: `t-page${page}i${i}` }));
    ecsMock.override('DescribeInvocations', {
      response: { TotalCount: 30, PageNumber: page + 1, PageSize: 2, Invocations: { Invocation } },
      times: 1,
    });
  }
});

describe('paginateDescribeInvocationsByPage maxPages', () => {
  it('stops after maxPages pages although more remain', async () => {
    const { client, sent } = newClient();
    const ids: string[] = [];
    for await (const item of paginateDescribeInvocationsByPage(client, { PageSize: 2 }, { maxPages: 2 }).items()) ids.push(String(item.InvokeId));
    expect(ids).toEqual(['t-page0i0', 't-page0i1', 't-page1i0', 't-page1i1']);
    expect(sent.count).toBe(2);
  });
});
