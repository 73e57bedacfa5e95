// Client-side rate limiting per action, seeded from the documented QPS: a bucket of `qps` tokens, where a
// token is held while its request is in flight and comes back one window after the request finished.
// Because a request reaches the server before its answer reaches us, no two requests on one token ever
// arrive at the server less than a window apart — whatever the latency — so a service that allows `qps`
// calls in any one-second window (sliding, fixed or token bucket) never throttles. A classic refilling
// bucket of capacity `qps` lets 2×qps through in the first second; that is throttled.
import { systemClock, type Clock } from './clock.ts';

const WINDOW_MS = 1000;

export interface RateLimiterOptions {
  clock?: Clock;
}

/** Ends a token's use; call once when the request has finished (it is idempotent). */
export type ReleaseToken = () => void;

interface Waiter {
  grant(release: ReleaseToken): void;
  onAbort: () => void;
}

/** One action's limiter. */
export class RateLimiter {
  readonly qps: number;
  readonly #windowMs: number;
  readonly #clock: Clock;
  /** Per token: when it is free again (Infinity while its request is in flight). */
  readonly #freeAt: number[];
  readonly #waiters: Waiter[] = [];
  #timer: AbortController | undefined;

  constructor(qps: number, options: RateLimiterOptions = {}) {
    if (!(qps > 0) || !Number.isFinite(qps)) throw new RangeError(`qps must be a positive number, got ${qps}`);
    this.qps = qps;
    const capacity = Math.max(1, Math.floor(qps));
    // Fractional rates stretch the window: 0.5 qps = one request per two seconds; 2.5 qps = 2 per second.
    this.#windowMs = Math.max(WINDOW_MS, (capacity / qps) * WINDOW_MS);
    this.#freeAt = Array.from({ length: capacity }, () => -Infinity);
    this.#clock = options.clock ?? systemClock;
  }

  /** Waits for a token (FIFO). Rejects with `signal.reason` when aborted while waiting. */
  acquire(signal?: AbortSignal): Promise<ReleaseToken> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<ReleaseToken>((resolve, reject) => {
      const waiter: Waiter = {
        grant: (release) => {
          signal?.removeEventListener('abort', waiter.onAbort);
          resolve(release);
        },
        onAbort: () => {
          const index = this.#waiters.indexOf(waiter);
          if (index >= 0) this.#waiters.splice(index, 1);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.#waiters.push(waiter);
      this.#dispatch();
    });
  }

  /** Grants free tokens to waiters in order; otherwise sleeps until the next token comes back. */
  #dispatch(): void {
    this.#timer?.abort();
    this.#timer = undefined;
    while (this.#waiters.length > 0) {
      const now = this.#clock.now();
      let next = 0;
      for (let i = 1; i < this.#freeAt.length; i++) if (this.#freeAt[i]! < this.#freeAt[next]!) next = i;
      const freeAt = this.#freeAt[next]!;
      if (freeAt > now) {
        if (freeAt !== Infinity) this.#wakeAt(freeAt - now);
        return; // all tokens in flight: a release dispatches again
      }
      this.#freeAt[next] = Infinity;
      this.#waiters.shift()!.grant(this.#releaser(next));
    }
  }

  #releaser(token: number): ReleaseToken {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#freeAt[token] = this.#clock.now() + this.#windowMs;
      if (this.#waiters.length > 0) this.#dispatch();
    };
  }

  #wakeAt(delayMs: number): void {
    const timer = new AbortController();
    this.#timer = timer;
    this.#clock.sleep(delayMs, timer.signal).then(
      () => {
        if (this.#timer === timer) this.#dispatch();
      },
      () => {},
    );
  }
}

export type RateLimiterRegistryOptions = RateLimiterOptions;

/**
 * Limiters keyed by provider/service/action. Pass one registry to several clients (same account) so their
 * calls share the budget; each client otherwise gets its own.
 */
export class RateLimiterRegistry {
  readonly #limiters = new Map<string, RateLimiter>();
  readonly #options: RateLimiterOptions;

  constructor(options: RateLimiterRegistryOptions = {}) {
    this.#options = { ...options };
  }

  /** The limiter for `key`, created with `qps` on first use (a later, different qps replaces it). */
  limiter(key: string, qps: number): RateLimiter {
    let limiter = this.#limiters.get(key);
    if (!limiter || limiter.qps !== qps) {
      limiter = new RateLimiter(qps, this.#options);
      this.#limiters.set(key, limiter);
    }
    return limiter;
  }

  acquire(key: string, qps: number, signal?: AbortSignal): Promise<ReleaseToken> {
    return this.limiter(key, qps).acquire(signal);
  }
}
