// How much of a response a transport may hold. Every documented response is far smaller than the default;
// the cap exists so a broken proxy or a hostile endpoint cannot make a client buffer without bound (a
// 600 MB body used to crash Node with ERR_STRING_TOO_LONG).
import { ResponseTooLargeError } from './errors.ts';

/**
 * 8 MiB. The largest documented answer is a Tencent TAT DescribeInvocationTasks page: Limit ≤ 100 tasks, each
 * with up to 24 KB of command output kept, Base64-encoded (×4/3 ≈ 32 KB), plus ~1 KB of task fields, so about
 * 3.3 MB. Alibaba DescribeInvocationResults (PageSize ≤ 50, same 24 KB output) is half that, and a Batch
 * DescribeJobs page (Limit ≤ 1000 small items) about 2 MB. 8 MiB leaves more than twice the worst case.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** Per-request transport settings the client passes down. */
export interface TransportOptions {
  /** Largest response body accepted, in bytes (default DEFAULT_MAX_RESPONSE_BYTES). */
  maxResponseBytes?: number;
}

/** The cap to apply: the caller's when it is a positive number, else the default. */
export function responseLimit(options: TransportOptions | undefined): number {
  const limit = options?.maxResponseBytes;
  return typeof limit === 'number' && limit > 0 ? limit : DEFAULT_MAX_RESPONSE_BYTES;
}

/** Throws before reading anything when the declared Content-Length is already over the cap. */
export function checkDeclaredLength(contentLength: string | null | undefined, limit: number): void {
  if (!contentLength) return;
  const declared = Number(contentLength);
  if (Number.isFinite(declared) && declared > limit) {
    throw new ResponseTooLargeError({ limit, received: 0, declared });
  }
}
