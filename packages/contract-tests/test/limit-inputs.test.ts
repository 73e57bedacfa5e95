// The case derivation on a small hand-made operation: each constraint yields an input just past it (reported
// under the first constraint it breaks) and inputs at it that break nothing.
import type { Constraint, OperationModel } from '@cloudexec/runtime/model';
import { describe, expect, it } from 'vitest';
import { breaks, firstBroken } from '../src/cases/constraint-oracle.ts';
import { limitCases, withValue } from '../src/cases/limit-inputs.ts';

const fail = { code: 'InvalidParameter', httpStatus: 400, basis: 'inferred' } as const;
const constraints: Constraint[] = [
  { ...fail, kind: 'additionalProperties', path: '', allowed: ['RegionId', 'Limit', 'Ids', 'Filters', 'Tag'] },
  { ...fail, kind: 'required', path: 'RegionId' },
  { ...fail, kind: 'required', path: 'Tag[].Key' },
  { ...fail, kind: 'type', path: 'Limit', type: 'integer' },
  { ...fail, kind: 'mutuallyExclusive', paths: ['Ids', 'Filters'] },
  { ...fail, kind: 'maximum', path: 'Limit', limit: 100 },
  { ...fail, kind: 'maxItems', path: 'Filters[].Values', limit: 5 },
  { ...fail, kind: 'minLength', path: 'Tag[].Key', limit: 1 },
  { ...fail, kind: 'uniqueKeys', path: 'Tag', key: 'Key' },
  { ...fail, kind: 'filterName', path: 'Filters', names: ['state', 'kind'] },
  { ...fail, kind: 'filterValue', path: 'Filters', values: { kind: ['A', 'B'] } },
];

const op: OperationModel = {
  action: 'ListThings',
  method: 'GET',
  qps: 0,
  region: { required: true, parameter: 'RegionId' },
  constraints,
  pagination: [],
  filters: {
    parameter: 'Filters',
    names: [
      { name: 'state', field: 'State' },
      { name: 'kind', field: 'Kind', values: ['A', 'B'] },
    ],
  },
  errors: [],
  examples: [],
  discrepancies: [],
  requestSchema: {
    type: 'object',
    required: ['RegionId'],
    properties: {
      RegionId: { type: 'string' },
      Limit: { type: 'integer', maximum: 100 },
      Ids: { type: 'array', items: { type: 'string' } },
      Filters: { type: 'array', items: { type: 'object', properties: { Name: { type: 'string' }, Values: { type: 'array', items: { type: 'string' } } } } },
      Tag: { type: 'array', items: { type: 'object', properties: { Key: { type: 'string' }, Value: { type: 'string' } } } },
    },
  },
  responseSchema: {},
};

const cases = new Map(limitCases(op, 'cn-hangzhou').map((limit) => [limit.id, limit]));

describe('limitCases', () => {
  it.each([
    ['additionalProperties ', { RegionId: 'cn-hangzhou', ContractUnknown: 'contract' }],
    ['required RegionId', {}],
    ['maximum Limit', { RegionId: 'cn-hangzhou', Limit: 101 }],
    ['type Limit', { RegionId: 'cn-hangzhou', Limit: 'abc' }],
    ['mutuallyExclusive Ids+Filters', { RegionId: 'cn-hangzhou', Ids: ['contract'], Filters: [{ Name: 'state', Values: ['contract-value-0'] }] }],
  ])('%s: the input just past the limit', (id, over) => {
    expect(cases.get(id)?.over).toEqual(over);
    expect(cases.get(id)?.expected?.kind).toBe(id.split(' ')[0]);
  });

  it('every at-limit input breaks nothing, every past input breaks its constraint or an earlier one', () => {
    for (const limit of cases.values()) {
      for (const input of limit.at) expect(firstBroken(input, constraints), `${limit.id} at ${JSON.stringify(input)}`).toBeUndefined();
      expect(limit.expected, limit.id).toBeDefined();
      expect(breaks(limit.over, limit.expected!), limit.id).toBe(true);
    }
  });

  it('an empty tag key is first of all a missing one (model order decides)', () => {
    expect(cases.get('minLength Tag[].Key')?.expected).toBe(constraints[2]);
  });

  it('a list limit sits one past its size, in the first element of the list', () => {
    const values = cases.get('maxItems Filters[].Values');
    expect((values?.over['Filters'] as Array<{ Values: unknown[] }>)[0]?.Values).toHaveLength(6);
    expect((values?.at[0]?.['Filters'] as Array<{ Values: unknown[] }>)[0]?.Values).toHaveLength(5);
  });

  it('filter values: one unlisted value past, every listed value at', () => {
    const limit = cases.get('filterValue Filters');
    expect(limit?.over['Filters']).toEqual([{ Name: 'kind', Values: ['contract-not-listed'] }]);
    expect(limit?.at.map((input) => input['Filters'])).toEqual([[{ Name: 'kind', Values: ['A'] }], [{ Name: 'kind', Values: ['B'] }]]);
  });

  it('withValue creates the list element a nested path needs and can remove a member', () => {
    expect(withValue(op, {}, 'Tag[].Key', undefined, true)).toEqual({ Tag: [{ Value: 'contract' }] });
    expect(withValue(op, { Tag: [{ Key: 'a' }, { Key: 'b' }] }, 'Tag[].Key', 'x')).toEqual({ Tag: [{ Key: 'x' }, { Key: 'b' }] });
  });
});
