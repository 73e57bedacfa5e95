// Where credentials come from (explicit, environment, refreshing provider) and how they are held: the secret
// and the session token live in private fields, so JSON.stringify, String() and util.inspect never show them.
import { abortable, timeoutSignal } from './abort.ts';
import { systemClock, type Clock } from './clock.ts';
import { CredentialsError, CredentialsTimeoutError, type Provider } from './errors.ts';
import type { Credentials } from './protocols/types.ts';
import { REDACTED } from './redact.ts';

/**
 * Returns current credentials; may fetch new ones (STS, metadata service…). `signal` aborts when the call
 * that asked stops waiting (its attempt timed out); a provider that honours it frees its socket at once.
 */
export type CredentialProvider = (options?: { signal?: AbortSignal }) => Promise<Credentials>;

/** What a client asks its credential source for: bounded by the call's signal and the attempt timeout. */
export interface CredentialRequest {
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
}

/** A client's credential source, resolved from the `credentials` option. */
export type CredentialSource = (request?: CredentialRequest) => Promise<SecretCredentials>;

/** The environment variables read for each provider. */
export const CREDENTIAL_ENV_VARIABLES = {
  tencent: {
    accessKeyId: 'TENCENTCLOUD_SECRET_ID',
    accessKeySecret: 'TENCENTCLOUD_SECRET_KEY',
    securityToken: 'TENCENTCLOUD_SESSION_TOKEN',
  },
  aliyun: {
    accessKeyId: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
    accessKeySecret: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    securityToken: 'ALIBABA_CLOUD_SECURITY_TOKEN',
  },
} as const satisfies Record<Provider, Record<'accessKeyId' | 'accessKeySecret' | 'securityToken', string>>;

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/** Shows enough of a key id to tell keys apart in logs. */
function maskKeyId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 4)}****${id.slice(-4)}` : '****';
}

/** Credentials whose secret and token cannot leak through serialisation or inspection. */
export class SecretCredentials implements Credentials {
  readonly accessKeyId: string;
  readonly expiresAt: number | undefined;
  readonly #secret: string;
  readonly #token: string | undefined;

  constructor(credentials: Credentials) {
    const { accessKeyId, accessKeySecret, securityToken, expiresAt } = credentials;
    if (typeof accessKeyId !== 'string' || accessKeyId === '') {
      throw new CredentialsError('Credentials need a non-empty accessKeyId');
    }
    if (typeof accessKeySecret !== 'string' || accessKeySecret === '') {
      throw new CredentialsError('Credentials need a non-empty accessKeySecret');
    }
    this.accessKeyId = accessKeyId;
    this.#secret = accessKeySecret;
    this.#token = securityToken || undefined;
    this.expiresAt = expiresAt;
  }

  get accessKeySecret(): string {
    return this.#secret;
  }

  get securityToken(): string | undefined {
    return this.#token;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { accessKeyId: maskKeyId(this.accessKeyId), accessKeySecret: REDACTED };
    if (this.#token) json.securityToken = REDACTED;
    if (this.expiresAt !== undefined) json.expiresAt = this.expiresAt;
    return json;
  }

  toString(): string {
    return `SecretCredentials(${maskKeyId(this.accessKeyId)})`;
  }

  [inspectSymbol](): string {
    return `SecretCredentials ${JSON.stringify(this.toJSON())}`;
  }
}

/** Wraps plain credentials so they are safe to hold (idempotent). */
export function staticCredentials(credentials: Credentials): SecretCredentials {
  return credentials instanceof SecretCredentials ? credentials : new SecretCredentials(credentials);
}

type EnvLike = Record<string, string | undefined>;

/** Reads one variable from Node/Bun (`process.env`) or Deno (`Deno.env`), without importing anything. */
function readEnv(name: string): string | undefined {
  const g = globalThis as {
    process?: { env?: EnvLike };
    Deno?: { env?: { get(name: string): string | undefined } };
  };
  const fromProcess = g.process?.env?.[name];
  if (fromProcess !== undefined) return fromProcess;
  try {
    return g.Deno?.env?.get(name);
  } catch {
    return undefined; // Deno without --allow-env
  }
}

/**
 * Credentials from the provider's environment variables (see CREDENTIAL_ENV_VARIABLES). Throws a
 * CredentialsError naming the variables to set. `env` replaces the process environment (tests).
 */
export function credentialsFromEnv(provider: Provider, env?: EnvLike): SecretCredentials {
  const names = CREDENTIAL_ENV_VARIABLES[provider];
  const read = (name: string) => (env ? env[name] : readEnv(name)) || undefined;
  const accessKeyId = read(names.accessKeyId);
  const accessKeySecret = read(names.accessKeySecret);
  const missing = [accessKeyId ? undefined : names.accessKeyId, accessKeySecret ? undefined : names.accessKeySecret].filter(Boolean);
  if (!accessKeyId || !accessKeySecret) {
    throw new CredentialsError(
      `No ${provider} credentials: pass \`credentials\` to the client or set ${missing.join(' and ')}` +
        ` (plus ${names.securityToken} for temporary credentials)`,
    );
  }
  const securityToken = read(names.securityToken);
  return new SecretCredentials({ accessKeyId, accessKeySecret, ...(securityToken ? { securityToken } : {}) });
}

export interface CachedProviderOptions {
  /** Refresh this long before `expiresAt` (default 5 minutes). */
  refreshMarginMs?: number;
  /**
   * After a refresh, inside the margin, wait this long before asking again (default 1 minute): a provider
   * that keeps returning the same soon-to-expire credentials is then asked once a minute, not on every call.
   */
  minRefreshIntervalMs?: number;
  clock?: Clock;
}

/**
 * Caches what `provider` returns until `refreshMarginMs` before its `expiresAt`; concurrent callers share
 * one refresh. When a refresh fails while the cached credentials are still valid, those are used; expired
 * credentials are never handed out (CredentialsError instead). A refresh that takes longer than the asking
 * call's `timeoutMs` fails with CredentialsTimeoutError and is forgotten, so the next call asks again.
 */
export function cachedCredentialProvider(provider: CredentialProvider, options: CachedProviderOptions = {}): CredentialSource {
  const margin = options.refreshMarginMs ?? 5 * 60_000;
  const minInterval = options.minRefreshIntervalMs ?? 60_000;
  const clock = options.clock ?? systemClock;
  let cached: SecretCredentials | undefined;
  let lastRefresh = -Infinity;
  let inflight: Promise<SecretCredentials> | undefined;

  const isValid = (c: SecretCredentials) => c.expiresAt === undefined || clock.now() < c.expiresAt;
  const isFresh = (c: SecretCredentials) =>
    c.expiresAt === undefined || clock.now() < c.expiresAt - margin || (isValid(c) && clock.now() < lastRefresh + minInterval);

  const refresh = async (timeoutMs: number | undefined): Promise<SecretCredentials> => {
    const timer = timeoutSignal(clock, timeoutMs, () => new CredentialsTimeoutError(timeoutMs ?? 0));
    try {
      const answer = provider(timer.signal ? { signal: timer.signal } : {});
      const next = staticCredentials(await abortable(Promise.resolve(answer), timer.signal));
      if (!isValid(next)) {
        throw new CredentialsError(`The credential provider returned credentials that expired at ${new Date(next.expiresAt!).toISOString()}`);
      }
      cached = next;
      return next;
    } catch (error) {
      if (cached && isValid(cached)) return cached;
      if (error instanceof CredentialsError) throw error;
      throw new CredentialsError('The credential provider failed', { cause: error });
    } finally {
      lastRefresh = clock.now();
      timer.dispose();
    }
  };

  return (request = {}) => {
    if (cached && isFresh(cached)) return Promise.resolve(cached);
    if (!inflight) {
      // A provider that throws synchronously still goes through refresh's error handling.
      const current = Promise.resolve().then(() => refresh(request.timeoutMs));
      inflight = current;
      const clear = () => {
        if (inflight === current) inflight = undefined;
      };
      current.then(clear, clear);
    }
    return abortable(inflight, request.signal);
  };
}

/** What a client accepts: fixed credentials, a provider, or nothing (read the environment on first use). */
export function resolveCredentialSource(source: Credentials | CredentialProvider | undefined, provider: Provider, clock?: Clock): CredentialSource {
  if (typeof source === 'function') return cachedCredentialProvider(source, clock ? { clock } : {});
  const now = () => (clock ?? systemClock).now();
  if (source) {
    const fixed = staticCredentials(source);
    return async () => notExpired(fixed, now());
  }
  let fromEnv: SecretCredentials | undefined;
  return async () => (fromEnv ??= credentialsFromEnv(provider));
}

/** Fixed credentials with an `expiresAt` in the past are refused rather than sent to be rejected. */
function notExpired(credentials: SecretCredentials, now: number): SecretCredentials {
  if (credentials.expiresAt !== undefined && now >= credentials.expiresAt) {
    throw new CredentialsError(`The credentials expired at ${new Date(credentials.expiresAt).toISOString()}; pass a provider function to refresh them`);
  }
  return credentials;
}
