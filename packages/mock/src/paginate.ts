// Cuts one page out of the (already filtered) items the way each documented paging style does, and says which
// response fields to write. ECS documents two styles: the token style wins when its parameters are sent.
import type { OperationModel, PaginationModel } from '@cloudexec/runtime/model';
import { isPresent } from './param-path.ts';

export interface Page {
  itemsPath: string;
  items: unknown[];
  /** Response fields to set (dotted paths) beside the items. */
  fields: Record<string, unknown>;
}

export type PageResult = { ok: true; page: Page } | { ok: false; parameter: string; message: string };

const TOKEN_PREFIX = 'cloudexec-mock:';

/** Request parameters consumed by paging, so the dataset filter ignores them. */
export function pagingParameters(op: OperationModel): Set<string> {
  return new Set(
    op.pagination.flatMap((p) =>
      p.style === 'offset-limit' ? [p.offset, p.limit] : p.style === 'page-number' ? [p.pageNumber, p.pageSize] : [p.token, p.maxResults],
    ),
  );
}

export function choosePagination(op: OperationModel, params: Record<string, unknown>): PaginationModel | undefined {
  const sent = (p: PaginationModel): boolean => [...pagingParameters({ ...op, pagination: [p] })].some((name) => isPresent(params[name]));
  return op.pagination.find(sent) ?? op.pagination[0];
}

export function paginate(items: readonly unknown[], params: Record<string, unknown>, op: OperationModel, style: PaginationModel): PageResult {
  const total = items.length;
  const fields: Record<string, unknown> = {};
  // Every documented total/token field is kept consistent, whichever style served the page.
  for (const p of op.pagination) {
    if (p.style !== 'next-token') fields[p.total] = total;
  }
  const slice = (start: number, size: number): PageResult => {
    const end = Math.min(start + size, total);
    for (const p of op.pagination) {
      if (p.style === 'next-token') fields[p.nextToken] = end < total ? encodeToken(end) : '';
    }
    return { ok: true, page: { itemsPath: style.items, items: items.slice(start, end), fields } };
  };
  switch (style.style) {
    case 'offset-limit': {
      const offset = numberParam(params, style.offset, 0);
      const limit = Math.min(numberParam(params, style.limit, style.defaultLimit ?? 20), style.maxLimit ?? Infinity);
      return slice(Math.max(offset, 0), Math.max(limit, 0));
    }
    case 'page-number': {
      const pageNumber = Math.max(numberParam(params, style.pageNumber, 1), 1);
      const pageSize = Math.max(Math.min(numberParam(params, style.pageSize, style.defaultPageSize ?? 10), style.maxPageSize ?? Infinity), 1);
      fields[style.pageNumber] = pageNumber;
      fields[style.pageSize] = pageSize;
      return slice((pageNumber - 1) * pageSize, pageSize);
    }
    case 'next-token': {
      const token = params[style.token];
      const start = isPresent(token) ? decodeToken(token) : 0;
      if (start === undefined || start > total) {
        return { ok: false, parameter: style.token, message: `Parameter ${style.token} is not a token this service issued.` };
      }
      const max = Math.min(numberParam(params, style.maxResults, style.defaultMaxResults ?? 10), style.maxMaxResults ?? Infinity);
      return slice(start, Math.max(max, 1));
    }
  }
}

function numberParam(params: Record<string, unknown>, name: string, fallback: number): number {
  const value = params[name];
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fallback;
}

function encodeToken(offset: number): string {
  return btoa(`${TOKEN_PREFIX}${offset}`);
}

/** The offset a token this engine issued stands for; undefined for anything it did not issue. */
export function decodeToken(token: unknown): number | undefined {
  if (typeof token !== 'string') return undefined;
  try {
    const text = atob(token);
    const offset = text.startsWith(TOKEN_PREFIX) ? Number(text.slice(TOKEN_PREFIX.length)) : NaN;
    return Number.isInteger(offset) && offset >= 0 ? offset : undefined;
  } catch {
    return undefined;
  }
}
