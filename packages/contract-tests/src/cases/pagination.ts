// Pagination: over a dataset larger than three pages (items cloned from the documented example item, with
// distinct ids), each declared paging style's paginator yields every item exactly once, in order.
import type { OperationModel, PaginationModel } from '@cloudexec/runtime/model';
import { expect } from 'vitest';
import { inputRegionId } from '../support/placement.ts';
import type { CaseKit } from './case-kit.ts';
import { isRecord, valuesAt } from './constraint-oracle.ts';
import { baseInput } from './limit-inputs.ts';

const PAGE_SIZE = 5;
const PAGES = 4;

/** Item fields that identify an item: `InvocationId`, `InvokeId`, `TaskInstanceIndex`. */
const IDENTITY = /(?:Id|Index)$/;

function sizeParameter(style: PaginationModel): { name: string; max: number | undefined } {
  if (style.style === 'offset-limit') return { name: style.limit, max: style.maxLimit };
  if (style.style === 'page-number') return { name: style.pageSize, max: style.maxPageSize };
  return { name: style.maxResults, max: style.maxMaxResults };
}

/**
 * `count` copies of `template` whose identity fields are made distinct; fields named like a request
 * parameter are left alone (the handlers filter on those).
 */
export function distinctItems(template: Record<string, unknown>, count: number, keep: ReadonlySet<string>): Array<Record<string, unknown>> {
  const varied = Object.keys(template).filter((key) => IDENTITY.test(key) && !keep.has(key) && ['string', 'number'].includes(typeof template[key]));
  if (varied.length === 0) throw new Error(`the example item has no identity field to vary: ${Object.keys(template).join(', ')}`);
  return Array.from({ length: count }, (_, i) => {
    const item = structuredClone(template);
    for (const key of varied) item[key] = typeof template[key] === 'number' ? i : `${String(template[key])}-${i}`;
    return item;
  });
}

export function registerPaginationCases(kit: CaseKit, op: OperationModel): void {
  op.pagination.forEach((style, index) => {
    kit.test(op, 'pagination', `pagination ${style.style}`, async () => {
      const template = valuesAt(op.examples[0]?.response.data ?? {}, `${style.items}[]`)[0];
      if (!isRecord(template)) expect.fail(`the first example shows no item at ${style.items}`);
      const { name: sizeName, max } = sizeParameter(style);
      const pageSize = Math.min(PAGE_SIZE, max ?? PAGE_SIZE);
      const input = { ...baseInput(op, inputRegionId(kit.target.model)), [sizeName]: pageSize };
      const keep = new Set(Object.keys(input).flatMap((key) => [key, key.replace(/s$/, '')]));
      const items = distinctItems(template, pageSize * (PAGES - 1) + 2, keep);
      const { mock } = kit.server.serve();
      mock.setDataset(op.action, items);
      const { client, recorder } = kit.client(op);
      const seen: unknown[] = [];
      for await (const item of kit.target.paginate(op, index, client, input).items()) seen.push(item);
      expect(seen).toEqual(items);
      expect(recorder.exchanges).toHaveLength(PAGES);
    });
  });
}
