// Alibaba's Darabonba SDK models (@alicloud/ecs20140526, @alicloud/swas-open20200601) reduced to facts at
// run time: each model class has static names() (property → wire name) and types() (property → type).
// The models say nothing about required or limits, so those facts stay unknown.
import type { FieldFact, FieldMap } from '../facts.ts';

interface ModelClass {
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

function isModel(value: unknown): value is ModelClass {
  return (
    typeof value === 'function' && typeof (value as Partial<ModelClass>).names === 'function' && typeof (value as Partial<ModelClass>).types === 'function'
  );
}

export function darabonbaFacts(sdk: Record<string, unknown>, action: string): { request: FieldMap; response: FieldMap } | undefined {
  const request = sdk[`${action}Request`];
  const body = sdk[`${action}ResponseBody`];
  if (!isModel(request) || !isModel(body)) return undefined;
  return { request: walk(request), response: walk(body) };
}

interface TypeFact {
  type: string;
  model?: ModelClass;
}

function typeOf(t: unknown): TypeFact {
  if (isModel(t)) return { type: 'object', model: t };
  if (typeof t === 'string') {
    if (t === 'string') return { type: 'string' };
    if (t === 'boolean') return { type: 'boolean' };
    if (/^(number|integer|long|float|double)$/.test(t)) return { type: 'number' };
    if (t === 'Readable' || t === 'Buffer') return { type: 'string' };
    return { type: 'object' };
  }
  if (typeof t === 'object' && t !== null) {
    const shape = t as { type?: string; itemType?: unknown; valueType?: unknown };
    if (shape.type === 'array') {
      const inner = typeOf(shape.itemType);
      return { ...inner, type: `${inner.type}[]` };
    }
    if (shape.type === 'map') return { type: 'map' };
  }
  return { type: 'object' };
}

function walk(root: ModelClass): FieldMap {
  const out: FieldMap = {};
  const visit = (model: ModelClass, prefix: string, stack: ModelClass[]) => {
    const names = model.names();
    const types = model.types();
    for (const [property, wire] of Object.entries(names)) {
      const path = prefix === '' ? wire : `${prefix}.${wire}`;
      const t = typeOf(types[property]);
      const fact: FieldFact = { type: t.type };
      out[path] = fact;
      if (t.model !== undefined && !stack.includes(t.model)) visit(t.model, t.type.endsWith('[]') ? `${path}[]` : path, [...stack, t.model]);
    }
  };
  visit(root, '', [root]);
  return out;
}
