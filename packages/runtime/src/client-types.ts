// The shapes generated code and users see: client options, operation descriptors, per-call options, hooks.
import type { Clock } from './clock.ts';
import type { FieldTypes } from './coerce.ts';
import type { CredentialProvider } from './credentials.ts';
import type { CloudExecError, Provider } from './errors.ts';
import type { Credentials, Protocol, ServiceDescriptor, WireRequest } from './protocols/types.ts';
import type { RateLimiterRegistry } from './rate-limit.ts';
import type { RetryOptions } from './retry.ts';
import type { Transport } from './transport.ts';

/** Static facts about one operation, emitted by the generator. */
export interface OperationDescriptor<I extends object = Record<string, unknown>> {
  action: string;
  /** Wire method; defaults to POST. */
  method?: 'GET' | 'POST';
  /** Documented requests per second; seeds the client-side rate limiter. */
  qps?: number;
  /** Throws a ValidationError when the input breaks a documented limit (skipped when validate: false). */
  validate?: (input: I) => void;
  /** The call needs a region: the client's `region` (Tencent) or `RegionId` in the input (Alibaba). */
  regionRequired?: boolean;
  /** Default true. When false, only throttled attempts are retried (never timeouts or 5xx). */
  idempotent?: boolean;
  /** Number and boolean fields of the response; strings the server sends for them are converted (coerce.ts). */
  responseTypes?: FieldTypes;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Per attempt; overrides the client's. */
  timeoutMs?: number;
  /** Whole call (rate-limit waits, attempts, backoff); overrides the client's. */
  totalTimeoutMs?: number;
  /** Overrides `retry.maxAttempts` for this call. */
  maxAttempts?: number;
}

interface EventBase {
  provider: Provider;
  /** Service code, e.g. `tat`, `ecs`. */
  service: string;
  action: string;
  /** 1 for the first attempt. */
  attempt: number;
}

/** A signed attempt about to be sent; secrets replaced by `[REDACTED]`. */
export interface RequestEvent extends EventBase {
  request: WireRequest;
}

export interface ResponseEvent extends EventBase {
  status: number;
  /** Response headers, secret-bearing ones redacted. */
  headers: Record<string, string>;
  durationMs: number;
  outcome: 'ok' | 'api-error' | 'transport-error';
  requestId?: string;
  /** The API error code when outcome is `api-error`. */
  code?: string;
}

export interface RetryEvent extends EventBase {
  /** Why the attempt failed (no secrets in it). */
  error: CloudExecError;
  /** The wait before the next attempt. */
  delayMs: number;
}

/** Observers; called synchronously, their return value is ignored. */
export interface ClientHooks {
  onRequest?(event: RequestEvent): void;
  onResponse?(event: ResponseEvent): void;
  onRetry?(event: RetryEvent): void;
}

export interface ApiClientOptions {
  protocol: Protocol;
  service: ServiceDescriptor;
  /** Tencent: X-TC-Region and regional host. Alibaba: regional host and default `RegionId` input. */
  region?: string;
  /** Fixed credentials, an async provider, or nothing (read the provider's environment variables). */
  credentials?: Credentials | CredentialProvider;
  /** Host, `host:port` or origin overriding the service's endpoint. */
  endpoint?: string;
  /** Allows an `http://` endpoint (local mocks only). */
  allowInsecureHttp?: boolean;
  /** Default: fetchTransport (global fetch). */
  transport?: Transport;
  /**
   * Largest response body accepted, in bytes (default 8 MiB, DEFAULT_MAX_RESPONSE_BYTES: over twice the
   * largest documented response). A larger answer fails with ResponseTooLargeError, unretried.
   */
  maxResponseBytes?: number;
  /** Per attempt (default 60 000 ms). */
  timeoutMs?: number;
  /** Whole call, retries included (default: none). */
  totalTimeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** A shared registry, or false to disable client-side rate limiting (default: one per client). */
  rateLimiter?: RateLimiterRegistry | false;
  /** Run the generated input validators (default true). */
  validate?: boolean;
  hooks?: ClientHooks;
  /** Protocol-specific signature variant (e.g. `tc3`, `acs3`). */
  signatureMethod?: string;
  /** Tencent X-TC-Language. */
  language?: string;
  /** Time source for timeouts, backoff and rate limits (tests). */
  clock?: Clock;
  /** Random source in [0, 1) for backoff jitter (tests). */
  random?: () => number;
}
