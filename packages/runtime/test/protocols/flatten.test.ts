import fc from 'fast-check';
import { expect, test } from 'vitest';
import { flattenRpcParams, flattenTencentQuery, unflattenRpcParams, unflattenTencentQuery } from '../../src/protocols/flatten.ts';
import { params } from '../signing/arbitraries.ts';
import { wireShape } from './wire-shape.ts';

test('Tencent: 0-based arrays, dotted objects, nulls skipped with their index kept, insertion order', () => {
  expect(
    flattenTencentQuery({
      JobId: 'job-1',
      Filters: [{ Name: 'zone', Values: ['ap-guangzhou-6', null, 'x'] }, null, { Name: 'b', Values: [] }],
      Limit: 10,
      DryRun: false,
      Skip: null,
      Gone: undefined,
    }),
  ).toEqual([
    ['JobId', 'job-1'],
    ['Filters.0.Name', 'zone'],
    ['Filters.0.Values.0', 'ap-guangzhou-6'],
    ['Filters.0.Values.2', 'x'],
    ['Filters.2.Name', 'b'],
    ['Limit', '10'],
    ['DryRun', 'false'],
  ]);
});

test('Alibaba: the SDK-verified example (protocol-facts §3.3) plus nested objects', () => {
  expect(
    flattenRpcParams({
      RegionId: 'cn-hangzhou',
      Tag: [
        { Key: 'k1', Value: 'v1' },
        { Key: 'k2', Value: 'v2' },
      ],
      InstanceIds: ['i-1', 'i-2'],
      Flag: true,
      Skip: null,
      Nested: { A: { B: [1, 2] } },
    }),
  ).toEqual([
    ['RegionId', 'cn-hangzhou'],
    ['Tag.1.Key', 'k1'],
    ['Tag.1.Value', 'v1'],
    ['Tag.2.Key', 'k2'],
    ['Tag.2.Value', 'v2'],
    ['InstanceIds.1', 'i-1'],
    ['InstanceIds.2', 'i-2'],
    ['Flag', 'true'],
    ['Nested.A.B.1', '1'],
    ['Nested.A.B.2', '2'],
  ]);
});

test('unflattening rebuilds arrays and objects, compacting gaps', () => {
  expect(
    unflattenRpcParams([
      ['RegionId', 'cn-hangzhou'],
      ['Tag.1.Key', 'a'],
      ['Tag.3.Key', 'c'],
      ['Tag.1.Value', '1'],
      ['InstanceId.1', 'i-1'],
    ]),
  ).toEqual({
    RegionId: 'cn-hangzhou',
    Tag: [{ Key: 'a', Value: '1' }, { Key: 'c' }],
    InstanceId: ['i-1'],
  });
  expect(
    unflattenTencentQuery([
      ['Filters.0.Name', 'n'],
      ['Filters.0.Values.0', 'v'],
      ['Filters.0.Values.1', 'w'],
    ]),
  ).toEqual({
    Filters: [{ Name: 'n', Values: ['v', 'w'] }],
  });
});

test('unflattening ignores prototype-polluting and malformed names', () => {
  const result = unflattenRpcParams([
    ['__proto__.polluted', 'x'],
    ['A..B', 'y'],
    ['Tag.0.Key', 'zero'],
    ['Ok', '1'],
  ]);
  expect(result).toEqual({ Tag: [], Ok: '1' });
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

test('flatten then unflatten gives back the input in wire shape (both index bases)', () => {
  fc.assert(
    fc.property(params, (input) => {
      const expected = wireShape(input) ?? {};
      expect(unflattenRpcParams(flattenRpcParams(input))).toEqual(expected);
      expect(unflattenTencentQuery(flattenTencentQuery(input))).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});
