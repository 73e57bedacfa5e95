// Pagination styles and documented filters of one operation, with the page-size defaults and limits
// read from the request schema so the model states them once.
import type { FilterModel, JsonSchema, PaginationModel } from '@cloudexec/runtime/model';
import type { FiltersExtension, PaginationExtension, PaginationStyleExtension } from '@cloudexec/spec-check';

/** `pagination: null` → none; otherwise the main style followed by its `alternatives` (ECS: token, then page number). */
export function paginationModels(pagination: PaginationExtension | null, requestSchema: JsonSchema): PaginationModel[] {
  return styles(pagination).map((style) => paginationModel(style, requestSchema));
}

function styles(pagination: PaginationExtension | null): PaginationStyleExtension[] {
  return pagination === null ? [] : [pagination, ...(pagination.alternatives ?? [])];
}

function paginationModel(style: PaginationStyleExtension, requestSchema: JsonSchema): PaginationModel {
  switch (style.style) {
    case 'offset-limit': {
      const byDefault = numberAt(requestSchema, style.limit, 'default');
      const max = numberAt(requestSchema, style.limit, 'maximum');
      return {
        style: 'offset-limit',
        offset: style.offset,
        limit: style.limit,
        total: style.total,
        items: style.items,
        ...(byDefault === undefined ? {} : { defaultLimit: byDefault }),
        ...(max === undefined ? {} : { maxLimit: max }),
      };
    }
    case 'page-number': {
      const byDefault = numberAt(requestSchema, style.pageSize, 'default');
      const max = numberAt(requestSchema, style.pageSize, 'maximum');
      return {
        style: 'page-number',
        pageNumber: style.pageNumber,
        pageSize: style.pageSize,
        total: style.total,
        items: style.items,
        ...(byDefault === undefined ? {} : { defaultPageSize: byDefault }),
        ...(max === undefined ? {} : { maxPageSize: max }),
      };
    }
    case 'next-token': {
      const byDefault = numberAt(requestSchema, style.maxResults, 'default');
      const max = numberAt(requestSchema, style.maxResults, 'maximum');
      return {
        style: 'next-token',
        token: style.token,
        maxResults: style.maxResults,
        nextToken: style.nextToken,
        items: style.items,
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
export function filterModel(filters: FiltersExtension | undefined): FilterModel | undefined {
  if (!filters) return undefined;
  const names = filters.names.flatMap((entry) =>
    entry.field === undefined ? [] : [{ name: entry.name, field: entry.field, ...(entry.values ? { values: [...entry.values] } : {}) }],
  );
  return {
    parameter: filters.parameter,
    names,
    ...(filters.maxFilters !== undefined ? { maxFilters: filters.maxFilters } : {}),
    ...(filters.maxValuesPerFilter !== undefined ? { maxValuesPerFilter: filters.maxValuesPerFilter } : {}),
  };
}

/** Every documented filter name (including aliases and names a mock cannot narrow on), in spec order. */
export function filterNames(filters: FiltersExtension): string[] {
  return filters.names.map((entry) => entry.name);
}

/** Closed value lists by filter name (aliases included), for the names that document one; in spec order. */
export function filterValueLists(filters: FiltersExtension): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const entry of filters.names) if (entry.values) lists[entry.name] = [...entry.values];
  return lists;
}

/** Request parameters that carry a next-token style pagination token (main style and alternatives). */
export function tokenParameters(pagination: PaginationExtension | null): string[] {
  return styles(pagination).flatMap((style) => (style.style === 'next-token' ? [style.token] : []));
}

/** `default`/`maximum` of a top-level (or dotted) request parameter, when the schema states one. */
function numberAt(schema: JsonSchema, path: string, keyword: 'default' | 'maximum'): number | undefined {
  let node: unknown = schema;
  for (const segment of path.split('.')) {
    const properties = isRecord(node) ? node['properties'] : undefined;
    node = isRecord(properties) ? properties[segment] : undefined;
  }
  const value = isRecord(node) ? node[keyword] : undefined;
  return typeof value === 'number' ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
