// Example validators compiled per component must judge every payload exactly as the inlined, closed schema
// does (same errors), while compiling a shared or look-alike component once.
import { describe, expect, it } from 'vitest';
import { ajvErrorPath, createAjv, describeAjvError, usefulErrors } from '../src/ajv.ts';
import { createDocIndex, dereference, type Location } from '../src/refs.ts';
import { closeSchema } from '../src/strict-schema.ts';
import { createStrictValidators, type SchemaSource } from '../src/strict-validators.ts';

const SPEC = '/specs/tencent/demo.yaml';
const COMMON = '/specs/tencent/common.yaml';

const schemas: Record<string, unknown> = {
  Filter: { type: 'object', required: ['Name'], properties: { Name: { type: 'string' }, Values: { type: 'array', items: { type: 'string' }, maxItems: 2 } } },
  Tag: { type: 'object', properties: { Key: { type: 'string' }, Value: { type: 'string' } } },
  TagCopy: { description: 'the same shape, described differently', type: 'object', properties: { Key: { type: 'string' }, Value: { type: 'string' } } },
  Paging: { type: 'object', properties: { Offset: { type: 'integer', minimum: 0 }, Limit: { type: 'integer', maximum: 100 } } },
  Sorted: { type: 'object', properties: { Order: { enum: ['ASC', 'DESC'] } } },
  Request: {
    allOf: [{ $ref: '#/components/schemas/Paging' }, { $ref: '#/components/schemas/Sorted' }],
    properties: {
      Filters: { type: 'array', items: { $ref: '#/components/schemas/Filter' } },
      Tag: { $ref: '#/components/schemas/Tag', description: 'annotation only' },
    },
  },
  Wrapped: { $ref: '#/components/schemas/Tag', required: ['Key'] },
  Either: { anyOf: [{ $ref: '#/components/schemas/Tag' }, { $ref: '#/components/schemas/Filter' }] },
  Open: { type: 'object', additionalProperties: true, properties: { Nested: { $ref: '#/components/schemas/Tag' } } },
  Remote: { type: 'object', properties: { Error: { $ref: './common.yaml#/components/schemas/Error' } } },
  Node: { type: 'object', properties: { Name: { type: 'string' }, Children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
  BadPattern: { type: 'object', properties: { Id: { type: 'string', pattern: '[' } } },
  UsesBadPattern: { type: 'object', properties: { Inner: { $ref: '#/components/schemas/BadPattern' } } },
};
const common = {
  components: { schemas: { Error: { type: 'object', required: ['Code'], properties: { Code: { type: 'string' }, Message: { type: 'string' } } } } },
};
const index = createDocIndex([
  { file: 'specs/tencent/demo.yaml', path: SPEC, doc: { components: { schemas } } },
  { file: 'specs/tencent/common.yaml', path: COMMON, doc: common },
]);

function site(raw: unknown): SchemaSource {
  const at: Location = { path: SPEC, file: 'specs/tencent/demo.yaml', pointer: '/paths/~1Demo/post/requestBody/content/application~1json/schema' };
  return { raw, at, schema: dereference(raw, at, index) };
}
const ref = (name: string) => site({ $ref: `#/components/schemas/${name}` });

function errors(validate: { (data: unknown): boolean; errors?: Parameters<typeof usefulErrors>[0] | null }, payload: unknown): string[] {
  if (validate(payload)) return [];
  return usefulErrors(validate.errors ?? [])
    .map((e) => `${ajvErrorPath(e)} ${describeAjvError(e)}`)
    .sort();
}

const payloads: Array<[string, unknown]> = [
  ['Request', { Offset: 0, Limit: 10, Order: 'ASC', Filters: [{ Name: 'a', Values: ['x'] }], Tag: { Key: 'k' } }],
  ['Request', { Offset: -1, Limit: 'ten', Order: 'UP', Extra: 1, Filters: [{ Values: ['x', 'y', 'z'], Op: 'eq' }], Tag: { Key: 1, Colour: 'red' } }],
  ['Wrapped', { Value: 'v', Other: true }],
  ['Wrapped', { Key: 'k', Value: 'v' }],
  ['Either', { Key: 'k' }],
  ['Either', { Name: 'n', Key: 'k' }],
  ['Either', { Nope: 1 }],
  ['Open', { Anything: 1, Nested: { Key: 'k', Extra: 2 } }],
  ['Remote', { Error: { Message: 'm', Detail: 'd' } }],
  ['Node', { Name: 'a', Children: [{ Name: 'b', Children: [] }] }],
];

describe('per-component example validators', () => {
  it.each(payloads)('%s: the same errors as the inlined closed schema for %j', (name, payload) => {
    const inlined = createAjv().compile(closeSchema(ref(name).schema) as object);
    const strict = createStrictValidators(createAjv({ inlineRefs: false }), index);
    expect(errors(strict.compile(ref(name)), payload)).toEqual(errors(inlined, payload));
  });

  it('reports undeclared and mistyped fields (the comparison above is not vacuous)', () => {
    const strict = createStrictValidators(createAjv({ inlineRefs: false }), index);
    expect(errors(strict.compile(ref('Request')), payloads[1]?.[1])).toContain("/Filters/0/Op unknown property 'Op' (not declared in the schema)");
    expect(errors(strict.compile(ref('Remote')), payloads[8]?.[1])).toEqual([
      "/Error required property 'Code' is missing",
      "/Error/Detail unknown property 'Detail' (not declared in the schema)",
    ]);
  });

  it('compiles a component once for every site that refers to it, and look-alike components once', () => {
    const strict = createStrictValidators(createAjv({ inlineRefs: false }), index);
    expect(strict.compile(ref('Tag'))).toBe(strict.compile(ref('Tag')));
    expect(strict.compile(ref('TagCopy'))).toBe(strict.compile(ref('Tag')));
    expect(strict.compile(ref('Filter'))).not.toBe(strict.compile(ref('Tag')));
  });

  it('checks a recursive schema at every depth', () => {
    const strict = createStrictValidators(createAjv({ inlineRefs: false }), index);
    const payload = { Name: 'a', Children: [{ Name: 'b', Children: [{ Name: 'c', Colour: 'red' }] }] };
    expect(errors(strict.compile(ref('Node')), payload)).toEqual(["/Children/0/Children/0/Colour unknown property 'Colour' (not declared in the schema)"]);
  });

  it("a component that cannot be compiled fails with the inlined schema's error, at every site that uses it", () => {
    const inlinedError = (() => {
      try {
        createAjv().compile(closeSchema(ref('UsesBadPattern').schema) as object);
      } catch (error) {
        return (error as Error).message;
      }
      return undefined;
    })();
    expect(inlinedError).toBeDefined();
    const strict = createStrictValidators(createAjv({ inlineRefs: false }), index);
    expect(() => strict.compile(ref('UsesBadPattern'))).toThrow(inlinedError);
    expect(() => strict.compile(ref('BadPattern'))).toThrow(/regular expression/i);
    expect(errors(strict.compile(ref('Tag')), { Key: 'k', X: 1 })).toEqual(["/X unknown property 'X' (not declared in the schema)"]);
  });
});
