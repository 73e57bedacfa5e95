// One attempt of one call: sign, send under the attempt timeout, parse, and turn the answer into data or a
// typed error. Aborts of the call (caller or total deadline) propagate as rejections; everything else is
// returned as an outcome so the retry loop can decide.
import { abortable, anySignal, timeoutSignal } from './abort.ts';
import type { Clock } from './clock.ts';
import type { ClientHooks } from './client-types.ts';
import type { SecretCredentials } from './credentials.ts';
import { clockSkewMs, type ClockOffset } from './clock-skew.ts';
import { CloudApiError, type CloudExecError, ConfigurationError, ResponseTooLargeError, TimeoutError, TransportError } from './errors.ts';
import type { ParsedResponse, Protocol, ProtocolRequest, WireRequest } from './protocols/types.ts';
import { redactHeaders, redactRequest, scrubError, scrubSecrets } from './redact.ts';
import { isRetryableCode, isRetryableStatus, retryAfterMs } from './retry.ts';
import type { Transport, TransportResponse } from './transport.ts';

export type AttemptOutcome = { ok: true; data: Record<string, unknown> } | { ok: false; error: CloudExecError; retryAfterMs?: number };

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
  /** Largest response body accepted (the transport's default when absent). */
  maxResponseBytes?: number | undefined;
  /** The client's estimate of server time minus local time; corrected from a signature-expired answer. */
  clockOffset?: ClockOffset | undefined;
}

const EXCERPT_CHARS = 512;

/**
 * One attempt. When the server says the signature expired and its Date shows the local clock is off, the
 * offset is kept on the client and the attempt is sent once more at corrected time (as AWS SDK v3 does).
 */
export async function runAttempt(ctx: AttemptContext): Promise<AttemptOutcome> {
  const secrets = [ctx.credentials.accessKeySecret, ctx.credentials.securityToken];
  const first = await sendOnce(ctx, secrets);
  if (first.skewMs === undefined || !ctx.clockOffset) return scrubOutcome(first.outcome, secrets);
  ctx.clockOffset.ms = first.skewMs;
  return scrubOutcome((await sendOnce(ctx, secrets)).outcome, secrets);
}

function scrubOutcome(outcome: AttemptOutcome, secrets: Array<string | undefined>): AttemptOutcome {
  if (!outcome.ok) scrubError(outcome.error, secrets);
  return outcome;
}

async function sendOnce(ctx: AttemptContext, secrets: Array<string | undefined>): Promise<{ outcome: AttemptOutcome; skewMs?: number }> {
  const { protocol, request, credentials, clock, hooks, signal } = ctx;
  const offsetMs = ctx.clockOffset?.ms ?? 0;
  const base = { provider: protocol.provider, service: request.service.service, action: request.action, attempt: ctx.attempt };

  let wire: WireRequest;
  try {
    wire = await abortable(protocol.sign({ ...request, credentials, date: new Date(clock.now() + offsetMs) }), signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    const detail = scrubSecrets(error instanceof Error ? error.message : String(error), secrets);
    throw scrubError(new ConfigurationError(`Cannot sign ${request.action}: ${detail}`, { cause: error }), secrets);
  }
  hooks?.onRequest?.({ ...base, request: redactRequest(wire) });

  const timer = timeoutSignal(clock, ctx.timeoutMs, () => new TimeoutError({ action: request.action, scope: 'attempt', timeoutMs: ctx.timeoutMs ?? 0 }));
  const attemptSignal = anySignal(signal, timer.signal) ?? new AbortController().signal;
  const started = clock.now();
  let response: TransportResponse;
  try {
    const options = ctx.maxResponseBytes === undefined ? undefined : { maxResponseBytes: ctx.maxResponseBytes };
    response = await abortable(ctx.transport(wire, attemptSignal, options), attemptSignal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timer.signal?.aborted) return { outcome: { ok: false, error: timer.signal.reason as TimeoutError } };
    if (error instanceof ResponseTooLargeError) {
      const { limit, received, declared } = error;
      const tooLarge = new ResponseTooLargeError({ limit, received, action: request.action, ...(declared === undefined ? {} : { declared }) });
      return { outcome: { ok: false, error: tooLarge } };
    }
    return { outcome: { ok: false, error: networkError(request.action, error, secrets) } };
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
  if (parsed.kind === 'ok') return { outcome: { ok: true, data: parsed.data } };

  const hint = retryAfterMs(response.headers, clock.now());
  const error =
    parsed.kind === 'api-error'
      ? new CloudApiError({
          provider: protocol.provider,
          action: request.action,
          code: parsed.code,
          message: parsed.message,
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
          bodyExcerpt: parsed.bodyExcerpt.slice(0, EXCERPT_CHARS),
          retryable: isRetryableStatus(parsed.httpStatus),
        });
  const outcome: AttemptOutcome = hint === undefined ? { ok: false, error } : { ok: false, error, retryAfterMs: hint };
  const skewMs = parsed.kind === 'api-error' && protocol.isClockSkewError?.(parsed.code) ? clockSkewMs(response.headers, clock.now(), offsetMs) : undefined;
  return skewMs === undefined ? { outcome } : { outcome, skewMs };
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
