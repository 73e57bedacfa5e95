import { describe, expect, it, vi } from 'vitest';
import { PaginationError, paginateNextToken, paginateOffset, paginatePageNumber } from '../src/index.ts';

const ALL = Array.from({ length: 23 }, (_, i) => `item-${i}`);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

interface OffsetInput {
  Offset?: number;
  Limit?: number;
  Filter?: string;
}
interface OffsetPage {
  TotalCount: number;
  Set: string[];
}

/** A Tencent-style listing that caps Limit at `maxLimit`. */
function offsetServer(items = ALL, maxLimit = 100) {
  return vi.fn(async (input: OffsetInput): Promise<OffsetPage> => {
    const offset = input.Offset ?? 0;
    const limit = Math.min(input.Limit ?? 20, maxLimit);
    return { TotalCount: items.length, Set: items.slice(offset, offset + limit) };
  });
}

describe('paginateOffset', () => {
  const options = { offsetKey: 'Offset', limitKey: 'Limit', totalKey: 'TotalCount', itemsOf: (page: OffsetPage) => page.Set } as const;

  it('yields every item exactly once and stops at TotalCount', async () => {
    const fetchPage = offsetServer();
    const pager = paginateOffset({ ...options, fetchPage, input: { Limit: 10, Filter: 'x' } });
    expect(await collect(pager.items())).toEqual(ALL);
    expect(fetchPage.mock.calls.map(([input]) => input)).toEqual([
      { Limit: 10, Filter: 'x', Offset: 0 },
      { Limit: 10, Filter: 'x', Offset: 10 },
      { Limit: 10, Filter: 'x', Offset: 20 },
    ]);
  });

  it('follows the items returned when the server caps the limit', async () => {
    const fetchPage = offsetServer(ALL, 5);
    expect(await collect(paginateOffset({ ...options, fetchPage, input: { Limit: 100 } }).items())).toEqual(ALL);
    expect(fetchPage).toHaveBeenCalledTimes(5);
  });

  it('starts at the given offset, yields pages, and can be iterated again', async () => {
    const pager = paginateOffset({ ...options, fetchPage: offsetServer(), input: { Offset: 15, Limit: 5 } });
    const pages = await collect(pager);
    expect(pages.map((p) => p.Set.length)).toEqual([5, 3]);
    expect(await collect(pager.items())).toEqual(ALL.slice(15));
  });

  it('stops on an empty page even when TotalCount promises more', async () => {
    const fetchPage = vi.fn(
      async ({ Offset = 0 }: OffsetInput): Promise<OffsetPage> => ({ TotalCount: 1000, Set: Offset < 4 ? [`a${Offset}`, `b${Offset}`] : [] }),
    );
    expect(await collect(paginateOffset({ ...options, fetchPage, input: {} }).items())).toEqual(['a0', 'b0', 'a2', 'b2']);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('does not mutate the input', async () => {
    const input = { Limit: 10 };
    await collect(paginateOffset({ ...options, fetchPage: offsetServer(), input }));
    expect(input).toEqual({ Limit: 10 });
  });

  it('checks the signal between pages', async () => {
    const controller = new AbortController();
    const pager = paginateOffset({ ...options, fetchPage: offsetServer(), input: { Limit: 10 }, signal: controller.signal });
    const seen: string[] = [];
    const run = (async () => {
      for await (const item of pager.items()) {
        seen.push(item);
        if (seen.length === 10) controller.abort(new Error('enough'));
      }
    })();
    await expect(run).rejects.toThrow('enough');
    expect(seen).toHaveLength(10);
  });
});

interface PageInput {
  RegionId: string;
  PageNumber?: number;
  PageSize?: number;
}
interface PageOutput {
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  Invocations: { Invocation: string[] };
}

function pageServer(items = ALL, maxSize = 50) {
  return vi.fn(async (input: PageInput): Promise<PageOutput> => {
    const page = input.PageNumber ?? 1;
    const size = Math.min(input.PageSize ?? 10, maxSize);
    return { TotalCount: items.length, PageNumber: page, PageSize: size, Invocations: { Invocation: items.slice((page - 1) * size, page * size) } };
  });
}

describe('paginatePageNumber', () => {
  const options = {
    pageNumberKey: 'PageNumber',
    pageSizeKey: 'PageSize',
    totalKey: 'TotalCount',
    itemsOf: (page: PageOutput) => page.Invocations.Invocation,
  } as const;

  it('walks pages from 1 until TotalCount, every item once', async () => {
    const fetchPage = pageServer();
    expect(await collect(paginatePageNumber({ ...options, fetchPage, input: { RegionId: 'cn-hangzhou', PageSize: 10 } }).items())).toEqual(ALL);
    expect(fetchPage.mock.calls.map(([input]) => input.PageNumber)).toEqual([1, 2, 3]);
  });

  it('uses the page size the server echoes when it caps the request', async () => {
    const fetchPage = pageServer(ALL, 4);
    const items = await collect(paginatePageNumber({ ...options, fetchPage, input: { RegionId: 'r', PageNumber: 3, PageSize: 100 } }).items());
    expect(items).toEqual(ALL.slice(8));
    expect(fetchPage).toHaveBeenCalledTimes(4);
  });

  it('stops on an empty page', async () => {
    const fetchPage = vi.fn(
      async (_input: PageInput): Promise<PageOutput> => ({ TotalCount: 99, PageNumber: 1, PageSize: 10, Invocations: { Invocation: [] } }),
    );
    expect(await collect(paginatePageNumber({ ...options, fetchPage, input: { RegionId: 'r' } }))).toEqual([]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });
});

interface TokenInput {
  NextToken?: string;
  MaxResults?: number;
}
interface TokenOutput {
  NextToken?: string;
  Items: string[];
}

function tokenServer(items = ALL, size = 10) {
  return vi.fn(async (input: TokenInput): Promise<TokenOutput> => {
    const start = input.NextToken ? Number(input.NextToken.slice(2)) : 0;
    const end = start + size;
    return { Items: items.slice(start, end), ...(end < items.length ? { NextToken: `t-${end}` } : { NextToken: '' }) };
  });
}

describe('paginateNextToken', () => {
  const options = { tokenKey: 'NextToken', nextTokenKey: 'NextToken', itemsOf: (page: TokenOutput) => page.Items } as const;

  it('follows NextToken until it comes back empty', async () => {
    const fetchPage = tokenServer();
    expect(await collect(paginateNextToken({ ...options, fetchPage, input: { MaxResults: 10 } }).items())).toEqual(ALL);
    expect(fetchPage.mock.calls.map(([input]) => input)).toEqual([
      { MaxResults: 10 },
      { MaxResults: 10, NextToken: 't-10' },
      { MaxResults: 10, NextToken: 't-20' },
    ]);
  });

  it('throws instead of looping when the server repeats a token', async () => {
    const fetchPage = vi.fn(async (_input: TokenInput): Promise<TokenOutput> => ({ Items: ['same'], NextToken: 'stuck' }));
    const seen: string[] = [];
    const run = (async () => {
      for await (const item of paginateNextToken({ ...options, fetchPage, input: {} }).items()) seen.push(item);
    })();
    await expect(run).rejects.toThrow(new PaginationError('The server returned NextToken "stuck" twice; stopping to avoid an endless loop'));
    expect(seen).toEqual(['same', 'same']);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('treats the starting token as seen', async () => {
    const fetchPage = vi.fn(async (_input: TokenInput): Promise<TokenOutput> => ({ Items: ['x'], NextToken: 'start' }));
    await expect(collect(paginateNextToken({ ...options, fetchPage, input: { NextToken: 'start' } }))).rejects.toBeInstanceOf(PaginationError);
  });

  it('stops on an empty page and on a missing token', async () => {
    const empty = vi.fn(async (_input: TokenInput): Promise<TokenOutput> => ({ Items: [], NextToken: 'more' }));
    expect(await collect(paginateNextToken({ ...options, fetchPage: empty, input: {} }))).toEqual([]);
    const missing = vi.fn(async (_input: TokenInput): Promise<TokenOutput> => ({ Items: ['only'] }));
    expect(await collect(paginateNextToken({ ...options, fetchPage: missing, input: {} }).items())).toEqual(['only']);
  });
});
