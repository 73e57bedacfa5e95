// The one constraint interpreter, rule by rule: given a constraint and an input, the first place the input
// breaks it (path with indices, value, limit) and the plain-words message, or nothing when it holds.
import { describe, expect, it } from 'vitest';
import { entriesAt, firstViolation, isOneOf, isPresent, rowOf, violationMessage, withErrors, type ConstraintRule } from '../src/constraints.ts';

interface Case {
  name: string;
  rule: ConstraintRule;
  input: Record<string, unknown>;
  /** `[path, value, limit, message]` of the violation, or undefined when the input holds. */
  want?: [string, unknown, unknown, string];
}

const filters = (...list: unknown[]) => ({ Filters: list });

const cases: Case[] = [
  { name: 'required: present', rule: { kind: 'required', path: 'JobId' }, input: { JobId: 'job-1' } },
  { name: 'required: absent', rule: { kind: 'required', path: 'JobId' }, input: {}, want: ['JobId', undefined, undefined, 'JobId is required'] },
  {
    name: "required: '' counts as missing",
    rule: { kind: 'required', path: 'JobId' },
    input: { JobId: '' },
    want: ['JobId', '', undefined, 'JobId is required'],
  },
  { name: 'required: nested, under an absent list', rule: { kind: 'required', path: 'Filters[].Name' }, input: {} },
  {
    name: 'required: nested, second element',
    rule: { kind: 'required', path: 'Filters[].Name' },
    input: filters({ Name: 'a' }, { Values: [] }),
    want: ['Filters[1].Name', undefined, undefined, 'Filters[1].Name is required'],
  },
  { name: 'type integer: holds', rule: { kind: 'type', path: 'Limit', type: 'integer' }, input: { Limit: 3 } },
  { name: 'type: null skips', rule: { kind: 'type', path: 'Limit', type: 'integer' }, input: { Limit: null } },
  {
    name: 'type integer: text',
    rule: { kind: 'type', path: 'Limit', type: 'integer' },
    input: { Limit: '3' },
    want: ['Limit', '3', 'integer', 'Limit must be an integer (got "3")'],
  },
  {
    name: 'type number: NaN',
    rule: { kind: 'type', path: 'Ratio', type: 'number' },
    input: { Ratio: Number.NaN },
    want: ['Ratio', Number.NaN, 'number', 'Ratio must be a number (got null)'],
  },
  {
    name: 'type string: list element',
    rule: { kind: 'type', path: 'Filters[].Values[]', type: 'string' },
    input: filters({ Values: ['a', 7] }),
    want: ['Filters[0].Values[1]', 7, 'string', 'Filters[0].Values[1] must be a string (got 7)'],
  },
  { name: 'type array', rule: { kind: 'type', path: 'Ids', type: 'array' }, input: { Ids: 'x' }, want: ['Ids', 'x', 'array', 'Ids must be a list (got "x")'] },
  {
    name: 'type object',
    rule: { kind: 'type', path: 'Filters[]', type: 'object' },
    input: filters([]),
    want: ['Filters[0]', [], 'object', 'Filters[0] must be an object (got [])'],
  },
  {
    name: 'type boolean',
    rule: { kind: 'type', path: 'Hide', type: 'boolean' },
    input: { Hide: 1 },
    want: ['Hide', 1, 'boolean', 'Hide must be true or false (got 1)'],
  },
  { name: 'minimum: at', rule: { kind: 'minimum', path: 'Offset', limit: 0 }, input: { Offset: 0 } },
  {
    name: 'minimum: past',
    rule: { kind: 'minimum', path: 'Offset', limit: 0 },
    input: { Offset: -1 },
    want: ['Offset', -1, 0, 'Offset must be at least 0 (got -1)'],
  },
  { name: 'maximum: at', rule: { kind: 'maximum', path: 'Limit', limit: 100 }, input: { Limit: 100 } },
  {
    name: 'maximum: past',
    rule: { kind: 'maximum', path: 'Limit', limit: 100 },
    input: { Limit: 101 },
    want: ['Limit', 101, 100, 'Limit must be at most 100 (got 101)'],
  },
  { name: 'maximum: text is the type rule’s business', rule: { kind: 'maximum', path: 'Limit', limit: 100 }, input: { Limit: '101' } },
  {
    name: 'minItems: past',
    rule: { kind: 'minItems', path: 'Ids', limit: 1 },
    input: { Ids: [] },
    want: ['Ids', [], 1, 'Ids must have at least 1 items (got 0)'],
  },
  { name: 'maxItems: at', rule: { kind: 'maxItems', path: 'Ids', limit: 2 }, input: { Ids: ['a', 'b'] } },
  {
    name: 'maxItems: past',
    rule: { kind: 'maxItems', path: 'Ids', limit: 2 },
    input: { Ids: ['a', 'b', 'c'] },
    want: ['Ids', ['a', 'b', 'c'], 2, 'Ids must have at most 2 items (got 3)'],
  },
  {
    name: 'minLength: past',
    rule: { kind: 'minLength', path: 'Name', limit: 2 },
    input: { Name: 'a' },
    want: ['Name', 'a', 2, 'Name must have at least 2 characters (got 1)'],
  },
  { name: 'maxLength: code points, at', rule: { kind: 'maxLength', path: 'Name', limit: 2 }, input: { Name: '😀😀' } },
  {
    name: 'maxLength: past',
    rule: { kind: 'maxLength', path: 'Name', limit: 2 },
    input: { Name: 'abc' },
    want: ['Name', 'abc', 2, 'Name must have at most 2 characters (got 3)'],
  },
  { name: 'enum: as text', rule: { kind: 'enum', path: 'Size', values: [10, 20] }, input: { Size: '10' } },
  {
    name: 'enum: unlisted',
    rule: { kind: 'enum', path: 'Mode', values: ['a', 'b', 'c'] },
    input: { Mode: 'x' },
    want: ['Mode', 'x', ['a', 'b', 'c'], 'Mode must be one of a, b, c (got "x")'],
  },
  { name: 'mutuallyExclusive: one given', rule: { kind: 'mutuallyExclusive', paths: ['Ids', 'Filters'] }, input: { Ids: ['a'], Filters: null } },
  {
    name: 'mutuallyExclusive: both given',
    rule: { kind: 'mutuallyExclusive', paths: ['InvocationTaskIds', 'Filters'] },
    input: { InvocationTaskIds: ['t'], Filters: [{ Name: 'n' }] },
    want: ['Filters', [{ Name: 'n' }], 'InvocationTaskIds', 'InvocationTaskIds and Filters cannot be used together'],
  },
  { name: 'filterName: listed', rule: { kind: 'filterName', path: 'Filters', names: ['a', 'b', 'c'] }, input: filters({ Name: 'b' }) },
  {
    name: 'filterName: unlisted',
    rule: { kind: 'filterName', path: 'Filters', names: ['a', 'b', 'c'] },
    input: filters({ Name: 'a' }, { Name: 'x' }),
    want: ['Filters[1].Name', 'x', ['a', 'b', 'c'], 'Filters[1].Name must be one of a, b, c (got "x")'],
  },
  {
    name: 'filterValue: a name without a list',
    rule: { kind: 'filterValue', path: 'Filters', values: { kind: ['CVM'] } },
    input: filters({ Name: 'id', Values: ['x'] }),
  },
  {
    name: 'filterValue: an inherited name is not a listed one',
    rule: { kind: 'filterValue', path: 'Filters', values: { kind: ['CVM'] } },
    input: filters({ Name: 'constructor', Values: ['x'] }),
  },
  {
    name: 'filterValue: unlisted value',
    rule: { kind: 'filterValue', path: 'Filters', values: { kind: ['CVM', 'LIGHTHOUSE'] } },
    input: filters({ Name: 'kind', Values: ['CVM', 'BM'] }),
    want: ['Filters[0].Values[1]', 'BM', ['CVM', 'LIGHTHOUSE'], 'Filters[0].Values[1] must be one of CVM, LIGHTHOUSE (got "BM")'],
  },
  {
    name: 'uniqueKeys: absent and empty keys never clash',
    rule: { kind: 'uniqueKeys', path: 'Tag', key: 'Key' },
    input: { Tag: [{}, {}, { Key: '' }, { Key: '' }] },
  },
  {
    name: 'uniqueKeys: repeated',
    rule: { kind: 'uniqueKeys', path: 'Tag', key: 'Key' },
    input: { Tag: [{ Key: 'env' }, 'x', { Key: 'env' }] },
    want: ['Tag[2].Key', 'env', 'Key', 'Tag[2].Key repeats "env"; each Key must be unique'],
  },
  { name: 'token: a client cannot judge it', rule: { kind: 'token', path: 'NextToken' }, input: { NextToken: 'foreign' } },
  {
    name: 'additionalProperties: undefined members are not sent',
    rule: { kind: 'additionalProperties', path: '', allowed: ['A', 'B'] },
    input: { A: 1, Foo: undefined },
  },
  {
    name: 'additionalProperties: unknown parameter',
    rule: { kind: 'additionalProperties', path: '', allowed: ['A', 'B'] },
    input: { A: 1, Foo: 2 },
    want: ['Foo', 2, ['A', 'B'], 'Unknown parameter Foo (DescribeInvocations takes: A, B)'],
  },
  {
    name: 'additionalProperties: unknown member of a nested object',
    rule: { kind: 'additionalProperties', path: 'Filters[]', allowed: ['Name', 'Values'] },
    input: filters({ Name: 'a' }, { Name: 'b', Op: null }),
    want: ['Filters[1].Op', null, ['Name', 'Values'], 'Unknown parameter Filters[1].Op (Filters[1] takes: Name, Values)'],
  },
];

describe('firstViolation, one rule at a time', () => {
  it.each(cases)('$name', ({ rule, input, want }) => {
    const found = firstViolation(input, [rule]);
    if (!want) return expect(found).toBeUndefined();
    expect(found && [found.path, found.value, found.limit, violationMessage(found, 'DescribeInvocations')]).toEqual(want);
    expect(found?.constraint).toBe(rule);
  });
});

describe('firstViolation over a table', () => {
  it('reports the first rule in table order, as services answer one error per request', () => {
    const rules: ConstraintRule[] = [
      { kind: 'type', path: 'Limit', type: 'integer' },
      { kind: 'maximum', path: 'Limit', limit: 100 },
    ];
    expect(firstViolation({ Limit: 100.5 }, rules)?.constraint.kind).toBe('type');
    expect(firstViolation({ Limit: 101 }, rules)?.constraint.kind).toBe('maximum');
  });

  it('judges tokens and allows implicit parameters only when told how', () => {
    const token: ConstraintRule = { kind: 'token', path: 'NextToken' };
    expect(firstViolation({ NextToken: 'a' }, [token], { issued: (t) => t === 'a' })).toBeUndefined();
    expect(firstViolation({ NextToken: 'b' }, [token], { issued: (t) => t === 'a' })?.path).toBe('NextToken');
    const closed: ConstraintRule = { kind: 'additionalProperties', path: '', allowed: ['Limit'] };
    expect(firstViolation({ Region: 'r' }, [closed], { implicit: ['Region'] })).toBeUndefined();
    expect(firstViolation({ Region: 'r' }, [closed])?.path).toBe('Region');
  });
});

describe('rows and the model', () => {
  it('a constraint survives row → withErrors unchanged, for every kind', () => {
    const rules = cases.map((c) => c.rule);
    const back = withErrors(
      rules.map(rowOf),
      rules.map(() => ['InvalidParameter', 400, 'inferred'] as const),
    );
    expect(back).toEqual(rules.map((rule) => ({ ...rule, code: 'InvalidParameter', httpStatus: 400, basis: 'inferred' })));
  });
});

describe('reading values', () => {
  it('entriesAt: a missing leaf is undefined, a missing or non-list parent yields nothing', () => {
    expect(entriesAt({ Tag: [{ Key: 'a' }, {}, 'x'] }, 'Tag[].Key')).toEqual([
      ['Tag[0].Key', 'a'],
      ['Tag[1].Key', undefined],
    ]);
    expect(entriesAt({}, 'Tag[].Key')).toEqual([]);
    expect(entriesAt({ Tag: 'x' }, 'Tag[]')).toEqual([]);
    expect(entriesAt({}, 'Limit')).toEqual([['Limit', undefined]]);
  });

  it.each([
    { given: undefined, want: false },
    { given: null, want: false },
    { given: '', want: false },
    { given: 0, want: true },
    { given: false, want: true },
    { given: [], want: true },
  ])('isPresent($given) → $want', ({ given, want }) => {
    expect(isPresent(given)).toBe(want);
  });

  it('isOneOf matches a value or its text form (query strings carry numbers and booleans as text)', () => {
    expect([isOneOf('10', [10]), isOneOf(true, ['true']), isOneOf('a', ['A']), isOneOf(undefined, [])]).toEqual([true, true, false, false]);
  });
});
