// Diffs two lists of records by an identifying key (error `code`, filter `name`, example `name`).
import { deepEqual, isRecord, stableStringify, type JsonObject } from './json.ts';

export interface KeyedDiff {
  added: JsonObject[];
  removed: JsonObject[];
  /** Same key on both sides, different contents. */
  changed: Array<{ key: string; before: JsonObject; after: JsonObject }>;
}

export function diffKeyedList(before: unknown, after: unknown, keyOf: (item: JsonObject, index: number) => string): KeyedDiff {
  const index = (list: unknown) => {
    const map = new Map<string, JsonObject>();
    (Array.isArray(list) ? list : []).forEach((item, i) => {
      const record = isRecord(item) ? item : { value: item };
      map.set(keyOf(record, i), record);
    });
    return map;
  };
  const a = index(before);
  const b = index(after);
  const result: KeyedDiff = { added: [], removed: [], changed: [] };
  for (const [key, item] of b) if (!a.has(key)) result.added.push(item);
  for (const [key, item] of a) {
    const now = b.get(key);
    if (now === undefined) result.removed.push(item);
    else if (!deepEqual(item, now)) result.changed.push({ key, before: item, after: now });
  }
  return result;
}

/** Key by a named property, falling back to the item's position or its JSON. */
export function keyBy(property: string): (item: JsonObject, index: number) => string {
  return (item, index) => {
    const value = item[property];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : `#${index}:${stableStringify(item)}`;
  };
}
