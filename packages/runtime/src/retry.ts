// When to try again and how long to wait: capped exponential backoff with full jitter, unless the server
// says how long (Alibaba `x-acs-retry-after`, standard `Retry-After`).
import { CloudApiError, CloudExecError, TransportError } from './errors.ts';

export interface RetryOptions {
  /** Attempts in total, first one included (1 disables retries). */
  maxAttempts: number;
  /** Backoff ceiling of the first retry; doubles per retry. */
  baseDelayMs: number;
  /** No single wait is longer than this, whatever the server asks. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryOptions> = { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 20_000 };

const THROTTLING_CODE = /^(?:RequestLimitExceeded|Throttling)(?:\.|$)/;
const SERVER_FAULT_CODE = /^(?:InternalError|ServiceUnavailable)(?:\.|$)/;

/** Tencent `RequestLimitExceeded*`, Alibaba `Throttling*`. */
export function isThrottlingCode(code: string): boolean {
  return THROTTLING_CODE.test(code);
}

/** Codes worth retrying: throttling, `InternalError*`, `ServiceUnavailable*`. */
export function isRetryableCode(code: string): boolean {
  return THROTTLING_CODE.test(code) || SERVER_FAULT_CODE.test(code);
}

/** HTTP statuses of non-envelope answers worth retrying: 429 and 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * Whether `error` may be retried. Operations marked non-idempotent are only retried when the request was
 * certainly rejected before doing anything (throttling).
 */
export function shouldRetry(error: unknown, idempotent: boolean): boolean {
  if (!(error instanceof CloudExecError) || !error.retryable) return false;
  if (idempotent) return true;
  if (error instanceof CloudApiError) return isThrottlingCode(error.code);
  return error instanceof TransportError && error.status === 429;
}

/** Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs · 2^(retry-1))]. `retry` counts from 1. */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The wait the server asked for, in milliseconds. `x-acs-retry-after` is milliseconds (Alibaba's
 * Darabonba/tea-openapi SDKs sleep for its value in ms); `Retry-After` is seconds or an HTTP date.
 */
export function retryAfterMs(headers: Headers | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const acs = headers.get('x-acs-retry-after')?.trim();
  if (acs && /^\d+(?:\.\d+)?$/.test(acs)) {
    const ms = Number(acs);
    if (ms > 0) return Math.ceil(ms);
  }
  const standard = headers.get('retry-after')?.trim();
  if (!standard) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(standard)) return Math.ceil(Number(standard) * 1000);
  const date = Date.parse(standard);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before retry number `retry`: the server's hint when given, else jittered backoff; capped. */
export function retryDelay(retry: number, options: RetryOptions, hintMs: number | undefined, random?: () => number): number {
  const delay = hintMs ?? backoffDelay(retry, options, random);
  return Math.min(delay, options.maxDelayMs);
}
