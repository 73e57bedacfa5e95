// Pagination helpers for the three documented styles. Each returns a Paginator: iterate it for pages, or
// `.items()` for the items of every page. Iteration stops on an empty page or after `maxPages`, and every
// iteration starts again from the caller's input (which is never mutated). A server that makes no progress
// (ignores Offset/PageNumber and answers the same page again, or repeats a NextToken) ends the iteration with
// a PaginationError instead of looping forever.
import { PaginationError } from './errors.ts';

export interface Paginator<P, T> extends AsyncIterable<P> {
  /** Every item of every page, in order. */
  items(): AsyncIterable<T>;
}

// The built-in `NoInfer` needs TypeScript 5.4; this older idiom blocks inference the same way and keeps the
// published declarations valid for TypeScript 5.0 (decisions/0010-support-policy.md).
type NoInferFrom<T> = [T][T extends unknown ? 0 : never];

interface CommonOptions<I, O, T> {
  /** Fetches one page (typically `(input) => client.send(op, input, callOptions)`). */
  fetchPage: (input: I) => Promise<O>;
  /** The first request; its paging fields say where to start. (`I` is inferred from fetchPage.) */
  input: NoInferFrom<I>;
  itemsOf: (page: O) => readonly T[] | undefined;
  /** Checked between pages (pass the same signal to fetchPage to abort a page in flight). */
  signal?: AbortSignal | undefined;
  /** Fetch at most this many pages, then stop quietly (default: no limit). */
  maxPages?: number | undefined;
}

/** Keys of T whose values are numbers (possibly optional). */
type NumberKey<T> = { [K in keyof T]-?: NonNullable<T[K]> extends number ? K : never }[keyof T] & string;
type StringKey<T> = { [K in keyof T]-?: NonNullable<T[K]> extends string ? K : never }[keyof T] & string;

export interface OffsetPaginationOptions<I, O, T> extends CommonOptions<I, O, T> {
  offsetKey: NumberKey<I>;
  /** Informational: the caller's limit is sent as given; progress follows the items returned (servers cap it). */
  limitKey?: NumberKey<I>;
  totalKey: NumberKey<O>;
}

export interface PageNumberPaginationOptions<I, O, T> extends CommonOptions<I, O, T> {
  pageNumberKey: NumberKey<I>;
  pageSizeKey: NumberKey<I>;
  totalKey: NumberKey<O>;
}

export interface NextTokenPaginationOptions<I, O, T> extends CommonOptions<I, O, T> {
  /** Request field carrying the token, e.g. `NextToken`. */
  tokenKey: StringKey<I>;
  /** Response field with the next token; empty or absent on the last page. */
  nextTokenKey: StringKey<O>;
}

function numberAt(record: unknown, key: string): number | undefined {
  const value = (record as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Guards one iteration: counts pages against `maxPages`, and throws when a page carries exactly the items of
 * the page before it (a server ignoring the paging parameter would otherwise be asked forever).
 */
function progressGuard(options: { maxPages?: number | undefined }, what: string, compareItems = true) {
  const maxPages = options.maxPages;
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages > 0)) {
    throw new PaginationError(`maxPages must be a whole number greater than 0 (got ${String(maxPages)})`);
  }
  let fetched = 0;
  let previous: string | undefined;
  return {
    /** False once maxPages pages have been fetched. */
    more: () => maxPages === undefined || fetched < maxPages,
    /** Records a non-empty page; throws when it repeats the previous one. */
    check(items: readonly unknown[], at: string) {
      fetched++;
      if (!compareItems) return;
      const fingerprint = fingerprintOf(items);
      if (fingerprint !== undefined && fingerprint === previous) {
        throw new PaginationError(
          `The server answered ${what} ${at} with the same ${items.length} items as the page before; it ignores the paging parameter, so stopping instead of looping`,
        );
      }
      previous = fingerprint;
    },
  };
}

function fingerprintOf(items: readonly unknown[]): string | undefined {
  try {
    return JSON.stringify(items);
  } catch {
    return undefined; // not JSON (a test double with cycles or bigints): no repeat check
  }
}

function paginator<P, T>(pages: () => AsyncGenerator<P>, itemsOf: (page: P) => readonly T[] | undefined): Paginator<P, T> {
  return {
    [Symbol.asyncIterator]: pages,
    async *items() {
      for await (const page of pages()) yield* itemsOf(page) ?? [];
    },
  };
}

/** `Offset`/`Limit` paging until `TotalCount` items have been seen (Tencent style). */
export function paginateOffset<I extends object, O, T>(options: OffsetPaginationOptions<I, O, T>): Paginator<O, T> {
  const { fetchPage, input, itemsOf, offsetKey, totalKey, signal } = options;
  async function* pages(): AsyncGenerator<O> {
    const guard = progressGuard(options, offsetKey);
    let offset = numberAt(input, offsetKey) ?? 0;
    while (guard.more()) {
      signal?.throwIfAborted();
      const page = await fetchPage({ ...input, [offsetKey]: offset });
      const items = itemsOf(page) ?? [];
      if (items.length === 0) return;
      guard.check(items, String(offset));
      yield page;
      offset += items.length;
      const total = numberAt(page, totalKey);
      if (total !== undefined && offset >= total) return;
    }
  }
  return paginator(pages, itemsOf);
}

/** `PageNumber`/`PageSize` paging (1-based) until `TotalCount` items have been seen (Alibaba style). */
export function paginatePageNumber<I extends object, O, T>(options: PageNumberPaginationOptions<I, O, T>): Paginator<O, T> {
  const { fetchPage, input, itemsOf, pageNumberKey, pageSizeKey, totalKey, signal } = options;
  async function* pages(): AsyncGenerator<O> {
    const firstPage = numberAt(input, pageNumberKey) ?? 1;
    let seen = 0;
    let skipped: number | undefined;
    const guard = progressGuard(options, pageNumberKey);
    for (let pageNumber = firstPage; guard.more(); pageNumber++) {
      signal?.throwIfAborted();
      const page = await fetchPage({ ...input, [pageNumberKey]: pageNumber });
      const items = itemsOf(page) ?? [];
      if (items.length === 0) return;
      guard.check(items, String(pageNumber));
      yield page;
      seen += items.length;
      // Items before the first page: the size the server echoes (it may cap the request), else the requested one.
      skipped ??= (firstPage - 1) * (numberAt(page, pageSizeKey) ?? numberAt(input, pageSizeKey) ?? items.length);
      const total = numberAt(page, totalKey);
      if (total !== undefined && skipped + seen >= total) return;
    }
  }
  return paginator(pages, itemsOf);
}

/** `NextToken` paging until the token comes back empty. A token seen twice is an error, not a loop. */
export function paginateNextToken<I extends object, O, T>(options: NextTokenPaginationOptions<I, O, T>): Paginator<O, T> {
  const { fetchPage, input, itemsOf, tokenKey, nextTokenKey, signal } = options;
  async function* pages(): AsyncGenerator<O> {
    const first = (input as Record<string, unknown>)[tokenKey];
    const seen = new Set<string>(typeof first === 'string' && first ? [first] : []);
    let request: I = input;
    // Token paging has its own progress signal (a repeated token); equal items under new tokens are the server's business.
    const guard = progressGuard(options, tokenKey, false);
    while (guard.more()) {
      signal?.throwIfAborted();
      const page = await fetchPage(request);
      const items = itemsOf(page) ?? [];
      if (items.length === 0) return;
      guard.check(items, '');
      yield page;
      const next = (page as Record<string, unknown>)[nextTokenKey];
      if (typeof next !== 'string' || next === '') return;
      if (seen.has(next)) {
        throw new PaginationError(`The server returned ${nextTokenKey} ${JSON.stringify(next)} twice; stopping to avoid an endless loop`);
      }
      seen.add(next);
      request = { ...input, [tokenKey]: next };
    }
  }
  return paginator(pages, itemsOf);
}
