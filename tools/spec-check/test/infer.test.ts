// quicktype's inference compared with schemas: given an example and a schema, the mismatches wanted.
import { describe, expect, it } from 'vitest';
import { compareShape, concretePointer } from '../src/compare-shape.ts';
import type { ExamplePayload } from '../src/example-payloads.ts';
import { checkInference, inferShape, type ShapeCache } from '../src/infer.ts';

interface Case {
  name: string;
  sample: unknown;
  schema: unknown;
  want: string[];
}

const cases: Case[] = [
  {
    name: 'matching object',
    sample: { A: 1, B: 'x', C: [true] },
    schema: { type: 'object', properties: { A: { type: 'integer' }, B: { type: 'string' }, C: { type: 'array', items: { type: 'boolean' } } } },
    want: [],
  },
  { name: 'integer where the schema says number is fine', sample: { A: 1 }, schema: { properties: { A: { type: 'number' } } }, want: [] },
  {
    name: 'a fraction where the schema says integer',
    sample: { A: 1.5 },
    schema: { properties: { A: { type: 'integer' } } },
    want: ["quicktype infers number at 'A', but the schema says integer"],
  },
  { name: 'null against a nullable type list', sample: { A: null }, schema: { properties: { A: { type: ['string', 'null'] } } }, want: [] },
  {
    name: 'null against a non-nullable string',
    sample: { A: null },
    schema: { properties: { A: { type: 'string' } } },
    want: ["quicktype infers null at 'A', but the schema says string"],
  },
  {
    name: 'field missing from the schema, nested in an array',
    sample: { L: [{ K: 1 }, { K: 2, X: 'x' }] },
    schema: { properties: { L: { type: 'array', items: { properties: { K: { type: 'integer' } } } } } },
    want: ["quicktype finds field 'X' at 'L[].X', which the schema does not declare"],
  },
  {
    name: 'map schema (additionalProperties) accepts any key',
    sample: { M: { a: 'x', b: 'y' } },
    schema: { properties: { M: { type: 'object', additionalProperties: { type: 'string' } } } },
    want: [],
  },
  {
    name: 'allOf composition',
    sample: { A: 1, B: 'x' },
    schema: { allOf: [{ properties: { A: { type: 'integer' } } }, { properties: { B: { type: 'string' } } }] },
    want: [],
  },
  {
    name: 'anyOf picks the branch that fits',
    sample: { A: 'x' },
    schema: { properties: { A: { anyOf: [{ type: 'integer' }, { type: 'string' }] } } },
    want: [],
  },
  {
    name: 'enum implies the type',
    sample: { A: 3 },
    schema: { properties: { A: { enum: ['a', 'b'] } } },
    want: ["quicktype infers integer at 'A', but the schema says string"],
  },
  {
    name: 'no type at all',
    sample: { A: {} },
    schema: { properties: { A: { description: 'untyped' } } },
    want: ["quicktype infers object at 'A', but the schema declares no type there"],
  },
];

describe('compareShape', () => {
  it.each(cases)('$name', async ({ sample, schema, want }) => {
    const mismatches = compareShape(await inferShape(sample), schema);
    expect(mismatches.map((m) => m.message)).toEqual(want);
  });

  it('points at the first concrete occurrence of a mismatch', async () => {
    const sample = { L: [{ K: 'a' }, { K: 2 }] };
    const [mismatch] = compareShape(await inferShape(sample), { properties: { L: { items: { properties: { K: { type: 'string' } } } } } });
    expect(mismatch?.message).toBe("quicktype infers integer at 'L[].K', but the schema says string");
    expect(concretePointer(sample, mismatch?.path ?? [], mismatch?.found)).toBe('/L/1/K');
  });
});

describe('checkInference', () => {
  it('infers each distinct example value once and still reports every example that shows a mismatch', async () => {
    const payload = (example: string, value: unknown): ExamplePayload => ({
      example,
      part: 'request',
      value,
      pointer: `/${example}`,
      locate: (p) => `/${example}${p}`,
    });
    const site = {
      raw: {},
      at: { path: '/x.yaml', file: 'x.yaml', pointer: '' },
      schema: { type: 'object', properties: { A: { type: 'string' } } },
      pointer: '/s',
      ref: undefined,
    };
    const shapes: ShapeCache = new Map();
    const problems = await checkInference(
      'x.yaml',
      [payload('one', { A: 1 }), payload('two', { A: 1 }), payload('three', { A: 'x' })],
      { request: site, response: undefined },
      shapes,
    );
    expect(shapes.size).toBe(2);
    expect(problems.map((p) => `${p.pointer} ${p.message}`)).toEqual([
      "/one/A example 'one' request vs /s: quicktype infers integer at 'A', but the schema says string",
      "/two/A example 'two' request vs /s: quicktype infers integer at 'A', but the schema says string",
    ]);
  });
});
