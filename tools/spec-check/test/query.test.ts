// Rebuilding GET examples: flattened pairs → request object, with schema-driven coercion.
import { describe, expect, it } from 'vitest';
import { coerceToSchema, readQueryPairs, unflattenQuery } from '../src/query.ts';

describe('unflattenQuery', () => {
  it.each([
    {
      name: 'Tencent, 0-based',
      pairs: { JobId: 'job-1', 'Filters.0.Name': 'task-instance-state', 'Filters.0.Values.0': 'SUCCEED', 'Filters.0.Values.1': 'FAILED' },
      firstIndex: 0 as const,
      want: { JobId: 'job-1', Filters: [{ Name: 'task-instance-state', Values: ['SUCCEED', 'FAILED'] }] },
    },
    {
      name: 'Alibaba, 1-based',
      pairs: { RegionId: 'cn-hangzhou', 'Tag.1.Key': 'owner', 'Tag.1.Value': 'alice', 'Tag.2.Key': 'team', 'InstanceId.1': 'i-1' },
      firstIndex: 1 as const,
      want: { RegionId: 'cn-hangzhou', Tag: [{ Key: 'owner', Value: 'alice' }, { Key: 'team' }], InstanceId: ['i-1'] },
    },
  ])('$name', ({ pairs, firstIndex, want }) => {
    const read = readQueryPairs(pairs);
    expect(Array.isArray(read)).toBe(true);
    const result = unflattenQuery(read as Exclude<typeof read, string>, firstIndex);
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual(want);
  });

  it('reports wrong bases, gaps and clashes', () => {
    const pairs = [
      { key: 'Tag.0.Key', value: 'a' },
      { key: 'Ids.1', value: 'x' },
      { key: 'Ids.3', value: 'y' },
      { key: 'A', value: '1' },
      { key: 'A.1', value: '2' },
    ];
    expect(unflattenQuery(pairs, 1).problems.map((p) => p.message)).toEqual([
      "query key 'A.1' is given twice or is both a value and a container",
      "list 'Tag' has indices 0; Alibaba lists are 1-based and must have no gaps",
      "list 'Ids' has indices 1, 3; Alibaba lists are 1-based and must have no gaps",
    ]);
  });

  it('reads query strings and pair lists as well as objects', () => {
    expect(readQueryPairs('?A=1&B.0=x')).toEqual([
      { key: 'A', value: '1' },
      { key: 'B.0', value: 'x' },
    ]);
    expect(readQueryPairs([['A', 1], { name: 'B', value: 'y' }])).toEqual([
      { key: 'A', value: '1' },
      { key: 'B', value: 'y' },
    ]);
    expect(readQueryPairs(42)).toMatch(/query must be/);
  });
});

describe('coerceToSchema', () => {
  const schema = {
    type: 'object',
    properties: {
      Limit: { type: 'integer' },
      Ratio: { type: ['number', 'null'] },
      Hide: { type: 'boolean' },
      Name: { type: 'string' },
      Items: { type: 'array', items: { type: 'object', properties: { Size: { type: 'integer' } } } },
    },
  };

  it('turns numeric and boolean strings into what the schema declares, and nothing else', () => {
    const value = { Limit: '10', Ratio: '0.5', Hide: 'False', Name: '007', Items: [{ Size: '3' }], Extra: '1' };
    expect(coerceToSchema(value, schema)).toEqual({ Limit: 10, Ratio: 0.5, Hide: false, Name: '007', Items: [{ Size: 3 }], Extra: '1' });
  });

  it('leaves a string that is not a number alone so validation can name it', () => {
    expect(coerceToSchema({ Limit: 'ten' }, schema)).toEqual({ Limit: 'ten' });
  });
});
