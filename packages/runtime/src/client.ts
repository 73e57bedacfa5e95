// The client core every generated client delegates to: validate → rate-limit token → credentials → sign →
// transport → parse, with retries (each attempt re-signed), timeouts and abort at every await.
import { anySignal, timeoutSignal } from './abort.ts';
import { runAttempt } from './attempt.ts';
import { systemClock, type Clock } from './clock.ts';
import { coerceFields } from './coerce.ts';
import type { ApiClientOptions, CallOptions, ClientHooks, OperationDescriptor } from './client-types.ts';
import { resolveCredentialSource, type CredentialSource } from './credentials.ts';
import { resolveEndpoint, type Endpoint } from './endpoint.ts';
import { ConfigurationError, TimeoutError, ValidationError } from './errors.ts';
import type { Protocol, ServiceDescriptor } from './protocols/types.ts';
import { RateLimiterRegistry } from './rate-limit.ts';
import { DEFAULT_RETRY, retryDelay, shouldRetry, type RetryOptions } from './retry.ts';
import { fetchTransport, type Transport } from './transport.ts';

const DEFAULT_TIMEOUT_MS = 60_000;

export class ApiClient {
  readonly protocol: Protocol;
  readonly service: ServiceDescriptor;
  readonly region: string | undefined;
  readonly endpoint: Endpoint;
  readonly #credentials: CredentialSource;
  readonly #transport: Transport;
  readonly #limiter: RateLimiterRegistry | undefined;
  readonly #retry: RetryOptions;
  readonly #timeoutMs: number | undefined;
  readonly #totalTimeoutMs: number | undefined;
  readonly #validate: boolean;
  readonly #hooks: ClientHooks | undefined;
  readonly #signatureMethod: string | undefined;
  readonly #language: string | undefined;
  readonly #clock: Clock;
  readonly #random: (() => number) | undefined;
  readonly #maxResponseBytes: number | undefined;
  /** Server time minus local time, learnt from signature-expired answers (clock-skew.ts). */
  readonly #clockOffset = { ms: 0 };

  constructor(options: ApiClientOptions) {
    const { protocol, service } = options;
    if (protocol.provider !== service.provider) {
      throw new ConfigurationError(`A ${protocol.provider} protocol cannot call ${service.provider} ${service.service}`);
    }
    this.protocol = protocol;
    this.service = service;
    this.region = options.region || undefined;
    this.endpoint = resolveEndpoint({
      service,
      ...(this.region ? { region: this.region } : {}),
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      allowInsecureHttp: options.allowInsecureHttp === true,
    });
    this.#clock = options.clock ?? systemClock;
    this.#credentials = resolveCredentialSource(options.credentials, service.provider, this.#clock);
    this.#transport = options.transport ?? fetchTransport;
    this.#limiter = options.rateLimiter === false ? undefined : (options.rateLimiter ?? new RateLimiterRegistry({ clock: this.#clock }));
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#totalTimeoutMs = options.totalTimeoutMs;
    this.#validate = options.validate !== false;
    this.#hooks = options.hooks;
    this.#signatureMethod = options.signatureMethod;
    this.#language = options.language;
    this.#random = options.random;
    this.#maxResponseBytes = options.maxResponseBytes;
  }

  /** Calls `op` with `input`; resolves with the response payload (envelope removed) or throws a typed error. */
  async send<I extends object, O>(op: OperationDescriptor<I>, input: I, options: CallOptions = {}): Promise<O> {
    options.signal?.throwIfAborted();
    const params = this.#prepareParams(op, input);
    const totalTimeoutMs = options.totalTimeoutMs ?? this.#totalTimeoutMs;
    const deadline = totalTimeoutMs === undefined ? undefined : this.#clock.now() + totalTimeoutMs;
    const total = timeoutSignal(this.#clock, totalTimeoutMs, () => new TimeoutError({ action: op.action, scope: 'total', timeoutMs: totalTimeoutMs ?? 0 }));
    const signal = anySignal(options.signal, total.signal);
    const maxAttempts = Math.max(1, options.maxAttempts ?? this.#retry.maxAttempts);
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    try {
      for (let attempt = 1; ; attempt++) {
        const outcome = await this.#attempt(op, params, attempt, timeoutMs, signal);
        if (outcome.ok) return (op.responseTypes ? coerceFields(outcome.data, op.responseTypes, op.action) : outcome.data) as O;
        const { error } = outcome;
        if (attempt >= maxAttempts || !shouldRetry(error, op.idempotent !== false)) throw error;
        const delayMs = retryDelay(attempt, this.#retry, outcome.retryAfterMs, this.#random);
        // Waiting past the deadline only to time out would hide the real failure.
        if (deadline !== undefined && this.#clock.now() + delayMs >= deadline) throw error;
        this.#hooks?.onRetry?.({
          provider: this.service.provider,
          service: this.service.service,
          action: op.action,
          attempt,
          error,
          delayMs,
        });
        await this.#clock.sleep(delayMs, signal);
      }
    } finally {
      total.dispose();
    }
  }

  /** One attempt holding one rate-limit token from before credentials until the answer is in. */
  async #attempt(
    op: OperationDescriptor<never>,
    params: Record<string, unknown>,
    attempt: number,
    timeoutMs: number | undefined,
    signal: AbortSignal | undefined,
  ) {
    const key = `${this.service.provider}/${this.service.service}/${op.action}`;
    const release = this.#limiter && op.qps ? await this.#limiter.acquire(key, op.qps, signal) : undefined;
    try {
      const credentials = await this.#credentials({ signal, timeoutMs });
      return await runAttempt({
        protocol: this.protocol,
        transport: this.#transport,
        clock: this.#clock,
        hooks: this.#hooks,
        request: this.#protocolRequest(op, params),
        credentials,
        attempt,
        timeoutMs,
        signal,
        maxResponseBytes: this.#maxResponseBytes,
        clockOffset: this.#clockOffset,
      });
    } finally {
      release?.();
    }
  }

  #protocolRequest(op: OperationDescriptor<never>, params: Record<string, unknown>) {
    return {
      service: this.service,
      action: op.action,
      method: op.method ?? 'POST',
      params,
      host: this.endpoint.host,
      scheme: this.endpoint.scheme,
      ...(this.region ? { region: this.region } : {}),
      ...(this.#signatureMethod ? { signatureMethod: this.#signatureMethod } : {}),
      ...(this.#language ? { language: this.#language } : {}),
    };
  }

  /** Fills an input region (Alibaba `RegionId`) from the client region, then runs the checks unless validation is off. */
  #prepareParams<I extends object>(op: OperationDescriptor<I>, input: I): Record<string, unknown> {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new ValidationError({ action: op.action, path: '(input)', constraint: 'type', limit: 'object', value: input });
    }
    let params = input as Record<string, unknown>;
    const { parameter, inInput } = this.protocol.region;
    if (inInput && this.region && params[parameter] === undefined) params = { ...params, [parameter]: this.region };
    if (!this.#validate) return params;
    const given = inInput ? params[parameter] : this.region;
    if (op.regionRequired && (given ?? '') === '') {
      throw new ValidationError({
        action: op.action,
        path: parameter,
        constraint: 'required',
        message: `${op.action} needs a region: pass \`region\` to the client${inInput ? ` or ${parameter} in the input` : ''}`,
      });
    }
    op.validate?.(params as I);
    return params;
  }
}
