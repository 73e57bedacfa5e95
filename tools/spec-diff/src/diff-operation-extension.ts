// Compares one operation's `x-cloudexec-operation` block: the facts JSON Schema cannot hold.
import { change, type SpecChange } from './change.ts';
import { diffFilters } from './diff-filters.ts';
import { docKindOf, withoutDocs } from './doc-keys.ts';
import { deepEqual, isRecord, show, stableStringify, type JsonObject } from './json.ts';
import { diffKeyedList, keyBy } from './keyed-list.ts';
import type { ChangeKind } from './rules.ts';

type KeyDiff = (operation: string, before: unknown, after: unknown, afterBlock: JsonObject) => SpecChange[];

const BY_KEY: Record<string, KeyDiff> = {
  rateLimit: (op, a, b) => [change('rate-limit-changed', `rate limit ${showQps(a)} → ${showQps(b)}`, op)],
  region: diffRegion,
  pagination: diffPagination,
  mutuallyExclusive: diffMutuallyExclusive,
  filters: (op, a, b, block) => diffFilters(op, a, b, block.discrepancies),
  errors: (op, a, b) => diffErrors(op, a, b, ''),
  constraintErrors: (op, a, b) => [change('constraint-errors-changed', `constraint errors changed: ${summarizeList(a, b)}`, op)],
  examples: (op, a, b) => [change('examples-changed', `examples changed: ${summarizeList(a, b)}`, op)],
  discrepancies: (op, a, b) => [change('discrepancies-changed', `discrepancies changed: ${summarizeList(a, b)}`, op)],
};

/** Keys whose differ names the changed item itself (and classifies its notes). */
const ITEMIZED = new Set(['errors', 'filters', 'pagination', 'examples', 'discrepancies']);

export function diffOperationExtension(operation: string, before: unknown, after: unknown): SpecChange[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const changes: SpecChange[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (deepEqual(a[key], b[key])) continue;
    const docKind = docKindOf(key);
    if (docKind === undefined && !ITEMIZED.has(key) && deepEqual(withoutDocs(a[key]), withoutDocs(b[key]))) {
      changes.push(change('description-changed', `${key} notes changed`, operation));
      continue;
    }
    const diff = docKind === undefined ? BY_KEY[key] : undefined;
    if (docKind !== undefined) changes.push(change(docKind, describeRecordChange(key, a[key], b[key]), operation));
    else if (diff !== undefined) changes.push(...diff(operation, a[key], b[key], b));
    else changes.push(change('operation-metadata-changed', `${key} ${show(a[key])} → ${show(b[key])}`, operation));
  }
  return changes;
}

/** `provenance.lastUpdated "2023-03-14" → "2024-01-01"`, one part per changed key of a record. */
function describeRecordChange(label: string, a: unknown, b: unknown): string {
  if (!isRecord(a) || !isRecord(b)) return `${label} ${show(a)} → ${show(b)}`;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().filter((k) => !deepEqual(a[k], b[k]));
  return keys.map((k) => `${label}.${k} ${show(a[k])} → ${show(b[k])}`).join('; ');
}

function showQps(value: unknown): string {
  return isRecord(value) && value.qps !== undefined ? `${show(value.qps)} QPS` : show(value);
}

function regionRequired(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === 'required';
  return isRecord(value) && typeof value.required === 'boolean' ? value.required : undefined;
}

function diffRegion(operation: string, a: unknown, b: unknown): SpecChange[] {
  const before = regionRequired(a);
  const after = regionRequired(b);
  if (before !== after && after !== undefined) {
    return [change(after ? 'region-made-required' : 'region-made-optional', `region ${show(a)} → ${show(b)}`, operation)];
  }
  return [change('operation-metadata-changed', `region ${show(a)} → ${show(b)}`, operation)];
}

/** Pagination entries match by style; numeric `max*`/`default*` keys read as limits and defaults. */
function diffPagination(operation: string, a: unknown, b: unknown): SpecChange[] {
  const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
  const diff = diffKeyedList(list(a), list(b), keyBy('style'));
  const changes: SpecChange[] = [];
  for (const item of diff.added) changes.push(change('pagination-added', `pagination ${show(item)} added`, operation));
  for (const item of diff.removed) changes.push(change('pagination-removed', `pagination ${show(item)} removed`, operation));
  for (const { key, before, after } of diff.changed) {
    for (const field of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      const x = before[field];
      const y = after[field];
      if (deepEqual(x, y)) continue;
      const message = `pagination (${key}) ${field} ${show(x)} → ${show(y)}`;
      const notesOnly = deepEqual(withoutDocs(x), withoutDocs(y));
      changes.push(change(notesOnly ? 'description-changed' : paginationKind(field, x, y), message, operation));
    }
  }
  return changes;
}

function paginationKind(field: string, x: unknown, y: unknown): ChangeKind {
  const numbers = typeof x === 'number' && typeof y === 'number';
  if (/^max/i.test(field)) return y !== undefined && (x === undefined || (numbers && y < x)) ? 'request-limit-tightened' : 'request-limit-loosened';
  if (/^default/i.test(field)) return numbers ? 'request-default-changed' : 'request-default-documented';
  return docKindOf(field) ?? 'pagination-changed';
}

function diffMutuallyExclusive(operation: string, a: unknown, b: unknown): SpecChange[] {
  const groups = (v: unknown) =>
    new Map((Array.isArray(v) ? v : []).map((g) => [Array.isArray(g) ? [...g].map(String).sort().join(' + ') : stableStringify(g), g]));
  const before = groups(a);
  const after = groups(b);
  const changes: SpecChange[] = [];
  for (const key of after.keys()) if (!before.has(key)) changes.push(change('mutually-exclusive-added', `mutually exclusive ${key} added`, operation));
  for (const key of before.keys()) if (!after.has(key)) changes.push(change('mutually-exclusive-removed', `mutually exclusive ${key} removed`, operation));
  return changes;
}

/** Error codes by `code`; `where` prefixes common (provider-wide) codes. */
export function diffErrors(operation: string | undefined, a: unknown, b: unknown, where: string): SpecChange[] {
  const diff = diffKeyedList(a, b, keyBy('code'));
  const changes: SpecChange[] = [];
  for (const item of diff.added)
    changes.push(change('error-code-added', `${where}error code \`${item.code}\` added (HTTP ${show(item.httpStatus)})`, operation));
  for (const item of diff.removed) changes.push(change('error-code-removed', `${where}error code \`${item.code}\` removed`, operation));
  for (const { key, before, after } of diff.changed) {
    for (const field of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      if (deepEqual(before[field], after[field])) continue;
      const kind: ChangeKind = field === 'httpStatus' ? 'error-status-changed' : (docKindOf(field) ?? 'operation-metadata-changed');
      changes.push(change(kind, `${where}error code \`${key}\` ${field} ${show(before[field])} → ${show(after[field])}`, operation));
    }
  }
  return changes;
}

/** "added X; removed Y; changed Z" for lists of named records, else the before → after values. */
function summarizeList(a: unknown, b: unknown): string {
  if (!Array.isArray(a) && !Array.isArray(b)) return `${show(a)} → ${show(b)}`;
  const keyOf = (item: JsonObject, index: number) => String(item.name ?? item.id ?? item.code ?? item.kind ?? `#${index + 1}`);
  const diff = diffKeyedList(a, b, keyOf);
  const parts = [
    ...diff.added.map((item) => `added ${keyOf(item, -1)}`),
    ...diff.removed.map((item) => `removed ${keyOf(item, -1)}`),
    ...diff.changed.map(({ key }) => `changed ${key}`),
  ];
  return parts.length > 0 ? parts.join('; ') : 'reordered';
}
