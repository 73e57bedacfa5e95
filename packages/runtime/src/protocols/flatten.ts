// Flattening of nested request parameters into wire names, and back (for the mock side).
// Tencent (v1 params and TC3 GET query): arrays 0-based, `Filters.0.Values.0`.
// Alibaba RPC: arrays 1-based, `Tag.1.Key`. Both: objects dotted, null/undefined skipped (an array
// keeps the index of a skipped item), scalars as String(value), insertion order kept.
import type { ParamPair } from '../signing/param-pairs.ts';

function flattenValue(out: ParamPair[], name: string, value: unknown, firstIndex: number): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) flattenValue(out, `${name}.${i + firstIndex}`, value[i], firstIndex);
  } else if (typeof value === 'object') {
    const members = value as Record<string, unknown>;
    for (const key of Object.keys(members)) flattenValue(out, `${name}.${key}`, members[key], firstIndex);
  } else if (typeof value !== 'function' && typeof value !== 'symbol') {
    out.push([name, typeof value === 'string' ? value : String(value)]);
  }
}

function flattenParams(params: Readonly<Record<string, unknown>>, firstIndex: number): ParamPair[] {
  const out: ParamPair[] = [];
  for (const key of Object.keys(params)) flattenValue(out, key, params[key], firstIndex);
  return out;
}

/** Tencent flattening: `{ Filters: [{ Values: ['a'] }] }` → `[['Filters.0.Values.0', 'a']]`. */
export function flattenTencentQuery(params: Readonly<Record<string, unknown>>): ParamPair[] {
  return flattenParams(params, 0);
}

/** Alibaba RPC flattening: `{ Tag: [{ Key: 'k' }] }` → `[['Tag.1.Key', 'k']]`. */
export function flattenRpcParams(params: Readonly<Record<string, unknown>>): ParamPair[] {
  return flattenParams(params, 1);
}

type Container = Record<string, unknown> | unknown[];

const INDEX = /^\d+$/;

// A hostile name must not cost more than its length: `Tag.1000000000.Key` would allocate a billion-slot array and
// a 20,000-segment name overflows the stack in compact(). Such names are dropped, like `__proto__`. Documented
// lists hold at most 100 items and names have at most 4 segments; cloudexec-mock refuses these with a 400 first.
const MAX_SEGMENTS = 32;
const MAX_INDEX = 10_000;

/** Removes the holes a skipped array item leaves behind, depth first. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (value !== null && typeof value === 'object') {
    const members = value as Record<string, unknown>;
    for (const key of Object.keys(members)) members[key] = compact(members[key]);
  }
  return value;
}

function unflattenParams(pairs: Iterable<ParamPair>, firstIndex: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of pairs) {
    const segments = name.split('.');
    if (segments.length > MAX_SEGMENTS || segments.some((segment) => INDEX.test(segment) && Number(segment) > MAX_INDEX)) continue;
    if (segments.includes('__proto__') || segments.includes('')) continue;
    let node: Container = root;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      const isLast = i === segments.length - 1;
      const key: string | number = Array.isArray(node) ? Number(segment) - firstIndex : segment;
      if (typeof key === 'number' && !(key >= 0)) break;
      const slot = node as Record<string | number, unknown>;
      if (isLast) {
        slot[key] = value;
        break;
      }
      let child = slot[key];
      if (child === null || typeof child !== 'object') {
        child = INDEX.test(segments[i + 1]!) ? [] : {};
        slot[key] = child;
      }
      node = child as Container;
    }
  }
  return compact(root) as Record<string, unknown>;
}

/** Inverse of flattenTencentQuery; values stay strings (the wire carries no types). */
export function unflattenTencentQuery(pairs: Iterable<ParamPair>): Record<string, unknown> {
  return unflattenParams(pairs, 0);
}

/** Inverse of flattenRpcParams; values stay strings (the wire carries no types). */
export function unflattenRpcParams(pairs: Iterable<ParamPair>): Record<string, unknown> {
  return unflattenParams(pairs, 1);
}
