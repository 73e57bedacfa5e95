// GET examples carry flattened query pairs (Tencent `Filters.0.Values.0`, 0-based; Alibaba `Tag.1.Key`,
// 1-based). They are rebuilt into the request object and scalar strings coerced to what the schema declares.
import { isRecord } from './pointer.ts';
import { declaredTypes, itemSchemas, propertySchemas } from './schema-walk.ts';

export interface QueryPair {
  key: string;
  value: string;
}

/** Accepts `{ "A.0": "x" }`, `[["A.0", "x"]]`, `[{ name|key, value }]` or `"A.0=x&B=y"`. */
export function readQueryPairs(query: unknown): QueryPair[] | string {
  if (typeof query === 'string') return [...new URLSearchParams(query.replace(/^\?/, ''))].map(([key, value]) => ({ key, value }));
  if (Array.isArray(query)) {
    const pairs: QueryPair[] = [];
    for (const item of query) {
      if (Array.isArray(item) && item.length === 2) pairs.push({ key: String(item[0]), value: scalarText(item[1]) });
      else if (isRecord(item) && (typeof item.name === 'string' || typeof item.key === 'string'))
        pairs.push({ key: String(item.name ?? item.key), value: scalarText(item.value) });
      else return 'query pairs must be [key, value] or { name, value }';
    }
    return pairs;
  }
  if (isRecord(query)) return Object.entries(query).map(([key, value]) => ({ key, value: scalarText(value) }));
  return 'query must be an object of flattened pairs, a list of pairs or a query string';
}

type Tree = { kind: 'leaf'; value: string } | { kind: 'node'; children: Map<string, Tree> };

export interface Unflattened {
  value: Record<string, unknown>;
  problems: Array<{ key: string; message: string }>;
}

export function unflattenQuery(pairs: QueryPair[], firstIndex: 0 | 1): Unflattened {
  const root: Tree = { kind: 'node', children: new Map() };
  const problems: Unflattened['problems'] = [];
  for (const { key, value } of pairs) {
    const segments = key.split('.');
    let node = root;
    let clash = false;
    segments.forEach((segment, i) => {
      if (clash || node.kind !== 'node') return;
      const last = i === segments.length - 1;
      const existing = node.children.get(segment);
      if (last) {
        if (existing) {
          clash = true;
          return;
        }
        node.children.set(segment, { kind: 'leaf', value });
      } else if (!existing) {
        const child: Tree = { kind: 'node', children: new Map() };
        node.children.set(segment, child);
        node = child;
      } else if (existing.kind === 'node') {
        node = existing;
      } else {
        clash = true;
      }
    });
    if (clash) problems.push({ key, message: `query key '${key}' is given twice or is both a value and a container` });
  }
  const value = build(root, firstIndex, '', problems);
  return { value: isRecord(value) ? value : {}, problems };
}

function build(tree: Tree, firstIndex: number, path: string, problems: Unflattened['problems']): unknown {
  if (tree.kind === 'leaf') return tree.value;
  const keys = [...tree.children.keys()];
  const numeric = keys.length > 0 && keys.every((k) => /^\d+$/.test(k));
  if (!numeric) {
    return Object.fromEntries(keys.map((k) => [k, build(tree.children.get(k) as Tree, firstIndex, path ? `${path}.${k}` : k, problems)]));
  }
  const indices = keys.map(Number).sort((a, b) => a - b);
  const expected = indices.map((_, i) => i + firstIndex);
  if (indices.some((n, i) => n !== expected[i])) {
    const style = firstIndex === 0 ? 'Tencent lists are 0-based' : 'Alibaba lists are 1-based';
    problems.push({ key: path, message: `list '${path}' has indices ${indices.join(', ')}; ${style} and must have no gaps` });
  }
  return indices.map((n) => build(tree.children.get(String(n)) as Tree, firstIndex, `${path}.${n}`, problems));
}

/** Turns query strings into the numbers and booleans the schema declares; everything else stays as it is. */
export function coerceToSchema(value: unknown, schema: unknown): unknown {
  if (Array.isArray(value)) {
    const items = itemSchemas(schema);
    return value.map((v) => coerceToSchema(v, items[0]));
  }
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, coerceToSchema(v, propertySchemas(schema, k)[0])]));
  }
  if (typeof value !== 'string') return value;
  const types = declaredTypes(schema);
  if (!types || types.has('string')) return value;
  if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value)) return Number(value);
  if (types.has('boolean') && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return value;
}

function scalarText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
