// The refresh contract of cachedCredentialProvider: bounded by the asking call, single-flight, cleared on
// success, failure and timeout, once ahead of expiry, never handing out expired credentials.
import { describe, expect, it, vi } from 'vitest';
import { CredentialsError, CredentialsTimeoutError, cachedCredentialProvider, type Credentials } from '../src/index.ts';
import { instantClock } from './support/clocks.ts';

const MIN = 60_000;
const creds = (id: string, expiresAt?: number): Credentials => ({
  accessKeyId: id,
  accessKeySecret: `${id}-secret`,
  ...(expiresAt === undefined ? {} : { expiresAt }),
});

describe('provider calls over 100 requests (virtual time)', () => {
  it('credentials valid for 1 h: one provider call', async () => {
    const clock = instantClock({ start: 0, holdFrom: Infinity });
    const source = vi.fn(async () => creds('k', 60 * MIN));
    const provider = cachedCredentialProvider(source, { clock });
    for (let i = 0; i < 100; i++) {
      await provider();
      await clock.sleep(1000);
    }
    expect(source).toHaveBeenCalledTimes(1);
  });

  it('inside the 5-minute margin: one refresh, then again only after minRefreshIntervalMs', async () => {
    const clock = instantClock({ start: 0, holdFrom: Infinity });
    // A provider (like a metadata service) that keeps handing out the same soon-to-expire credentials.
    const source = vi.fn(async () => creds('k', 10 * MIN));
    const provider = cachedCredentialProvider(source, { clock });
    await provider();
    await clock.sleep(6 * MIN); // now 4 minutes before expiry
    for (let i = 0; i < 100; i++) await provider();
    expect(source).toHaveBeenCalledTimes(2); // the first fetch and one refresh, not 100
    await clock.sleep(MIN);
    await provider();
    expect(source).toHaveBeenCalledTimes(3);
  });
});

describe('bounded, single-flight refresh', () => {
  it('a provider that never answers fails within timeoutMs, with its signal aborted, and the next call asks again', async () => {
    const signals: Array<AbortSignal | undefined> = [];
    const source = vi.fn((options?: { signal?: AbortSignal }) => {
      signals.push(options?.signal);
      return new Promise<Credentials>(() => {});
    });
    const provider = cachedCredentialProvider(source);
    const started = Date.now();
    const [a, b] = await Promise.all([provider({ timeoutMs: 50 }).catch((e: unknown) => e), provider({ timeoutMs: 50 }).catch((e: unknown) => e)]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(a).toBeInstanceOf(CredentialsTimeoutError);
    expect(b).toBe(a); // both callers shared the one refresh
    expect(a).toMatchObject({ timeoutMs: 50, retryable: false });
    expect(signals[0]?.aborted).toBe(true);
    await provider({ timeoutMs: 50 }).catch(() => {});
    expect(source).toHaveBeenCalledTimes(2);
  });

  it('a caller that aborts stops waiting without cancelling the refresh others share', async () => {
    let answer!: (c: Credentials) => void;
    const source = vi.fn(() => new Promise<Credentials>((resolve) => (answer = resolve)));
    const provider = cachedCredentialProvider(source);
    const controller = new AbortController();
    const impatient = provider({ signal: controller.signal });
    const patient = provider();
    controller.abort(new Error('gave up'));
    await expect(impatient).rejects.toThrow('gave up');
    answer(creds('k'));
    await expect(patient).resolves.toMatchObject({ accessKeyId: 'k' });
    expect(source).toHaveBeenCalledTimes(1);
  });

  it('a failed refresh is shared, then cleared', async () => {
    const source = vi.fn<() => Promise<Credentials>>().mockRejectedValueOnce(new Error('sts down')).mockResolvedValue(creds('k'));
    const provider = cachedCredentialProvider(source);
    const results = await Promise.allSettled([provider(), provider(), provider()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(source).toHaveBeenCalledTimes(1);
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'k' });
    expect(source).toHaveBeenCalledTimes(2);
  });
});

describe('never expired credentials', () => {
  it('refuses credentials that arrive already expired', async () => {
    const clock = instantClock({ start: 10 * MIN, holdFrom: Infinity });
    const provider = cachedCredentialProvider(async () => creds('old', 5 * MIN), { clock });
    await expect(provider()).rejects.toThrow(new CredentialsError('The credential provider returned credentials that expired at 1970-01-01T00:05:00.000Z'));
  });

  it('does not hand out cached credentials past expiry when the refresh fails', async () => {
    const clock = instantClock({ start: 0, holdFrom: Infinity });
    const source = vi
      .fn<() => Promise<Credentials>>()
      .mockResolvedValueOnce(creds('k', 10 * MIN))
      .mockRejectedValue(new Error('sts down'));
    const provider = cachedCredentialProvider(source, { clock });
    await provider();
    await clock.sleep(7 * MIN); // inside the margin, still valid: the failed refresh falls back to the cache
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'k' });
    await clock.sleep(3 * MIN); // expired now
    await expect(provider()).rejects.toBeInstanceOf(CredentialsError);
  });
});
