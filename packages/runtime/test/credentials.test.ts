import { describe, expect, it, vi, afterEach } from 'vitest';
import {
  CREDENTIAL_ENV_VARIABLES,
  CredentialsError,
  SecretCredentials,
  cachedCredentialProvider,
  credentialsFromEnv,
  staticCredentials,
  type Credentials,
} from '../src/index.ts';
import { instantClock } from './support/clocks.ts';
import { SECRET_ID, SECRET_KEY, SESSION_TOKEN } from './support/secrets.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('credentialsFromEnv', () => {
  it('reads the Tencent variables from process.env', () => {
    vi.stubEnv('TENCENTCLOUD_SECRET_ID', SECRET_ID);
    vi.stubEnv('TENCENTCLOUD_SECRET_KEY', SECRET_KEY);
    vi.stubEnv('TENCENTCLOUD_SESSION_TOKEN', SESSION_TOKEN);
    const credentials = credentialsFromEnv('tencent');
    expect(credentials.accessKeyId).toBe(SECRET_ID);
    expect(credentials.accessKeySecret).toBe(SECRET_KEY);
    expect(credentials.securityToken).toBe(SESSION_TOKEN);
  });

  it('reads the Alibaba variables; the token is optional', () => {
    const credentials = credentialsFromEnv('aliyun', {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI-id',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'ali-secret',
    });
    expect([credentials.accessKeyId, credentials.accessKeySecret, credentials.securityToken]).toEqual(['LTAI-id', 'ali-secret', undefined]);
  });

  it('names the variables to set when they are missing', () => {
    expect(() => credentialsFromEnv('tencent', {})).toThrow(
      new CredentialsError(
        'No tencent credentials: pass `credentials` to the client or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY' +
          ' (plus TENCENTCLOUD_SESSION_TOKEN for temporary credentials)',
      ),
    );
    expect(() => credentialsFromEnv('aliyun', { ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '' })).toThrow(
      /set ALIBABA_CLOUD_ACCESS_KEY_SECRET \(plus ALIBABA_CLOUD_SECURITY_TOKEN/,
    );
  });

  it('falls back to Deno.env when there is no process.env entry', () => {
    const get = vi.fn((name: string) =>
      name === CREDENTIAL_ENV_VARIABLES.aliyun.accessKeyId ? 'deno-id' : name.endsWith('SECRET') ? 'deno-secret' : undefined,
    );
    vi.stubGlobal('Deno', { env: { get } });
    try {
      expect(credentialsFromEnv('aliyun').accessKeyId).toBe('deno-id');
      expect(get).toHaveBeenCalledWith('ALIBABA_CLOUD_ACCESS_KEY_SECRET');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('cachedCredentialProvider', () => {
  const expiring = (id: string, expiresAt: number): Credentials => ({ accessKeyId: id, accessKeySecret: `${id}-secret`, expiresAt });

  it('shares one refresh between concurrent callers and caches until near expiry', async () => {
    const clock = instantClock({ start: 0, holdFrom: Infinity });
    let n = 0;
    const source = vi.fn(async () => expiring(`key-${++n}`, 600_000));
    const provider = cachedCredentialProvider(source, { clock, refreshMarginMs: 60_000 });
    const [a, b, c] = await Promise.all([provider(), provider(), provider()]);
    expect(source).toHaveBeenCalledTimes(1);
    expect(new Set([a.accessKeyId, b.accessKeyId, c.accessKeyId])).toEqual(new Set(['key-1']));

    await clock.sleep(539_000);
    expect((await provider()).accessKeyId).toBe('key-1');
    await clock.sleep(2000); // now inside the refresh margin
    const [d, e] = await Promise.all([provider(), provider()]);
    expect([d.accessKeyId, e.accessKeyId]).toEqual(['key-2', 'key-2']);
    expect(source).toHaveBeenCalledTimes(2);
  });

  it('keeps still-valid credentials when a refresh fails, and reports a failure once they expired', async () => {
    const clock = instantClock({ start: 0, holdFrom: Infinity });
    const source = vi.fn<() => Promise<Credentials>>().mockResolvedValueOnce(expiring('old', 100_000)).mockRejectedValue(new Error('sts down'));
    const provider = cachedCredentialProvider(source, { clock, refreshMarginMs: 50_000 });
    await provider();
    await clock.sleep(60_000);
    expect((await provider()).accessKeyId).toBe('old');
    await clock.sleep(50_000);
    const error = await provider().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).cause).toEqual(new Error('sts down'));
  });

  it('recovers after a provider that threw synchronously', async () => {
    let fail = true;
    const provider = cachedCredentialProvider((() => {
      if (fail) throw new Error('boom');
      return Promise.resolve({ accessKeyId: 'id', accessKeySecret: 'secret' });
    }) as () => Promise<Credentials>);
    await expect(provider()).rejects.toBeInstanceOf(CredentialsError);
    fail = false;
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'id' });
  });

  it('rejects incomplete credentials without echoing them', async () => {
    const provider = cachedCredentialProvider(async () => ({ accessKeyId: 'id', accessKeySecret: '' }));
    await expect(provider()).rejects.toThrow(new CredentialsError('Credentials need a non-empty accessKeySecret'));
  });
});

describe('SecretCredentials never shows the secret or the token', async () => {
  const { inspect } = await import('node:util');
  const credentials = staticCredentials({ accessKeyId: SECRET_ID, accessKeySecret: SECRET_KEY, securityToken: SESSION_TOKEN });
  const renderings = {
    json: JSON.stringify(credentials),
    jsonNested: JSON.stringify({ nested: [credentials] }),
    string: String(credentials),
    template: `${credentials}`,
    inspect: inspect(credentials),
    inspectHidden: inspect(credentials, { showHidden: true, depth: Infinity, getters: true }),
    // (Only `getters: true` together with `customInspect: false` evaluates the accessor: an explicit opt-in.)
    inspectNoCustom: inspect(credentials, { customInspect: false, showHidden: true, depth: Infinity }),
    keys: Object.keys(credentials).join(','),
    spread: JSON.stringify({ ...credentials }),
  };

  it.each(Object.entries(renderings))('%s', (_name, text) => {
    expect(text).not.toContain(SECRET_KEY);
    expect(text).not.toContain(SESSION_TOKEN);
  });

  it('still hands the secret to a signer and masks the key id in output', () => {
    expect(credentials.accessKeySecret).toBe(SECRET_KEY);
    expect(credentials).toBeInstanceOf(SecretCredentials);
    expect(JSON.parse(renderings.json)).toEqual({ accessKeyId: 'AKID****MPLE', accessKeySecret: '[REDACTED]', securityToken: '[REDACTED]' });
  });
});
