// Stage 3: quicktype-core's view of each example (the JSON Schema it infers, lang 'schema', reduced to a
// small shape tree) is compared with the spec's schema: every field and type it finds must be declared.
import { InputData, jsonInputForTargetLanguage, quicktype } from 'quicktype-core';
import { compareShape, concretePointer } from './compare-shape.ts';
import type { ExamplePayload } from './example-payloads.ts';
import type { ResolvedSchema } from './examples.ts';
import { isRecord } from './pointer.ts';
import type { Problem } from './problem.ts';
import type { Shape } from './shape.ts';

export type { PrimitiveType, Shape } from './shape.ts';

/** Runs quicktype on one sample and returns its JSON Schema (draft-06, types under `definitions`). */
export async function inferJsonSchema(sample: unknown, name = 'Example'): Promise<Record<string, unknown>> {
  const input = jsonInputForTargetLanguage('schema');
  await input.addSource({ name, samples: [JSON.stringify(sample)] });
  const inputData = new InputData();
  inputData.addInput(input);
  const result = await quicktype({
    inputData,
    lang: 'schema',
    // Keep the shape literal: no maps, enums or string-encoded types, and no merging of look-alike classes.
    inferMaps: false,
    inferEnums: false,
    inferUuids: false,
    inferDateTimes: false,
    inferIntegerStrings: false,
    inferBooleanStrings: false,
    combineClasses: false,
  });
  return JSON.parse(result.lines.join('\n')) as Record<string, unknown>;
}

export async function inferShape(sample: unknown): Promise<Shape> {
  const schema = await inferJsonSchema(sample);
  return toShape(schema, isRecord(schema.definitions) ? schema.definitions : {}, new Set());
}

function toShape(node: unknown, definitions: Record<string, unknown>, visiting: Set<string>): Shape {
  if (!isRecord(node)) return { kind: 'any' };
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/definitions/', '');
    if (visiting.has(name)) return { kind: 'any' };
    return toShape(definitions[name], definitions, new Set([...visiting, name]));
  }
  const alternatives = Array.isArray(node.anyOf) ? node.anyOf : Array.isArray(node.oneOf) ? node.oneOf : undefined;
  if (alternatives) return { kind: 'union', members: alternatives.map((a) => toShape(a, definitions, visiting)) };
  if (Array.isArray(node.type)) return { kind: 'union', members: node.type.map((type) => toShape({ ...node, type }, definitions, visiting)) };
  switch (node.type) {
    case 'object': {
      const properties = new Map<string, Shape>();
      for (const [key, value] of Object.entries(isRecord(node.properties) ? node.properties : {})) properties.set(key, toShape(value, definitions, visiting));
      const values = isRecord(node.additionalProperties) ? toShape(node.additionalProperties, definitions, visiting) : undefined;
      return { kind: 'object', properties, values };
    }
    case 'array':
      return { kind: 'array', items: toShape(node.items, definitions, visiting) };
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'null':
      return { kind: 'primitive', type: node.type };
    default:
      return { kind: 'any' };
  }
}

/** quicktype's shape of each distinct example value, inferred once per run (cloned examples are common). */
export type ShapeCache = Map<string, Promise<Shape>>;

export async function checkInference(
  file: string,
  payloads: ExamplePayload[],
  schemas: { request: ResolvedSchema | undefined; response: ResolvedSchema | undefined },
  shapes: ShapeCache = new Map(),
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const payload of payloads) {
    const site = schemas[payload.part];
    if (!site) continue;
    let shape: Shape;
    try {
      const key = JSON.stringify(payload.value);
      let inferred = shapes.get(key);
      if (!inferred) shapes.set(key, (inferred = inferShape(payload.value)));
      shape = await inferred;
    } catch (error) {
      problems.push({
        kind: 'inference',
        file,
        pointer: payload.pointer,
        message: `example '${payload.example}' ${payload.part}: quicktype could not infer a type: ${(error as Error).message}`,
      });
      continue;
    }
    for (const mismatch of compareShape(shape, site.schema)) {
      const at = concretePointer(payload.value, mismatch.path, mismatch.found) ?? '';
      problems.push({
        kind: 'inference',
        file,
        pointer: payload.locate(at),
        message: `example '${payload.example}' ${payload.part} vs ${site.ref ?? site.pointer}: ${mismatch.message}`,
      });
    }
  }
  return problems;
}
