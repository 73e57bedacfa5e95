// Listings that describe parts of another listing's records, found from the templates alone: TAT's
// DescribeInvocationTasks items carry the invocation's `InvocationId`, and each invocation lists its tasks
// (`InvocationTaskBasicInfoSet` entries with `InvocationTaskId`, `TaskStatus`, `InstanceId`). The child
// listing is then built from the parent's records, one record per nested entry, so filtering tasks by an
// invocation id returns exactly the tasks that invocation lists.
import type { DatasetItems } from '../dataset.ts';
import { varyRecord, type ListingTemplate } from './listing-items.ts';
import type { Random } from './random.ts';

type Item = Record<string, unknown>;

export interface ChildLink {
  /** Key of the parent record's nested list (`InvocationTaskBasicInfoSet`). */
  list: string;
  /** Child keys copied from the nested entry (`InvocationTaskId`, `TaskStatus`, `InstanceId`). */
  fromEntry: string[];
  /** Child id keys copied from the parent record (`InvocationId`, `CommandId`). */
  fromParent: string[];
}

const isId = (key: string): boolean => /Id$/.test(key) && key !== 'RequestId';

/** How `child` hangs off `parent`, or undefined when it does not. */
export function childLink(parent: ListingTemplate, child: ListingTemplate): ChildLink | undefined {
  const childKeys = Object.keys(child.template);
  const parentKeys = new Set(Object.keys(parent.template));
  const fromParent = childKeys.filter((key) => isId(key) && parentKeys.has(key));
  if (fromParent.length === 0) return undefined;
  for (const [list, value] of Object.entries(parent.template)) {
    const entry: unknown = Array.isArray(value) ? value[0] : undefined;
    if (entry === null || typeof entry !== 'object') continue;
    const fromEntry = childKeys.filter((key) => key in entry && !parentKeys.has(key));
    // The nested entry must name the child record by an id of its own, not only share descriptive fields.
    if (fromEntry.some(isId)) return { list, fromEntry, fromParent };
  }
  return undefined;
}

export function childItems(parentItems: DatasetItems, child: ListingTemplate, link: ChildLink, random: Random): DatasetItems {
  return parentItems.flatMap((parent, index) => {
    const entries = parent[link.list];
    if (!Array.isArray(entries)) return [];
    return entries.map((entry: Item) => {
      const item = varyRecord(child, random, index);
      for (const key of link.fromEntry) item[key] = entry[key];
      for (const key of link.fromParent) item[key] = parent[key];
      return item;
    });
  });
}
