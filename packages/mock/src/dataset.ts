// Narrows a dataset the way the service narrows its records: documented filters (`Filters[].Name` → item
// field, values OR-ed within a filter, filters AND-ed), plus any request parameter named like an item field
// (ECS `InvokeId`, SWAS `InvokeStatus`) or like a list of them (TAT `InvocationIds` → `InvocationId`).
import type { OperationModel } from '@cloudexec/runtime/model';
import { isPresent, isRecord, valuesAtPath } from './param-path.ts';

type Item = Record<string, unknown>;

export function filterItems(items: readonly Item[], params: Record<string, unknown>, op: OperationModel, ignored: ReadonlySet<string>): Item[] {
  const tests = [...documentedFilterTests(params, op), ...directParamTests(items, params, op, ignored)];
  return items.filter((item) => tests.every((test) => test(item)));
}

function documentedFilterTests(params: Record<string, unknown>, op: OperationModel): Array<(item: Item) => boolean> {
  const model = op.filters;
  const filters = model ? params[model.parameter] : undefined;
  if (!model || !Array.isArray(filters)) return [];
  return filters.filter(isRecord).flatMap((filter) => {
    const field = model.names.find((entry) => entry.name === filter['Name'])?.field;
    const wanted = toStrings(filter['Values']);
    return field === undefined ? [] : [(item: Item) => fieldValues(item, field).some((v) => wanted.includes(v))];
  });
}

function directParamTests(
  items: readonly Item[],
  params: Record<string, unknown>,
  op: OperationModel,
  ignored: ReadonlySet<string>,
): Array<(item: Item) => boolean> {
  const skip = new Set([...ignored, op.region.parameter, ...(op.filters ? [op.filters.parameter] : [])]);
  const tests: Array<(item: Item) => boolean> = [];
  for (const [name, value] of Object.entries(params)) {
    if (skip.has(name) || !isPresent(value) || isRecord(value) || (Array.isArray(value) && value.some(isRecord))) continue;
    const field = matchingField(items, name, value);
    if (field === undefined) continue;
    const wanted = toStrings(value);
    tests.push((item) => itemFieldValues(item, field).some((v) => wanted.includes(v)));
  }
  return tests;
}

/** `InvokeId` → `InvokeId`; a list `InvocationIds` → `InvocationId`; none when no item has such a field. */
function matchingField(items: readonly Item[], name: string, value: unknown): string | undefined {
  const candidates = Array.isArray(value) && name.endsWith('s') ? [name, name.slice(0, -1)] : [name];
  return candidates.find((field) => items.some((item) => itemFieldValues(item, field).length > 0));
}

/** A top-level field wins; otherwise the same key anywhere inside the item (ECS `InstanceId` lives in `InvokeInstances`). */
function itemFieldValues(item: Item, field: string): string[] {
  if (field in item) return toStrings(item[field]);
  return deepValues(item, field);
}

function deepValues(node: unknown, key: string): string[] {
  if (Array.isArray(node)) return node.flatMap((element) => deepValues(element, key));
  if (!isRecord(node)) return [];
  return Object.entries(node).flatMap(([name, value]) => (name === key ? toStrings(value) : deepValues(value, key)));
}

function fieldValues(item: Item, field: string): string[] {
  return valuesAtPath(item, field).flatMap(toStrings);
}

function toStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(toStrings);
  return value === undefined || value === null || isRecord(value) ? [] : [String(value)];
}
