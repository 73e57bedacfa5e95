// Filter names of one operation (`x-cloudexec-operation.filters`): added, removed, renamed, and the
// rename that the operation's discrepancy records explain (see `filter-name-corrected` in rules.ts).
import { change, type SpecChange } from './change.ts';
import { deepEqual, isRecord, show, stableStringify, type JsonObject } from './json.ts';
import { docKindOf } from './doc-keys.ts';
import { diffKeyedList, keyBy } from './keyed-list.ts';

const LIMIT_KEYS = ['maxFilters', 'maxValuesPerFilter'] as const;

export function diffFilters(operation: string, before: unknown, after: unknown, discrepancies: unknown): SpecChange[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const changes: SpecChange[] = [];
  const names = diffKeyedList(a.names, b.names, keyBy('name'));
  const renames = pairRenames(names.removed, names.added);
  const renamedNew = new Set(renames.values());

  for (const old of names.removed) {
    const renamed = renames.get(old);
    if (renamed === undefined) {
      changes.push(change('filter-name-removed', `filter name \`${old.name}\` removed`, operation));
      continue;
    }
    const corrected = explainedByDiscrepancy(discrepancies, String(old.name), String(renamed.name));
    const message = `filter name \`${old.name}\` renamed to \`${renamed.name}\`${corrected ? ' (a discrepancy record documents the new name as the one the service accepts)' : ''}`;
    changes.push(change(corrected ? 'filter-name-corrected' : 'filter-name-renamed', message, operation));
  }
  for (const item of names.added) {
    if (!renamedNew.has(item)) changes.push(change('filter-name-added', `filter name \`${item.name}\` added`, operation));
  }
  for (const { key, before: old, after: now } of names.changed) changes.push(...diffOneFilter(operation, key, old, now));

  for (const key of LIMIT_KEYS) {
    if (deepEqual(a[key], b[key])) continue;
    const tightened = b[key] !== undefined && (a[key] === undefined || Number(b[key]) < Number(a[key]));
    changes.push(change(tightened ? 'request-limit-tightened' : 'request-limit-loosened', `filters ${key} ${show(a[key])} → ${show(b[key])}`, operation));
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'names' || (LIMIT_KEYS as readonly string[]).includes(key) || deepEqual(a[key], b[key])) continue;
    const kind = docKindOf(key) ?? 'operation-metadata-changed';
    changes.push(change(kind, `filters ${key} ${show(a[key])} → ${show(b[key])}`, operation));
  }
  return changes;
}

/** Pairs removed with added names mapping to the same item field; a lone pair is paired regardless. */
function pairRenames(removed: JsonObject[], added: JsonObject[]): Map<JsonObject, JsonObject> {
  const pairs = new Map<JsonObject, JsonObject>();
  const taken = new Set<JsonObject>();
  for (const old of removed) {
    const match = added.find((n) => !taken.has(n) && n.field !== undefined && deepEqual(n.field, old.field));
    if (match !== undefined) {
      pairs.set(old, match);
      taken.add(match);
    }
  }
  const leftOld = removed.filter((n) => !pairs.has(n));
  const leftNew = added.filter((n) => !taken.has(n));
  if (leftOld.length === 1 && leftNew.length === 1 && leftOld[0] !== undefined && leftNew[0] !== undefined) pairs.set(leftOld[0], leftNew[0]);
  return pairs;
}

/** True when one discrepancy record of the new spec names both the old and the new filter name. */
function explainedByDiscrepancy(discrepancies: unknown, oldName: string, newName: string): boolean {
  const records = Array.isArray(discrepancies) ? discrepancies : isRecord(discrepancies) ? Object.values(discrepancies) : [];
  return records.some((record) => {
    const text = typeof record === 'string' ? record : stableStringify(record);
    return text.includes(oldName) && text.includes(newName);
  });
}

function diffOneFilter(operation: string, name: string, old: JsonObject, now: JsonObject): SpecChange[] {
  const changes: SpecChange[] = [];
  if (!deepEqual(old.field, now.field)) {
    changes.push(change('filter-field-changed', `filter \`${name}\` field ${show(old.field)} → ${show(now.field)}`, operation));
  }
  if ((old.values === undefined) !== (now.values === undefined)) {
    // A value list that appears restricts a free filter; one that disappears frees it.
    const kind = old.values === undefined ? 'request-limit-tightened' : 'request-limit-loosened';
    changes.push(change(kind, `filter \`${name}\` values ${show(old.values)} → ${show(now.values)}`, operation));
  }
  const oldValues = Array.isArray(old.values) && Array.isArray(now.values) ? old.values.map(stableStringify) : [];
  const newValues = Array.isArray(old.values) && Array.isArray(now.values) ? now.values.map(stableStringify) : [];
  for (const value of newValues) {
    if (!oldValues.includes(value)) changes.push(change('request-enum-value-added', `filter \`${name}\` value ${value} added`, operation));
  }
  for (const value of oldValues) {
    if (!newValues.includes(value)) changes.push(change('request-enum-value-removed', `filter \`${name}\` value ${value} removed`, operation));
  }
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (['name', 'field', 'values'].includes(key) || deepEqual(old[key], now[key])) continue;
    const kind = docKindOf(key) ?? 'operation-metadata-changed';
    changes.push(change(kind, `filter \`${name}\` ${key} ${show(old[key])} → ${show(now[key])}`, operation));
  }
  return changes;
}
