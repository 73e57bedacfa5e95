// `spec:infer`: quicktype's schema for an example, rewritten as an OpenAPI components fragment to paste
// into a spec and then tighten by hand (names, required, limits, descriptions).
import { inferJsonSchema } from './infer.ts';
import { isRecord } from './pointer.ts';

export interface InferredFragment {
  /** True when a Tencent `{"Response": {...}}` envelope was removed first. */
  unwrapped: boolean;
  fragment: { components: { schemas: Record<string, unknown> } };
}

export async function inferSchemaFragment(sample: unknown, rootName: string): Promise<InferredFragment> {
  const unwrapped = isRecord(sample) && Object.keys(sample).length === 1 && isRecord(sample.Response);
  const payload = unwrapped ? (sample as { Response: unknown }).Response : sample;
  const schema = await inferJsonSchema(payload, rootName);
  const definitions = isRecord(schema.definitions) ? schema.definitions : {};
  const schemas: Record<string, unknown> = {};
  // Root first, then the rest in quicktype's order.
  const rootKey = typeof schema.$ref === 'string' ? schema.$ref.replace('#/definitions/', '') : rootName;
  for (const name of [rootKey, ...Object.keys(definitions).filter((n) => n !== rootKey)]) {
    if (name in definitions) schemas[name] = rewrite(definitions[name]);
  }
  return { unwrapped, fragment: { components: { schemas } } };
}

function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' || key === '$schema' || (key === 'additionalProperties' && value === false)) continue;
    if (key === 'anyOf' && Array.isArray(value) && value.every(isBareType))
      out.type = value.map((v) => v.type).sort((a, b) => Number(a === 'null') - Number(b === 'null'));
    else if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/definitions/', '#/components/schemas/');
    else if (key === 'properties' && isRecord(value)) out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
    else out[key] = rewrite(value);
  }
  return out;
}

/** `{type: 'string'}` alone, which OpenAPI 3.1 writes as one entry of a type list. */
function isBareType(value: unknown): value is { type: string } {
  return isRecord(value) && Object.keys(value).length === 1 && typeof value.type === 'string';
}

/** `describe-invocations.response.json` → `DescribeInvocationsResponse`. */
export function schemaNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
  const name = base
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return /^[A-Za-z]/.test(name) ? name : `Example${name}`;
}
