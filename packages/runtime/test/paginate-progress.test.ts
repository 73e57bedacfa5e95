// Paginators stop with a PaginationError when a page makes no progress, and honour maxPages.
import { describe, expect, it, vi } from 'vitest';
import { PaginationError, paginateNextToken, paginateOffset, paginatePageNumber } from '../src/index.ts';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

const ALL = Array.from({ length: 70 }, (_, i) => `item-${i}`);

describe('no progress', () => {
  it('offset: the server ignores Offset and repeats the first page', async () => {
    const fetchPage = vi.fn(async (_input: { Offset?: number }) => ({ TotalCount: 70, Set: ALL.slice(0, 10) }));
    const pages = paginateOffset({ fetchPage, input: {}, itemsOf: (p) => p.Set, offsetKey: 'Offset', totalKey: 'TotalCount' });
    await expect(collect(pages.items())).rejects.toThrow(
      new PaginationError(
        'The server answered Offset 10 with the same 10 items as the page before; it ignores the paging parameter, so stopping instead of looping',
      ),
    );
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('page number: the server ignores PageNumber', async () => {
    const fetchPage = vi.fn(async (_input: { PageNumber?: number; PageSize?: number }) => ({ TotalCount: 70, Items: ALL.slice(0, 10) }));
    const pages = paginatePageNumber({
      fetchPage,
      input: { PageSize: 10 },
      itemsOf: (p) => p.Items,
      pageNumberKey: 'PageNumber',
      pageSizeKey: 'PageSize',
      totalKey: 'TotalCount',
    });
    const error = await collect(pages.items()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as Error).message).toContain('PageNumber 2');
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });
});

describe('maxPages', () => {
  const offsetServer = vi.fn(async ({ Offset = 0 }: { Offset?: number }) => ({ TotalCount: 70, Set: ALL.slice(Offset, Offset + 10) }));

  it('stops quietly after that many pages', async () => {
    const pages = paginateOffset({ fetchPage: offsetServer, input: {}, itemsOf: (p) => p.Set, offsetKey: 'Offset', totalKey: 'TotalCount', maxPages: 2 });
    expect(await collect(pages.items())).toEqual(ALL.slice(0, 20));
  });

  it('applies to token paging too', async () => {
    const fetchPage = vi.fn(async ({ NextToken }: { NextToken?: string }) => ({ Items: [NextToken ?? 'first'], NextToken: `${NextToken ?? ''}x` }));
    const pages = paginateNextToken({ fetchPage, input: {}, itemsOf: (p) => p.Items, tokenKey: 'NextToken', nextTokenKey: 'NextToken', maxPages: 3 });
    expect(await collect(pages.items())).toEqual(['first', 'x', 'xx']);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses maxPages %s', async (maxPages) => {
    const pages = paginateOffset({ fetchPage: offsetServer, input: {}, itemsOf: (p) => p.Set, offsetKey: 'Offset', totalKey: 'TotalCount', maxPages });
    await expect(collect(pages)).rejects.toThrow(`maxPages must be a whole number greater than 0 (got ${maxPages})`);
  });
});
