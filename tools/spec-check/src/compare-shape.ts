// Structural cross-check: does the spec's schema have every field and type quicktype found in the example?
import type { Shape } from './shape.ts';
import { isRecord } from './pointer.ts';
import { admits, declaredTypes, itemSchemas, propertySchemas, type JsonType } from './schema-walk.ts';

/** A path through the example: property names, with '[]' for "an element of this array". */
export type ShapePath = string[];

export interface ShapeMismatch {
  path: ShapePath;
  /** The JSON type quicktype saw at the path (used to find a concrete occurrence). */
  found: JsonType | undefined;
  message: string;
}

export function compareShape(shape: Shape, schema: unknown, path: ShapePath = []): ShapeMismatch[] {
  if (shape.kind === 'any') return [];
  if (shape.kind === 'union') return shape.members.flatMap((m) => compareShape(m, schema, path));
  const found: JsonType = shape.kind === 'primitive' ? shape.type : shape.kind;
  // true accepts anything; a $ref still present did not resolve, which the OpenAPI stage reports.
  if (schema === true || (isRecord(schema) && typeof schema.$ref === 'string')) return [];
  const types = declaredTypes(schema);
  if (types === undefined && !hasStructure(schema)) {
    return [{ path, found, message: `quicktype infers ${found} at ${show(path)}, but the schema declares no type there` }];
  }
  if (!admits(types, found)) {
    return [{ path, found, message: `quicktype infers ${found} at ${show(path)}, but the schema says ${[...(types ?? [])].join(' | ')}` }];
  }
  if (shape.kind === 'array') {
    const items = itemSchemas(schema);
    if (items.length === 0) {
      if (shape.items.kind === 'any') return [];
      return [
        { path: [...path, '[]'], found: undefined, message: `quicktype infers array items at ${show([...path, '[]'])}, but the schema declares no items` },
      ];
    }
    return bestOf(items.map((item) => compareShape(shape.items, item, [...path, '[]'])));
  }
  if (shape.kind === 'object') {
    const mismatches: ShapeMismatch[] = [];
    for (const [name, child] of shape.properties) {
      const candidates = propertySchemas(schema, name);
      const fieldPath = [...path, name];
      if (candidates.length === 0) {
        if (allowsAnyProperty(schema)) continue;
        mismatches.push({
          path: fieldPath,
          found: undefined,
          message: `quicktype finds field '${name}' at ${show(fieldPath)}, which the schema does not declare`,
        });
        continue;
      }
      mismatches.push(...bestOf(candidates.map((candidate) => compareShape(child, candidate, fieldPath))));
    }
    if (shape.values) {
      const values = isRecord(schema) && isRecord(schema.additionalProperties) ? schema.additionalProperties : undefined;
      if (values) mismatches.push(...compareShape(shape.values, values, [...path, '*']));
    }
    return mismatches;
  }
  return [];
}

/** The concrete JSON pointer of the first place in `sample` that a shape path (with '[]' wildcards) reaches. */
export function concretePointer(sample: unknown, path: ShapePath, found: JsonType | undefined): string | undefined {
  const walk = (value: unknown, rest: ShapePath, prefix: string): string | undefined => {
    const [head, ...tail] = rest;
    if (head === undefined) return found === undefined || sameType(value, found) ? prefix : undefined;
    if (head === '[]' && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const hit = walk(value[i], tail, `${prefix}/${i}`);
        if (hit !== undefined) return hit;
      }
      return undefined;
    }
    if (isRecord(value) && head in value) return walk(value[head], tail, `${prefix}/${head.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    return undefined;
  };
  return walk(sample, path, '');
}

function sameType(value: unknown, type: JsonType): boolean {
  if (value === null) return type === 'null';
  if (Array.isArray(value)) return type === 'array';
  if (typeof value === 'number') return type === 'number' || (type === 'integer' && Number.isInteger(value));
  return typeof value === type;
}

function bestOf(results: ShapeMismatch[][]): ShapeMismatch[] {
  return results.reduce((best, next) => (next.length < best.length ? next : best), results[0] ?? []);
}

function hasStructure(schema: unknown): boolean {
  return isRecord(schema) && ['properties', 'items', 'additionalProperties', 'patternProperties', 'allOf', 'anyOf', 'oneOf', 'not'].some((k) => k in schema);
}

function allowsAnyProperty(schema: unknown): boolean {
  return isRecord(schema) && (schema.additionalProperties === true || schema.unevaluatedProperties === true);
}

function show(path: ShapePath): string {
  return path.length === 0 ? 'the top level' : `'${path.join('.').replace(/\.\[\]/g, '[]')}'`;
}
