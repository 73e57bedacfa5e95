// tccli's api.json (TencentCloud/tencentcloud-cli, tccli/services/<product>/<version>/api.json) reduced to
// facts: member names, types, required (requests) / output_required (responses), value_allowed_null.
import type { FieldFact, FieldMap } from '../facts.ts';

interface Member {
  name: string;
  type: string;
  member?: string;
  required?: boolean;
  output_required?: boolean;
  value_allowed_null?: boolean;
  disabled?: boolean;
}

interface ApiJson {
  actions: Record<string, { input: string; output: string }>;
  objects: Record<string, { members: Member[] }>;
}

const NUMBER = /^(u?int(8|16|32|64)?|float|double)$/;

function scalar(type: string): string | undefined {
  if (NUMBER.test(type)) return 'number';
  if (type === 'bool') return 'boolean';
  if (type === 'string' || type.startsWith('datetime') || type === 'timestamp' || type === 'binary') return 'string';
  return undefined;
}

export function parseApiJson(text: string): ApiJson {
  const api = JSON.parse(text) as ApiJson;
  if (typeof api.actions !== 'object' || typeof api.objects !== 'object') throw new Error('tccli api.json: no actions/objects');
  return api;
}

export function tccliActions(api: ApiJson): string[] {
  return Object.keys(api.actions).sort();
}

/** Request and response facts of one action, or undefined when the action is absent in this version. */
export function tccliFacts(api: ApiJson, action: string): { request: FieldMap; response: FieldMap } | undefined {
  const entry = api.actions[action];
  if (entry === undefined) return undefined;
  return { request: walk(api, entry.input, 'request'), response: walk(api, entry.output, 'response') };
}

function walk(api: ApiJson, objectName: string, side: 'request' | 'response'): FieldMap {
  const out: FieldMap = {};
  const visit = (name: string, prefix: string, stack: string[]) => {
    for (const m of api.objects[name]?.members ?? []) {
      if (m.disabled === true) continue;
      const path = prefix === '' ? m.name : `${prefix}.${m.name}`;
      const isList = m.type === 'list';
      const inner = isList ? (m.member ?? 'string') : m.type === 'object' ? (m.member ?? '') : m.type;
      const base = scalar(inner) ?? (api.objects[inner] !== undefined ? 'object' : (scalar(m.member ?? '') ?? 'object'));
      const fact: FieldFact = { type: isList ? `${base}[]` : base };
      const required = side === 'request' ? m.required : m.output_required;
      // RequestId carries neither flag; every response has it, so absence is not optionality.
      if (typeof required === 'boolean') fact.required = required;
      else if (side === 'response' && prefix === '' && m.name === 'RequestId') fact.required = true;
      if (typeof m.value_allowed_null === 'boolean') fact.nullable = m.value_allowed_null;
      out[path] = fact;
      if (base === 'object' && api.objects[inner] !== undefined && !stack.includes(inner)) {
        visit(inner, isList ? `${path}[]` : path, [...stack, inner]);
      }
    }
  };
  visit(objectName, '', [objectName]);
  return out;
}
