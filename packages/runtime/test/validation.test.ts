// The helpers generated validators import: how each reads a value (as the services and the mock engine do), and
// the ValidationError a failure throws.
import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  asRequestParams,
  isFilterValue,
  isOneOf,
  isPresent,
  isRecord,
  listEntries,
  listRecords,
  rejectUnknownMembers,
  repeatsEarlierKey,
  validationFailure,
} from '../src/index.ts';

/** The fields of the ValidationError `run` throws. */
function thrown(run: () => void): Pick<ValidationError, 'action' | 'path' | 'constraint' | 'limit' | 'value'> {
  try {
    run();
  } catch (caught) {
    if (!(caught instanceof ValidationError)) throw caught;
    const { action, path, constraint, limit, value } = caught;
    return { action, path, constraint, limit, value };
  }
  throw new Error('expected a ValidationError');
}

const fail = validationFailure('Op');

describe('validationFailure', () => {
  it('throws a ValidationError naming the action, path, constraint, limit and value', () => {
    expect(thrown(() => fail('Tag[1].Key', 'maxLength', 128, 'k'))).toEqual({ action: 'Op', path: 'Tag[1].Key', constraint: 'maxLength', limit: 128, value: 'k' });
    expect(() => fail('Limit', 'maximum', 100, 101)).toThrow('Op: parameter Limit violates maximum (limit: 100); got 101');
  });
});

describe('isRecord', () => {
  it.each([
    { given: {}, want: true },
    { given: { a: 1 }, want: true },
    { given: null, want: false },
    { given: [], want: false },
    { given: 'x', want: false },
    { given: undefined, want: false },
  ])('$given → $want', ({ given, want }) => {
    expect(isRecord(given)).toBe(want);
  });
});

describe('asRequestParams', () => {
  it('returns an object input as it is', () => {
    const input = { Limit: 1 };
    expect(asRequestParams(input, fail)).toBe(input);
  });

  it.each([null, [], 'Limit=1', 7])('fails %j at (input) as not an object', (input) => {
    expect(thrown(() => asRequestParams(input, fail))).toEqual({ action: 'Op', path: '(input)', constraint: 'type', limit: 'object', value: input });
  });
});

describe('rejectUnknownMembers', () => {
  it('passes defined members and members set to undefined (they are not sent)', () => {
    expect(() => rejectUnknownMembers({ Limit: 1, Region: undefined }, ['Limit'], fail)).not.toThrow();
  });

  it('names an unknown parameter of the request by itself', () => {
    expect(thrown(() => rejectUnknownMembers({ Limit: 1, Region: 'r' }, ['Limit'], fail))).toEqual({
      action: 'Op',
      path: 'Region',
      constraint: 'additionalProperties',
      limit: ['Limit'],
      value: 'r',
    });
  });

  it('names an unknown member of a nested object under where the object sits', () => {
    expect(thrown(() => rejectUnknownMembers({ Name: 'n', Op: null }, ['Name', 'Values'], fail, 'Filters[2]'))).toMatchObject({ path: 'Filters[2].Op', value: null });
  });
});

describe('isPresent', () => {
  it.each([
    { given: undefined, want: false },
    { given: null, want: false },
    { given: '', want: false },
    { given: 0, want: true },
    { given: false, want: true },
    { given: [], want: true },
    { given: ' ', want: true },
  ])('$given → $want', ({ given, want }) => {
    expect(isPresent(given)).toBe(want);
  });
});

describe('listEntries and listRecords', () => {
  it('pair each element with its index; a non-list has none', () => {
    expect(listEntries(['a', null, 3])).toEqual([
      [0, 'a'],
      [1, null],
      [2, 3],
    ]);
    expect(listEntries('abc')).toEqual([]);
    expect(listEntries({ 0: 'a' })).toEqual([]);
  });

  it('listRecords keeps the object elements with their original index', () => {
    const second = { Key: 'b' };
    expect(listRecords(['a', second, [], null, { Key: 'e' }])).toEqual([
      [1, second],
      [4, { Key: 'e' }],
    ]);
    expect(listRecords(undefined)).toEqual([]);
  });
});

describe('isOneOf', () => {
  it('matches a value or its text form (query strings carry numbers and booleans as text)', () => {
    expect(isOneOf('A', ['A', 'B'])).toBe(true);
    expect(isOneOf(10, [10, 20])).toBe(true);
    expect(isOneOf('10', [10, 20])).toBe(true);
    expect(isOneOf(true, ['true'])).toBe(true);
    expect(isOneOf('C', ['A', 'B'])).toBe(false);
    expect(isOneOf('a', ['A'])).toBe(false);
    expect(isOneOf(undefined, [])).toBe(false);
  });
});

describe('isFilterValue', () => {
  const lists = new Map<string, readonly string[]>([['task-status', ['RUNNING', 'FAILED']]]);

  it('checks the value against the list of its filter name', () => {
    expect(isFilterValue('task-status', 'RUNNING', lists)).toBe(true);
    expect(isFilterValue('task-status', 'DONE', lists)).toBe(false);
  });

  it('passes any value for a name without a list, or a name that is not text', () => {
    expect(isFilterValue('instance-id', 'anything', lists)).toBe(true);
    expect(isFilterValue(undefined, 'DONE', lists)).toBe(true);
  });
});

describe('repeatsEarlierKey', () => {
  const tags = [{ Key: 'env' }, { Value: 'x' }, { Value: 'y' }, 'not an object', { Key: 'owner' }, { Key: 'env', Value: 'prod' }];

  it('is true only for an element whose key an earlier element has', () => {
    expect(tags.map((_, index) => repeatsEarlierKey(tags, index, 'Key'))).toEqual([false, false, false, false, false, true]);
  });

  it('never reports absent or empty keys, nor a value that is not a list', () => {
    expect(repeatsEarlierKey([{ Key: '' }, { Key: '' }], 1, 'Key')).toBe(false);
    expect(repeatsEarlierKey([{}, {}], 1, 'Key')).toBe(false);
    expect(repeatsEarlierKey({ 0: { Key: 'a' }, 1: { Key: 'a' } }, 1, 'Key')).toBe(false);
  });
});
