// Datasets: the records each listing action filters and pages through, per provider id and action, e.g.
// `{ "tencent-tat": { "DescribeInvocations": [ … ], "DescribeInvocationTasks": [ … ] } }`.
import { readFile } from 'node:fs/promises';
import { isProviderId, PROVIDER_IDS, serviceModels, type ProviderId } from './providers.ts';

export type DatasetItems = Array<Record<string, unknown>>;
export type Dataset = Partial<Record<ProviderId, Record<string, DatasetItems>>>;

export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** Checks a parsed dataset file: known provider ids, listing actions of that provider, arrays of objects. */
export function parseDataset(value: unknown, source = 'dataset'): Dataset {
  if (!isObject(value)) throw new DatasetError(`${source}: expected an object keyed by provider (${PROVIDER_IDS.join(', ')})`);
  const dataset: Dataset = {};
  for (const [id, actions] of Object.entries(value)) {
    if (!isProviderId(id)) throw new DatasetError(`${source}: unknown provider "${id}"; expected one of ${PROVIDER_IDS.join(', ')}`);
    if (!isObject(actions)) throw new DatasetError(`${source}: ${id} must map action names to arrays of items`);
    const listing = serviceModels[id].operations.filter((op) => op.pagination.length > 0).map((op) => op.action);
    const checked: Record<string, DatasetItems> = {};
    for (const [action, items] of Object.entries(actions)) {
      if (!listing.includes(action)) throw new DatasetError(`${source}: ${id} has no listing action "${action}"; expected one of ${listing.join(', ')}`);
      if (!Array.isArray(items) || !items.every(isObject)) throw new DatasetError(`${source}: ${id}.${action} must be an array of objects`);
      checked[action] = items;
    }
    dataset[id] = checked;
  }
  return dataset;
}

export async function readDatasetFile(path: string): Promise<Dataset> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DatasetError(`cannot read dataset ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseDataset(parsed, path);
}

/** `extra` replaces `base` action by action; actions it does not name keep their base items. */
export function mergeDatasets(base: Dataset, extra: Dataset): Dataset {
  const merged: Dataset = {};
  for (const id of PROVIDER_IDS) {
    const actions = { ...base[id], ...extra[id] };
    if (Object.keys(actions).length > 0) merged[id] = actions;
  }
  return merged;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
