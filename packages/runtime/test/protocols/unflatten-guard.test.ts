// The mock side's unflattening costs no more than the input's length: hostile names (huge list indices, thousands
// of segments) are dropped instead of allocating a huge sparse array or overflowing the stack.
import { expect, test } from 'vitest';
import { unflattenRpcParams, unflattenTencentQuery } from '../../src/protocols/flatten.ts';

test('a huge list index is dropped in milliseconds; indices up to 10,000 still work', () => {
  const started = performance.now();
  expect(
    unflattenRpcParams([
      ['Tag.1000000000.Key', 'a'],
      ['RegionId', 'cn-hangzhou'],
    ]),
  ).toEqual({ RegionId: 'cn-hangzhou' });
  expect(unflattenTencentQuery([['Filters.1000000000.Name', 'a']])).toEqual({});
  expect(performance.now() - started).toBeLessThan(2_000);
  expect(unflattenRpcParams([['Tag.10000.Key', 'a']])).toEqual({ Tag: [{ Key: 'a' }] });
});

test('a name of thousands of segments is dropped, not a stack overflow', () => {
  const deep = Array.from({ length: 20_000 }, () => 'a').join('.');
  expect(
    unflattenRpcParams([
      [deep, '1'],
      ['InstanceId.1', 'i-1'],
    ]),
  ).toEqual({ InstanceId: ['i-1'] });
  expect(unflattenTencentQuery([[deep, '1']])).toEqual({});
});
