import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, isRetryableCode, isThrottlingCode, retryAfterMs } from '../src/index.ts';
import { backoffDelay, retryDelay } from '../src/retry.ts';

describe('retryable codes', () => {
  it.each([
    ['RequestLimitExceeded', true, true],
    ['RequestLimitExceeded.GlobalRegionUinLimitExceeded', true, true],
    ['Throttling', true, true],
    ['Throttling.User', true, true],
    ['InternalError', true, false],
    ['InternalError.Dispatch', true, false],
    ['ServiceUnavailable', true, false],
    ['LimitExceeded', false, false],
    ['InvalidParameterValue.LimitExceeded', false, false],
    ['RequestLimitExceededX', false, false],
    ['AuthFailure.SignatureFailure', false, false],
    ['SignatureDoesNotMatch', false, false],
    ['MissingParameter.RegionId', false, false],
  ])('%s → retryable %s, throttling %s', (code, retryable, throttling) => {
    expect(isRetryableCode(code)).toBe(retryable);
    expect(isThrottlingCode(code)).toBe(throttling);
  });
});

describe('backoff', () => {
  it('is full jitter under an exponential, capped ceiling', () => {
    const options = { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 0.999999))).toEqual([99, 199, 399, 799, 999]);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
  });

  it('prefers the server hint and caps it', () => {
    expect(retryDelay(1, DEFAULT_RETRY, 1234)).toBe(1234);
    expect(retryDelay(1, DEFAULT_RETRY, 10 * 60_000)).toBe(DEFAULT_RETRY.maxDelayMs);
  });
});

describe('retryAfterMs', () => {
  const now = Date.UTC(2024, 0, 1, 12, 0, 0);
  it.each<[Record<string, string>, number | undefined]>([
    [{ 'x-acs-retry-after': '1500' }, 1500],
    [{ 'X-Acs-Retry-After': ' 80 ' }, 80],
    [{ 'x-acs-retry-after': '0' }, undefined],
    [{ 'x-acs-retry-after': 'soon' }, undefined],
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': 'Mon, 01 Jan 2024 12:00:05 GMT' }, 5000],
    [{ 'retry-after': 'Mon, 01 Jan 2024 11:00:00 GMT' }, 0],
    [{ 'retry-after': 'garbage' }, undefined],
    [{ 'x-acs-retry-after': '300', 'retry-after': '9' }, 300],
    [{}, undefined],
  ])('%j → %s', (headers, expected) => {
    expect(retryAfterMs(new Headers(headers), now)).toBe(expected);
  });
});
