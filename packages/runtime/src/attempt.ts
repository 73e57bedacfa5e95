// One attempt of one call: sign, send under the attempt timeout, parse, and turn the answer into data or a
// typed error. Aborts of the call (caller or total deadline) propagate as rejections; everything else is
// returned as an outcome so the retry loop can decide.
import { abortable, anySignal, timeoutSignal } from './abort.ts';
import type { Clock } from './clock.ts';
import type { ClientHooks } from './client-types.ts';
import type { SecretCredentials } from './credentials.ts';
import { CloudApiError, CloudExecError, ConfigurationError, TimeoutError, TransportError } from './errors.ts';
import type { ParsedResponse, Protocol, ProtocolRequest, WireRequest } from './protocols/types.ts';
import { redactHeaders, redactRequest, scrubSecrets } from './redact.ts';
import { isRetryableCode, isRetryableStatus, retryAfterMs } from './retry.ts';
import type { Transport, TransportResponse } from './transport.ts';

export type AttemptOutcome =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; error: CloudExecError; retryAfterMs?: number };

export interface AttemptContext {
  protocol: Protocol;
  transport: Transport;
  clock: Clock;
  hooks: ClientHooks | undefined;
  /** Everything but credentials and date, which are filled per attempt. */
  request: Omit<ProtocolRequest, 'credentials' | 'date'>;
  credentials: SecretCredentials;
  attempt: number;
  timeoutMs: number | undefined;
  /** The call's signal (caller + total deadline). */
  signal: AbortSignal | undefined;
}

const EXCERPT_CHARS = 512;

export async function runAttempt(ctx: AttemptContext): Promise<AttemptOutcome> {
  const { protocol, request, credentials, clock, hooks, signal } = ctx;
  const secrets = [credentials.accessKeySecret, credentials.securityToken];
  const base = { provider: protocol.provider, service: request.service.service, action: request.action, attempt: ctx.attempt };

  let wire: WireRequest;
  try {
    wire = await abortable(protocol.sign({ ...request, credentials, date: new Date(clock.now()) }), signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const detail = scrubSecrets(error instanceof Error ? error.message : String(error), secrets);
    throw new ConfigurationError(`Cannot sign ${request.action}: ${detail}`, { cause: error });
  }
  hooks?.onRequest?.({ ...base, request: redactRequest(wire) });

  const timer = timeoutSignal(clock, ctx.timeoutMs, () =>
    new TimeoutError({ action: request.action, scope: 'attempt', timeoutMs: ctx.timeoutMs ?? 0 }),
  );
  const attemptSignal = anySignal(signal, timer.signal) ?? new AbortController().signal;
  const started = clock.now();
  let response: TransportResponse;
  try {
    response = await abortable(ctx.transport(wire, attemptSignal), attemptSignal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timer.signal?.aborted) return { ok: false, error: timer.signal.reason as TimeoutError };
    return { ok: false, error: networkError(request.action, error, secrets) };
  } finally {
    timer.dispose();
  }

  const parsed = safeParse(protocol, response);
  hooks?.onResponse?.({
    ...base,
    status: response.status,
    headers: redactHeaders(response.headers),
    durationMs: clock.now() - started,
    outcome: parsed.kind,
    ...(parsed.kind !== 'transport-error' && parsed.requestId ? { requestId: parsed.requestId } : {}),
    ...(parsed.kind === 'api-error' ? { code: parsed.code } : {}),
  });
  if (parsed.kind === 'ok') return { ok: true, data: parsed.data };

  const hint = retryAfterMs(response.headers, clock.now());
  const error =
    parsed.kind === 'api-error'
      ? new CloudApiError({
          provider: protocol.provider,
          action: request.action,
          code: parsed.code,
          message: scrubSecrets(parsed.message, secrets),
          ...(parsed.requestId ? { requestId: parsed.requestId } : {}),
          httpStatus: parsed.httpStatus,
          retryable: isRetryableCode(parsed.code) || parsed.httpStatus >= 500,
          ...(parsed.recommend ? { recommend: parsed.recommend } : {}),
          ...(parsed.hostId ? { hostId: parsed.hostId } : {}),
        })
      : new TransportError({
          action: request.action,
          status: parsed.httpStatus,
          reason: parsed.reason,
          bodyExcerpt: scrubSecrets(parsed.bodyExcerpt.slice(0, EXCERPT_CHARS), secrets),
          retryable: isRetryableStatus(parsed.httpStatus),
        });
  return hint === undefined ? { ok: false, error } : { ok: false, error, retryAfterMs: hint };
}

/** Protocols promise not to throw; a bug there still must not escape as an untyped error. */
function safeParse(protocol: Protocol, response: TransportResponse): ParsedResponse {
  try {
    return protocol.parse(response.status, response.headers, response.bodyText);
  } catch (error) {
    const reason = `Unreadable response (${error instanceof Error ? error.name : 'parse failure'})`;
    return { kind: 'transport-error', httpStatus: response.status, reason, bodyExcerpt: response.bodyText };
  }
}

function networkError(action: string, error: unknown, secrets: Array<string | undefined>): TransportError {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new TransportError({
    action,
    status: 0,
    reason: `Network error: ${scrubSecrets(detail, secrets)}`,
    retryable: true,
    cause: error,
  });
}
