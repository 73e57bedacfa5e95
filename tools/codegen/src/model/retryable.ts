// Which error codes a client may retry: throttling, temporary unavailability and internal errors.
// Everything else is the caller's mistake or a state that retrying will not change.

const RETRYABLE_PREFIXES = ['RequestLimitExceeded', 'Throttling', 'InternalError', 'ServiceUnavailable'];

export function isRetryableCode(code: string, throttlingCodes: readonly string[]): boolean {
  return throttlingCodes.includes(code) || RETRYABLE_PREFIXES.some((prefix) => code.startsWith(prefix));
}
