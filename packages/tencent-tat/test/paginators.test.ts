// The generated paginators pass `maxPages` through to the runtime: the iteration stops quietly after that
// many pages although the server says more remain, and a nonsensical value is refused before any request.
import { PaginationError } from '@cloudexec/runtime';
import { paginateDescribeInvocations, TatClient } from '@cloudexec/tencent-tat';
import { handlers, tatMock } from '@cloudexec/tencent-tat/msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { countingClient, rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, tatMock);

const newClient = () => countingClient((hooks) => new TatClient({ credentials: TEST_CREDENTIALS, region: 'ap-guangzhou', hooks }));

/** Three distinct pages of 2 out of a claimed 30 invocations, one override per request. */
beforeEach(() => {
  for (let page = 0; page < 3; page += 1) {
    const InvocationSet = [0, 1].map((i) => ({ InvocationId: `inv-page${page}i${i}` }));
    tatMock.override('DescribeInvocations', { response: { TotalCount: 30, InvocationSet }, times: 1 });
  }
});

async function collect(items: AsyncIterable<{ InvocationId?: string }>): Promise<string[]> {
  const ids: string[] = [];
  for await (const item of items) ids.push(String(item.InvocationId));
  return ids;
}

describe('paginateDescribeInvocations maxPages', () => {
  it('stops after maxPages pages although more remain', async () => {
    const { client, sent } = newClient();
    const ids = await collect(paginateDescribeInvocations(client, { Limit: 2 }, { maxPages: 2 }).items());
    expect(ids).toEqual(['inv-page0i0', 'inv-page0i1', 'inv-page1i0', 'inv-page1i1']);
    expect(sent.count).toBe(2);
  });

  it('fetches further pages without it', async () => {
    const { client, sent } = newClient();
    let pages = 0;
    for await (const _page of paginateDescribeInvocations(client, { Limit: 2 }, {})) if (++pages === 3) break;
    expect(sent.count).toBe(3);
  });

  it('refuses a maxPages that is not a whole number above 0, sending nothing', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(collect(paginateDescribeInvocations(client, { Limit: 2 }, { maxPages: 0 }).items()));
    expect(error).toBeInstanceOf(PaginationError);
    expect(sent.count).toBe(0);
  });
});
