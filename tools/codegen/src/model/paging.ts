// Pagination styles and documented filters of one operation, with the page-size defaults and limits
// read from the request schema so the model states them once.
import type { FilterModel, JsonSchema, PaginationModel } from '@cloudexec/runtime/model';

type Raw = Record<string, unknown>;

/** `pagination: null` → none; otherwise the main style followed by its `alternatives` (ECS: token, then page number). */
export function paginationModels(raw: unknown, requestSchema: JsonSchema): PaginationModel[] {
  if (!isRecord(raw)) return [];
  const alternatives = Array.isArray(raw['alternatives']) ? raw['alternatives'].filter(isRecord) : [];
  return [raw, ...alternatives].map((style) => paginationModel(style, requestSchema));
}

function paginationModel(raw: Raw, requestSchema: JsonSchema): PaginationModel {
  const text = (key: string) => String(raw[key]);
  const limits = (key: string) => ({ byDefault: numberAt(requestSchema, raw[key], 'default'), max: numberAt(requestSchema, raw[key], 'maximum') });
  switch (raw['style']) {
    case 'offset-limit': {
      const { byDefault, max } = limits('limit');
      return {
        style: 'offset-limit',
        offset: text('offset'),
        limit: text('limit'),
        total: text('total'),
        items: text('items'),
        ...(byDefault === undefined ? {} : { defaultLimit: byDefault }),
        ...(max === undefined ? {} : { maxLimit: max }),
      };
    }
    case 'page-number': {
      const { byDefault, max } = limits('pageSize');
      return {
        style: 'page-number',
        pageNumber: text('pageNumber'),
        pageSize: text('pageSize'),
        total: text('total'),
        items: text('items'),
        ...(byDefault === undefined ? {} : { defaultPageSize: byDefault }),
        ...(max === undefined ? {} : { maxPageSize: max }),
      };
    }
    default: {
      const { byDefault, max } = limits('maxResults');
      return {
        style: 'next-token',
        token: text('token'),
        maxResults: text('maxResults'),
        nextToken: text('nextToken'),
        items: text('items'),
        ...(byDefault === undefined ? {} : { defaultMaxResults: byDefault }),
        ...(max === undefined ? {} : { maxMaxResults: max }),
      };
    }
  }
}

/**
 * The documented filters. Names without an item `field` (nothing a mock could narrow on) are left out
 * of `names`; the filterName constraint still accepts them.
 */
export function filterModel(raw: unknown): FilterModel | undefined {
  if (!isRecord(raw)) return undefined;
  const names = (Array.isArray(raw['names']) ? raw['names'] : []).filter(isRecord).flatMap((entry) => {
    if (typeof entry['field'] !== 'string') return [];
    const values = Array.isArray(entry['values']) ? entry['values'].map(String) : undefined;
    return [{ name: String(entry['name']), field: entry['field'], ...(values ? { values } : {}) }];
  });
  return {
    parameter: String(raw['parameter']),
    names,
    ...(typeof raw['maxFilters'] === 'number' ? { maxFilters: raw['maxFilters'] } : {}),
    ...(typeof raw['maxValuesPerFilter'] === 'number' ? { maxValuesPerFilter: raw['maxValuesPerFilter'] } : {}),
  };
}

/** Every documented filter name (including aliases and names a mock cannot narrow on), in spec order. */
export function filterNames(raw: unknown): string[] {
  if (!isRecord(raw) || !Array.isArray(raw['names'])) return [];
  return raw['names'].filter(isRecord).map((entry) => String(entry['name']));
}

/** Closed value lists by filter name (aliases included), for the names that document one; in spec order. */
export function filterValueLists(raw: unknown): Record<string, string[]> {
  if (!isRecord(raw) || !Array.isArray(raw['names'])) return {};
  const lists: Record<string, string[]> = {};
  for (const entry of raw['names'].filter(isRecord)) {
    if (Array.isArray(entry['values'])) lists[String(entry['name'])] = entry['values'].map(String);
  }
  return lists;
}

/** Request parameters that carry a next-token style pagination token (main style and alternatives). */
export function tokenParameters(raw: unknown): string[] {
  if (!isRecord(raw)) return [];
  const alternatives = Array.isArray(raw['alternatives']) ? raw['alternatives'].filter(isRecord) : [];
  return [raw, ...alternatives].filter((style) => style['style'] === 'next-token' && typeof style['token'] === 'string').map((style) => String(style['token']));
}

/** `default`/`maximum` of a top-level (or dotted) request parameter. */
function numberAt(schema: JsonSchema, path: unknown, keyword: 'default' | 'maximum'): number | undefined {
  if (typeof path !== 'string') return undefined;
  let node: unknown = schema;
  for (const segment of path.split('.')) {
    const properties = isRecord(node) ? node['properties'] : undefined;
    node = isRecord(properties) ? properties[segment] : undefined;
  }
  const value = isRecord(node) ? node[keyword] : undefined;
  return typeof value === 'number' ? value : undefined;
}

function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
