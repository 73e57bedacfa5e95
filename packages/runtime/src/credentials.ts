// Where credentials come from (explicit, environment, refreshing provider) and how they are held: the secret
// and the session token live in private fields, so JSON.stringify, String() and util.inspect never show them.
import { systemClock, type Clock } from './clock.ts';
import { CredentialsError, type Provider } from './errors.ts';
import type { Credentials } from './protocols/types.ts';
import { REDACTED } from './redact.ts';

/** Returns current credentials; may fetch new ones (STS, metadata service…). */
export type CredentialProvider = () => Promise<Credentials>;

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
  const missing = [
    accessKeyId ? undefined : names.accessKeyId,
    accessKeySecret ? undefined : names.accessKeySecret,
  ].filter(Boolean);
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
  clock?: Clock;
}

/**
 * Caches what `provider` returns until `refreshMarginMs` before its `expiresAt`; concurrent callers share
 * one refresh. When a refresh fails while the cached credentials are still valid, those are used.
 */
export function cachedCredentialProvider(
  provider: CredentialProvider,
  options: CachedProviderOptions = {},
): () => Promise<SecretCredentials> {
  const margin = options.refreshMarginMs ?? 5 * 60_000;
  const clock = options.clock ?? systemClock;
  let cached: SecretCredentials | undefined;
  let inflight: Promise<SecretCredentials> | undefined;

  const isFresh = (c: SecretCredentials) => c.expiresAt === undefined || clock.now() < c.expiresAt - margin;
  const isValid = (c: SecretCredentials) => c.expiresAt === undefined || clock.now() < c.expiresAt;

  const refresh = async (): Promise<SecretCredentials> => {
    try {
      const next = staticCredentials(await provider());
      cached = next;
      return next;
    } catch (error) {
      if (cached && isValid(cached)) return cached;
      if (error instanceof CredentialsError) throw error;
      throw new CredentialsError('The credential provider failed', { cause: error });
    }
  };

  return () => {
    if (cached && isFresh(cached)) return Promise.resolve(cached);
    if (!inflight) {
      const current = refresh();
      inflight = current;
      const clear = () => {
        if (inflight === current) inflight = undefined;
      };
      current.then(clear, clear);
    }
    return inflight;
  };
}

/** What a client accepts: fixed credentials, a provider, or nothing (read the environment on first use). */
export function resolveCredentialSource(
  source: Credentials | CredentialProvider | undefined,
  provider: Provider,
  clock?: Clock,
): () => Promise<SecretCredentials> {
  if (typeof source === 'function') return cachedCredentialProvider(source, clock ? { clock } : {});
  if (source) {
    const fixed = staticCredentials(source);
    return () => Promise.resolve(fixed);
  }
  let fromEnv: SecretCredentials | undefined;
  return async () => (fromEnv ??= credentialsFromEnv(provider));
}
