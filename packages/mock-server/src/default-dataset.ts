// The dataset a server starts with: for every listing operation of every generated service, records built
// from the operation's response item schema and documented example (generate/listing-items.ts); a listing of
// the parts of another listing's records is built from that listing (generate/child-listings.ts).
// Deterministic (seeded); each top-level listing holds 3½ pages at its documented default page size.
import type { OperationModel } from '@cloudexec/runtime/model';
import type { Dataset, DatasetItems } from './dataset.ts';
import { childItems, childLink } from './generate/child-listings.ts';
import { defaultItemCount, listingItems, listingTemplate, type ListingTemplate } from './generate/listing-items.ts';
import { seededRandom, type Random } from './generate/random.ts';
import { PROVIDER_IDS, serviceModels } from './providers.ts';

export interface DefaultDatasetOptions {
  seed?: number;
  /** Records per top-level listing; default 3½ pages at its documented default page size. */
  count?: number;
}

export function createDefaultDataset(options: DefaultDatasetOptions = {}): Dataset {
  const random = seededRandom(options.seed ?? 20261120);
  const dataset: Dataset = {};
  for (const id of PROVIDER_IDS) {
    const listings = serviceListings(serviceModels[id].operations, random, options.count);
    if (Object.keys(listings).length > 0) dataset[id] = listings;
  }
  return dataset;
}

function serviceListings(operations: readonly OperationModel[], random: Random, count: number | undefined): Record<string, DatasetItems> {
  const templates = new Map<string, ListingTemplate>();
  for (const op of operations) {
    const template = listingTemplate(op);
    if (template) templates.set(op.action, template);
  }
  const result: Record<string, DatasetItems> = {};
  const children: Array<[string, string]> = [];
  for (const op of operations) {
    const template = templates.get(op.action);
    if (!template) continue;
    const parent = [...templates].find(([action, other]) => action !== op.action && childLink(other, template) && !isChild(other, templates));
    if (parent) children.push([op.action, parent[0]]);
    else result[op.action] = listingItems(template, random, count ?? defaultItemCount(op));
  }
  for (const [action, parentAction] of children) {
    const template = templates.get(action)!;
    const parent = templates.get(parentAction)!;
    result[action] = childItems(result[parentAction] ?? [], template, childLink(parent, template)!, random);
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A listing that itself hangs off another one is never a parent (no chains, no cycles). */
function isChild(template: ListingTemplate, templates: ReadonlyMap<string, ListingTemplate>): boolean {
  return [...templates.values()].some((other) => other !== template && childLink(other, template) !== undefined);
}
