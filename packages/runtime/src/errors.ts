// Typed errors. Every error a client throws (except a caller's own abort reason) is a CloudExecError, and
// none of them carries secret material: messages are built from codes, names and limits only, and server
// text passes through `scrubSecrets` before it gets here.

export type Provider = 'tencent' | 'aliyun';

/** Base class of every error thrown by cloudexec clients. */
export class CloudExecError extends Error {
  override name = 'CloudExecError';
  /** True when sending the same call again may succeed. */
  readonly retryable: boolean;

  constructor(message: string, options?: { cause?: unknown; retryable?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options?.retryable ?? false;
  }

  /** Name, message and the error's own fields (cause summarised), so logging an error as JSON shows it. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) json[key] = value;
    if (this.cause !== undefined) {
      json.cause = this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : this.cause;
    }
    return json;
  }
}

export interface CloudApiErrorInit<C extends string = string> {
  provider: Provider;
  action: string;
  code: C;
  message: string;
  requestId?: string;
  httpStatus: number;
  retryable: boolean;
  /** Alibaba only: troubleshooting URL. */
  recommend?: string;
  /** Alibaba only: the host that served the request. */
  hostId?: string;
}

/** The service answered with an error envelope (Tencent `Response.Error`, Alibaba `Code`/`Message`). */
export class CloudApiError<C extends string = string> extends CloudExecError {
  override name = 'CloudApiError';
  readonly provider: Provider;
  readonly action: string;
  readonly code: C;
  /** The service's own message, without our prefix. */
  readonly serviceMessage: string;
  readonly requestId: string | undefined;
  readonly httpStatus: number;
  readonly recommend: string | undefined;
  readonly hostId: string | undefined;

  constructor(init: CloudApiErrorInit<C>) {
    const id = init.requestId ? ` (RequestId ${init.requestId})` : '';
    super(`${init.provider} ${init.action} failed with ${init.code}: ${init.message}${id}`, {
      retryable: init.retryable,
    });
    this.provider = init.provider;
    this.action = init.action;
    this.code = init.code;
    this.serviceMessage = init.message;
    this.requestId = init.requestId;
    this.httpStatus = init.httpStatus;
    this.recommend = init.recommend;
    this.hostId = init.hostId;
  }
}

export interface ValidationErrorInit {
  action: string;
  /** Parameter path: `Limit`, `Filters[0].Values`, `Tag[1].Key`. */
  path: string;
  /** Constraint name: `required`, `maximum`, `maxItems`, `enum`, `mutuallyExclusive`, … */
  constraint: string;
  /** The documented limit (number, allowed values, conflicting parameter…), when the constraint has one. */
  limit?: unknown;
  /** The value the caller gave. */
  value?: unknown;
  /** Overrides the generated message. */
  message?: string;
}

/** The input breaks a documented limit; thrown before anything is sent. Never retryable. */
export class ValidationError extends CloudExecError {
  override name = 'ValidationError';
  readonly action: string;
  readonly path: string;
  readonly constraint: string;
  readonly limit: unknown;
  readonly value: unknown;

  constructor(init: ValidationErrorInit) {
    super(init.message ?? describeViolation(init));
    this.action = init.action;
    this.path = init.path;
    this.constraint = init.constraint;
    this.limit = init.limit;
    this.value = init.value;
  }
}

function describeViolation(init: ValidationErrorInit): string {
  const limit = init.limit === undefined ? '' : ` (limit: ${preview(init.limit)})`;
  const given = 'value' in init ? `; got ${preview(init.value)}` : '';
  return `${init.action}: parameter ${init.path} violates ${init.constraint}${limit}${given}`;
}

/** Short, single-line rendering of a value for messages. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export interface TransportErrorInit {
  action?: string;
  /** HTTP status; 0 when no response arrived (connection refused/reset, DNS). */
  status: number;
  reason: string;
  /** The start of the response body, secrets scrubbed. */
  bodyExcerpt?: string;
  retryable: boolean;
  cause?: unknown;
}

/** No usable answer: network failure, or a response that is not the protocol's envelope. */
export class TransportError extends CloudExecError {
  override name = 'TransportError';
  readonly action: string | undefined;
  readonly status: number;
  readonly reason: string;
  readonly bodyExcerpt: string;

  constructor(init: TransportErrorInit) {
    const where = init.action ? `${init.action}: ` : '';
    const status = init.status ? ` (HTTP ${init.status})` : '';
    super(`${where}${init.reason}${status}`, { retryable: init.retryable, cause: init.cause });
    this.action = init.action;
    this.status = init.status;
    this.reason = init.reason;
    this.bodyExcerpt = init.bodyExcerpt ?? '';
  }
}

/** A deadline passed: one attempt (`attempt`, retryable) or the whole call (`total`). */
export class TimeoutError extends CloudExecError {
  override name = 'TimeoutError';
  readonly action: string | undefined;
  readonly scope: 'attempt' | 'total';
  readonly timeoutMs: number;

  constructor(init: { action?: string; scope: 'attempt' | 'total'; timeoutMs: number; cause?: unknown }) {
    const what = init.scope === 'attempt' ? 'attempt' : 'call';
    super(`${init.action ? `${init.action}: ` : ''}${what} timed out after ${init.timeoutMs} ms`, {
      retryable: init.scope === 'attempt',
      cause: init.cause,
    });
    this.action = init.action;
    this.scope = init.scope;
    this.timeoutMs = init.timeoutMs;
  }
}

/** Credentials are missing, incomplete, expired or could not be obtained. */
export class CredentialsError extends CloudExecError {
  override name = 'CredentialsError';
}

/**
 * The credential provider did not answer within the attempt's timeout. Not retried within the call (a
 * provider that hangs once tends to hang again); the next call asks the provider again.
 */
export class CredentialsTimeoutError extends CredentialsError {
  override name = 'CredentialsTimeoutError';
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`The credential provider did not answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A response body was larger than the transport's `maxResponseBytes`. Reading stopped at the cap (nothing
 * past it was kept) and the call is not retried: the same request would get the same answer.
 */
export class ResponseTooLargeError extends CloudExecError {
  override name = 'ResponseTooLargeError';
  /** The cap, in bytes. */
  readonly limit: number;
  /** Bytes read before stopping (0 when Content-Length alone was over the cap). */
  readonly received: number;
  /** The Content-Length the server declared, when it did. */
  readonly declared: number | undefined;
  readonly action: string | undefined;

  constructor(init: { limit: number; received: number; declared?: number; action?: string }) {
    const size = init.declared === undefined ? `more than ${init.limit} bytes (stopped after ${init.received})` : `${init.declared} bytes (Content-Length)`;
    super(`${init.action ? `${init.action}: ` : ''}The response is ${size}; the limit is ${init.limit} bytes (maxResponseBytes)`);
    this.limit = init.limit;
    this.received = init.received;
    this.declared = init.declared;
    this.action = init.action;
  }
}

/** The client was configured in a way that cannot work (insecure endpoint, no host for a region…). */
export class ConfigurationError extends CloudExecError {
  override name = 'ConfigurationError';
}

/**
 * A response field the documentation types as a number or boolean came as a string that is not one
 * (`"5"` and `"true"` are converted; `"five"` is this error). Not retried.
 */
export class ResponseTypeError extends CloudExecError {
  override name = 'ResponseTypeError';
  readonly action: string;
  /** Field path in the response: `InvocationSet[2].Timeout`. */
  readonly path: string;
  readonly expected: 'number' | 'boolean';
  readonly value: string;

  constructor(init: { action: string; path: string; expected: 'number' | 'boolean'; value: string }) {
    const shown = init.value.length > 40 ? `${init.value.slice(0, 37)}...` : init.value;
    super(`${init.action}: response field ${init.path} should be a ${init.expected} (got ${JSON.stringify(shown)})`);
    this.action = init.action;
    this.path = init.path;
    this.expected = init.expected;
    this.value = init.value;
  }
}

/** A paginated listing misbehaved (e.g. the server repeated a NextToken). */
export class PaginationError extends CloudExecError {
  override name = 'PaginationError';
}

/**
 * True when `error` is a CloudApiError (optionally with one of `code`). Generated packages pass their
 * error-code unions as `C` to narrow `error.code`.
 */
export function isApiError<C extends string = string>(error: unknown, code?: C | readonly C[]): error is CloudApiError<C> {
  if (!(error instanceof CloudApiError)) return false;
  if (code === undefined) return true;
  return typeof code === 'string' ? error.code === code : code.includes(error.code as C);
}
