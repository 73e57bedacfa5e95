// Query strings and form bodies carry every value as text; the real services read `Limit=10` as the integer 10
// and `Timed=true` as a boolean. This turns such strings into the types the request schema (or a `type`
// constraint) declares, and leaves anything unparsable as it is so the `type` check can reject it.
import type { Constraint, JsonSchema } from '@cloudexec/runtime/model';
import { isRecord } from './param-path.ts';

type DeclaredType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

export function coerceWireStrings(params: Record<string, unknown>, schema: JsonSchema, constraints: readonly Constraint[]): Record<string, unknown> {
  const hints = new Map<string, DeclaredType>();
  for (const constraint of constraints) {
    if (constraint.kind === 'type') hints.set(constraint.path, constraint.type);
  }
  return coerceValue(params, schema, '', hints) as Record<string, unknown>;
}

function coerceValue(value: unknown, schema: unknown, path: string, hints: Map<string, DeclaredType>): unknown {
  const type = hints.get(path) ?? schemaType(schema);
  if (typeof value === 'string') return coerceString(value, type);
  const node = isRecord(schema) ? schema : {};
  if (Array.isArray(value)) {
    return value.map((element) => coerceValue(element, node['items'], `${path}[]`, hints));
  }
  if (isRecord(value)) {
    const properties = isRecord(node['properties']) ? node['properties'] : {};
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      out[key] = coerceValue(member, properties[key], path === '' ? key : `${path}.${key}`, hints);
    }
    return out;
  }
  return value;
}

function schemaType(schema: unknown): DeclaredType | undefined {
  if (!isRecord(schema)) return undefined;
  const type = schema['type'];
  const first = Array.isArray(type) ? type.find((t) => t !== 'null') : type;
  return typeof first === 'string' ? (first as DeclaredType) : undefined;
}

function coerceString(text: string, type: DeclaredType | undefined): unknown {
  if (type === 'integer' && /^-?\d+$/.test(text)) return Number(text);
  if (type === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (type === 'boolean' && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return text;
}
