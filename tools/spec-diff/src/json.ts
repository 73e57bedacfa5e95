// Small JSON helpers: the diff compares parsed YAML, so equality must ignore key order.

export type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted at every level, so equal data gives equal text. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isRecord(value)) return value;
  const sorted: JsonObject = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]);
  return sorted;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

/** Short inline rendering for messages: `100`, `"CVM"`, `["a","b"]`, `(none)`. */
export function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = stableStringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
