// Error-code unions and guards: which codes each union holds (given model → want codes), their JSDoc, and the
// committed guards at run time and at the type level.
import { CloudApiError } from '@cloudexec/runtime';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { emitErrors } from '../src/emit/errors.ts';
import { aliyunMini } from './fixtures/models/aliyun-mini.ts';
import { contextFor } from './fixtures/models/fixture.ts';
import { tencentMini } from './fixtures/models/tencent-mini.ts';
import { isDescribeInvocationTasksError, isMiniError, type DescribeInvocationTasksErrorCode } from './snapshots/tencent-mini/errors.gen.ts';

function emitted(model: ServiceModel): string {
  const [file] = emitErrors(model, contextFor(tencentMini));
  expect(file?.path).toBe('src/generated/errors.gen.ts');
  return file?.contents ?? '';
}

/** Members of `export type <name> = …;`, aliases and quoted codes alike. */
function members(contents: string, name: string): string[] {
  const body = new RegExp(`export type ${name} =([\\s\\S]*?);\\n`).exec(contents)?.[1] ?? '';
  return body
    .replace(/\/\*\*[\s\S]*?\*\//g, '')
    .split('|')
    .map((member) => member.trim())
    .filter(Boolean);
}

describe('emitErrors', () => {
  const cases: Array<{ name: string; model: ServiceModel; type: string; want: string[] }> = [
    {
      name: 'common codes plus the named ones the list leaves out, sorted',
      model: tencentMini.model,
      type: 'MiniCommonErrorCode',
      want: [
        "'AuthFailure.SignatureFailure'",
        "'InternalError'",
        "'InvalidAction'",
        "'InvalidParameter'",
        "'InvalidParameterValue'",
        "'MissingParameter'",
        "'RequestLimitExceeded'",
        "'UnknownParameter'",
      ],
    },
    {
      name: 'documented and constraint codes of one operation, without repeating the common ones',
      model: tencentMini.model,
      type: 'DescribeInvocationTasksErrorCode',
      want: [
        'MiniCommonErrorCode',
        "'InvalidParameter.ConflictParameter'",
        "'InvalidParameterValue.InvalidFilter'",
        "'InvalidParameterValue.LimitExceeded'",
        "'LimitExceeded.FilterValueExceeded'",
      ],
    },
    {
      name: 'a constraint code the operation does not document',
      model: tencentMini.model,
      type: 'RunCommandErrorCode',
      want: ['MiniCommonErrorCode', "'InvalidParameterValue.InvalidContent'", "'InvalidParameterValue.LimitExceeded'", "'ResourceNotFound.InstanceNotFound'"],
    },
    {
      name: 'an operation with only common codes',
      model: aliyunMini.model,
      type: 'ECSStopInvocationErrorCode',
      want: ['MiniCommonErrorCode'],
    },
    {
      name: 'the service union of every operation',
      model: aliyunMini.model,
      type: 'MiniErrorCode',
      want: ['MiniCommonErrorCode', 'DescribeInvocationsErrorCode', 'ECSStopInvocationErrorCode'],
    },
  ];
  it.each(cases)('$name', ({ model, type, want }) => {
    expect(members(emitted(model), type)).toEqual(want);
  });

  it.each([
    { code: 'InternalError', want: '  /** Internal error (retryable). */' },
    { code: 'InternalError.Dispatch', want: '  /** Dispatching the request failed (HTTP 500, retryable). */' },
    { code: 'InvalidParam.PageSize', want: '  /** The page size is not valid (HTTP 400). */' },
    { code: 'InvalidParameterValue.LimitExceeded', want: '  /** Answered when a documented limit is broken. */' },
  ])('documents $code with its meaning, HTTP status (Alibaba) and retryability', ({ code, want }) => {
    const contents = emitted(tencentMini.model) + emitted(aliyunMini.model);
    expect(contents).toContain(`${want}\n  | '${code}'`);
  });
});

describe('committed guards', () => {
  const apiError = (action: string, code: string, provider: 'tencent' | 'aliyun' = 'tencent') =>
    new CloudApiError({ provider, action, code, message: 'm', httpStatus: 200, retryable: false });

  it.each([
    { name: 'its own action', error: apiError('DescribeInvocationTasks', 'InternalError'), code: undefined, want: true },
    { name: 'a matching code', error: apiError('DescribeInvocationTasks', 'InternalError'), code: 'InternalError' as const, want: true },
    {
      name: 'one of several codes',
      error: apiError('DescribeInvocationTasks', 'InternalError'),
      code: ['MissingParameter', 'InternalError'] as const,
      want: true,
    },
    { name: 'another code', error: apiError('DescribeInvocationTasks', 'InternalError'), code: 'MissingParameter' as const, want: false },
    { name: 'another action', error: apiError('RunCommand', 'InternalError'), code: undefined, want: false },
    { name: 'not an API error', error: new Error('InternalError'), code: undefined, want: false },
  ])('isDescribeInvocationTasksError: $name → $want', ({ error, code, want }) => {
    expect(isDescribeInvocationTasksError(error, code)).toBe(want);
  });

  it('isMiniError accepts every Mini action of the provider and nothing else', () => {
    expect(isMiniError(apiError('RunCommand', 'InternalError'))).toBe(true);
    expect(isMiniError(apiError('RunInstances', 'InternalError'))).toBe(false);
    expect(isMiniError(apiError('RunCommand', 'InternalError', 'aliyun'))).toBe(false);
  });

  it('narrows error.code to the codes asked for', () => {
    const error: unknown = apiError('DescribeInvocationTasks', 'InvalidParameterValue.LimitExceeded');
    if (isDescribeInvocationTasksError(error, 'InvalidParameterValue.LimitExceeded')) {
      expectTypeOf(error.code).toEqualTypeOf<'InvalidParameterValue.LimitExceeded'>();
    }
    if (isDescribeInvocationTasksError(error)) {
      expectTypeOf(error.code).toEqualTypeOf<DescribeInvocationTasksErrorCode>();
    }
    // @ts-expect-error a code DescribeInvocationTasks does not document is a type error
    expect(isDescribeInvocationTasksError(error, 'ResourceNotFound.InstanceNotFound')).toBe(false);
  });
});
