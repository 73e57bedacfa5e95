// Small helpers so every await in a call can be abandoned the moment a signal fires, even when the awaited
// work (a custom transport, a credential provider) ignores signals itself.
import type { Clock } from './clock.ts';

/** Settles like `promise`, or rejects with `signal.reason` as soon as `signal` aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Combines signals; undefined entries are ignored; undefined when none is left. */
export function anySignal(...signals: Array<AbortSignal | undefined>): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length <= 1) return present[0];
  return AbortSignal.any(present);
}

/** A signal that aborts with `reason()` after `ms` on `clock`; `dispose` cancels the timer. */
export function timeoutSignal(clock: Clock, ms: number | undefined, reason: () => unknown): { signal: AbortSignal | undefined; dispose(): void } {
  if (ms === undefined || !Number.isFinite(ms)) return { signal: undefined, dispose() {} };
  const fire = new AbortController();
  if (clock.timer) {
    const clear = clock.timer(ms, () => fire.abort(reason()));
    return { signal: fire.signal, dispose: clear };
  }
  const cancel = new AbortController();
  clock.sleep(ms, cancel.signal).then(
    () => fire.abort(reason()),
    () => {},
  );
  return { signal: fire.signal, dispose: () => cancel.abort() };
}
