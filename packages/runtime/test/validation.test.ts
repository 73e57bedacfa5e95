// validateInput, what a generated validate<Action>Request calls: the first broken row of the operation's table
// becomes a ValidationError whose fields say which constraint, where, the limit and the value.
import { describe, expect, it } from 'vitest';
import { ValidationError, maximumRule, mutuallyExclusiveRule, typeRule, validateInput, type ConstraintRow } from '../src/index.ts';

const table: readonly ConstraintRow[] = [
  [typeRule, 'Limit', 'integer'],
  [mutuallyExclusiveRule, '', ['InvocationTaskIds', 'Filters']],
  [maximumRule, 'Limit', 100],
];

/** The ValidationError `validateInput` throws, or undefined. */
function thrown(input: unknown): ValidationError | undefined {
  try {
    validateInput('DescribeInvocationTasks', table, input);
    return undefined;
  } catch (caught) {
    if (!(caught instanceof ValidationError)) throw caught;
    return caught;
  }
}

describe('validateInput', () => {
  it('accepts an input within every limit', () => {
    expect(thrown({ Limit: 100, Filters: [] })).toBeUndefined();
  });

  it('throws the first broken row with its fields and a plain-words message', () => {
    expect(thrown({ Limit: 101 })).toMatchObject({
      action: 'DescribeInvocationTasks',
      path: 'Limit',
      constraint: 'maximum',
      limit: 100,
      value: 101,
      retryable: false,
      message: 'Limit must be at most 100 (got 101)',
    });
    expect(thrown({ InvocationTaskIds: ['t'], Filters: [{}], Limit: 101 })).toMatchObject({
      constraint: 'mutuallyExclusive',
      path: 'Filters',
      limit: 'InvocationTaskIds',
      message: 'InvocationTaskIds and Filters cannot be used together',
    });
  });

  it.each([null, [], 'Limit=1', 7])('refuses %j: parameters are an object', (input) => {
    expect(thrown(input)).toMatchObject({ path: '(input)', constraint: 'type', limit: 'object', value: input });
  });
});
