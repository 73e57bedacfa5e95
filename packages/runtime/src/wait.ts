// Waiters: poll until a predicate calls the result done or failed, or the deadline passes. Delays grow
// exponentially between minDelayMs and maxDelayMs and never overshoot the deadline.
import { abortable, anySignal, timeoutSignal } from './abort.ts';
import { systemClock, type Clock } from './clock.ts';
import { ConfigurationError, TimeoutError } from './errors.ts';

export type WaitState = 'success' | 'failure' | 'pending';

export interface WaitOptions<O> {
  /** One poll, typically `(signal) => client.send(op, input, { signal })`. Its errors propagate. */
  poll: (signal: AbortSignal | undefined) => Promise<O>;
  /** Classifies a poll result. */
  check: (result: O) => WaitState;
  /** Overall deadline, measured from the first poll. */
  timeoutMs: number;
  /** First delay between polls (default 1 000 ms). */
  minDelayMs?: number;
  /** Largest delay between polls (default 15 000 ms). */
  maxDelayMs?: number;
  signal?: AbortSignal;
  clock?: Clock;
}

export interface WaitResult<O> {
  /** What ended the wait. */
  state: 'success' | 'failure' | 'timeout';
  /** The last poll's result. */
  result: O;
  /** Polls made. */
  attempts: number;
}

/**
 * Polls until `check` says success or failure, or `timeoutMs` passes. The deadline also bounds the poll in
 * flight: it is aborted then, and the wait ends with the last complete result (or a TimeoutError when no poll
 * ever completed). Rejects with the signal's reason on abort, and with a ConfigurationError on timing options
 * that cannot work (NaN, negative, infinite or zero).
 */
export async function waitFor<O>(options: WaitOptions<O>): Promise<WaitResult<O>> {
  const clock = options.clock ?? systemClock;
  const timeoutMs = checkTiming('timeoutMs', options.timeoutMs);
  const minDelay = checkTiming('minDelayMs', options.minDelayMs ?? 1000);
  const maxDelay = checkTiming('maxDelayMs', options.maxDelayMs ?? Math.max(15_000, minDelay));
  if (maxDelay < minDelay) {
    throw new ConfigurationError(`Waiter option maxDelayMs must not be less than minDelayMs (got ${maxDelay} < ${minDelay})`);
  }
  const { signal } = options;
  const deadline = clock.now() + timeoutMs;
  let last: O | undefined;
  for (let attempts = 1; ; attempts++) {
    signal?.throwIfAborted();
    // A timer per poll (not one for the whole wait) so virtual clocks in tests only see it while a poll is out.
    const expiry = timeoutSignal(clock, Math.max(0, deadline - clock.now()), () => new TimeoutError({ action: 'waiter', scope: 'total', timeoutMs }));
    const pollSignal = anySignal(signal, expiry.signal);
    let result: O;
    try {
      result = await abortable(options.poll(pollSignal), pollSignal);
    } catch (error) {
      if (signal?.aborted || !expiry.signal?.aborted) throw error;
      if (attempts === 1) throw expiry.signal.reason;
      return { state: 'timeout', result: last as O, attempts: attempts - 1 };
    } finally {
      expiry.dispose();
    }
    last = result;
    const state = options.check(result);
    if (state !== 'pending') return { state, result, attempts };
    const remaining = deadline - clock.now();
    if (remaining <= 0) return { state: 'timeout', result, attempts };
    const delay = Math.min(maxDelay, minDelay * 2 ** (attempts - 1), remaining);
    await clock.sleep(delay, signal);
  }
}

/** A finite number of milliseconds greater than 0; anything else would poll forever, flat out, or once. */
function checkTiming(name: string, value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw new ConfigurationError(`Waiter option ${name} must be a finite number of milliseconds greater than 0 (got ${String(value)})`);
}

/** What a generated `waitUntil<Name>` takes besides the client and the input. */
export interface WaiterOptions {
  /** Overall deadline, measured from the first poll (default 300 000 ms). */
  timeoutMs?: number;
  /** First delay between polls (default 1 000 ms). */
  minDelayMs?: number;
  /** Largest delay between polls (default 15 000 ms). */
  maxDelayMs?: number;
  signal?: AbortSignal;
}

export const DEFAULT_WAITER_TIMEOUT_MS = 300_000;

export interface StatusWaitOptions<O> extends WaiterOptions {
  poll: (signal: AbortSignal | undefined) => Promise<O>;
  /** The status of every item the poll returned. */
  statusesOf: (result: O) => ReadonlyArray<unknown>;
  success: readonly string[];
  failure: readonly string[];
  clock?: Clock;
}

/** waitFor over item statuses: the shape every generated waiter has. */
export function waitForStatus<O>(options: StatusWaitOptions<O>): Promise<WaitResult<O>> {
  const { poll, statusesOf, success, failure, timeoutMs, ...rest } = options;
  return waitFor({
    ...rest,
    poll,
    check: (result) => statusWaitState(statusesOf(result), success, failure),
    timeoutMs: timeoutMs ?? DEFAULT_WAITER_TIMEOUT_MS,
  });
}

/**
 * Failure as soon as one status is a failure value; success when there is at least one status and every one is
 * a success value; pending otherwise (an empty list too: a new resource may not be listed yet).
 */
export function statusWaitState(statuses: ReadonlyArray<unknown>, success: readonly string[], failure: readonly string[]): WaitState {
  const has = (values: readonly string[], status: unknown) => typeof status === 'string' && values.includes(status);
  if (statuses.some((status) => has(failure, status))) return 'failure';
  if (statuses.length > 0 && statuses.every((status) => has(success, status))) return 'success';
  return 'pending';
}
