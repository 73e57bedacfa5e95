import { describe, expect, expectTypeOf, it } from 'vitest';
import { CloudApiError, CloudExecError, TimeoutError, TransportError, ValidationError, isApiError } from '../src/index.ts';

const apiError = new CloudApiError({
  provider: 'aliyun',
  action: 'DescribeInvocations',
  code: 'InvalidParam.PageSize',
  message: 'The specified parameter PageSize is invalid.',
  requestId: 'R1',
  httpStatus: 403,
  retryable: false,
  hostId: 'ecs.aliyuncs.com',
});

describe('errors', () => {
  it('share the CloudExecError base and carry their names', () => {
    const errors = [
      apiError,
      new ValidationError({ action: 'A', path: 'Limit', constraint: 'maximum', limit: 100, value: 500 }),
      new TransportError({ status: 502, reason: 'Response is not JSON', retryable: true }),
      new TimeoutError({ scope: 'total', timeoutMs: 10 }),
    ];
    expect(errors.map((e) => e instanceof CloudExecError && e instanceof Error)).toEqual([true, true, true, true]);
    expect(errors.map((e) => e.name)).toEqual(['CloudApiError', 'ValidationError', 'TransportError', 'TimeoutError']);
  });

  it('ValidationError names the parameter, the limit and the value', () => {
    const error = new ValidationError({
      action: 'DescribeInvocationTasks',
      path: 'Filters[0].Values',
      constraint: 'maxItems',
      limit: 10,
      value: Array(11).fill('x'),
    });
    expect(error.message).toBe(
      'DescribeInvocationTasks: parameter Filters[0].Values violates maxItems (limit: 10); got ["x","x","x","x","x","x","x","x","x","x","x"]',
    );
    const long = new ValidationError({ action: 'A', path: 'Name', constraint: 'maxLength', limit: 5, value: 'y'.repeat(200) });
    expect(long.message.length).toBeLessThan(160);
  });

  it('keeps causes', () => {
    const cause = new TypeError('fetch failed');
    expect(new TransportError({ status: 0, reason: 'Network error', retryable: true, cause }).cause).toBe(cause);
  });

  it('isApiError narrows by code', () => {
    type EcsCode = 'InvalidParam.PageSize' | 'InvalidParam.PageNumber';
    const caught: unknown = apiError;
    expect(isApiError(caught)).toBe(true);
    expect(isApiError(caught, 'InvalidParam.PageSize')).toBe(true);
    expect(isApiError<EcsCode>(caught, ['InvalidParam.PageNumber'])).toBe(false);
    expect(isApiError(new Error('x'))).toBe(false);
    if (isApiError<EcsCode>(caught, ['InvalidParam.PageSize', 'InvalidParam.PageNumber'])) {
      expectTypeOf(caught.code).toEqualTypeOf<EcsCode>();
    }
  });
});
