// The engine: run (validate, split, pace), follow (poll every part, roll up), read results, cancel. It works
// on any ProviderAdapter; the adapters speak the services.
import { RateLimiter, systemClock, waitFor, type Clock } from '@cloudexec/runtime';
import type { ProviderAdapter, RunRequest } from './adapter.ts';
import { ExecUsageError, UnsupportedOperationError } from './errors.ts';
import { formatExecutionId, parseExecutionId } from './ids.ts';
import { PROVIDER_LIMITS } from './limits.ts';
import { isFinal, type ExecutionHandle, type ExecutionPart, type ExecutionState, type RunInput, type TargetResult } from './model.ts';
import { countStatuses, rollUp } from './rollup.ts';
import { chunk, splitTargets } from './split.ts';
import { validateRun } from './validate.ts';

/** Longest run a service allows (86 400 s) plus time to deliver and report. */
export const DEFAULT_WAIT_TIMEOUT_MS = 86_400_000 + 600_000;
// Describe calls in flight at once while following a split fleet; the client's rate limiter paces them further.
const POLL_CONCURRENCY = 4;

export interface ExecutorOptions {
  clock?: Clock;
}

export interface RunOptions {
  /** Batch: availability zone (Placement.Zone) of the job. */
  zone?: string;
  clientToken?: string;
}

export interface WaitOptions {
  /** Called after every round of polls with the execution's state. */
  onProgress?: (state: ExecutionState) => void;
  signal?: AbortSignal;
  /** Give up after this long (the result is then the last state, still running). */
  timeoutMs?: number;
  /** First delay between polls (default 1 000 ms), growing to maxDelayMs (default 5 000 ms). */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface ExecutionResult extends ExecutionState {
  /** False when the wait ended on its timeout before every target finished. */
  finished: boolean;
}

export class Executor {
  readonly adapter: ProviderAdapter;
  readonly #clock: Clock;

  constructor(adapter: ProviderAdapter, options: ExecutorOptions = {}) {
    this.adapter = adapter;
    this.#clock = options.clock ?? systemClock;
  }

  /** Validates, splits the fleet into runs within the service's per-call limit and starts them, paced. */
  async run(input: RunInput, options: RunOptions = {}): Promise<ExecutionHandle> {
    validateRun(input);
    const { provider } = this.adapter;
    if (input.provider !== provider) throw new ExecUsageError('provider', `this executor runs on ${provider}, not ${input.provider}`);
    if (provider === 'tencent-batch' && !options.zone)
      throw new ExecUsageError('zone', 'tencent-batch needs the availability zone of the job (e.g. ap-guangzhou-3)');
    const limiter = new RateLimiter(PROVIDER_LIMITS[provider].runsPerSecond, { clock: this.#clock });
    const batches = splitTargets(provider, input.targets);
    const parts: ExecutionPart[] = [];
    try {
      await Promise.all(
        batches.map(async (targets, index) => {
          const release = await limiter.acquire(input.signal);
          try {
            input.signal?.throwIfAborted();
            const request: RunRequest = {
              region: input.region,
              targets,
              command: input.command,
              timeout: input.timeout,
              workingDirectory: input.workingDirectory,
              user: input.user,
              parameters: input.parameters,
              zone: options.zone,
              clientToken: options.clientToken && batches.length > 1 ? `${options.clientToken.slice(0, 58)}-${index}` : options.clientToken,
            };
            const id = await this.adapter.start(request, { signal: input.signal });
            parts[index] = { id, targets };
          } finally {
            release();
          }
        }),
      );
    } catch (error) {
      // Runs already started would otherwise go on unseen: stop them where the service can.
      const started = parts.filter(Boolean);
      await Promise.allSettled(started.map((part) => this.adapter.cancel(part, undefined, {})));
      throw error;
    }
    return this.#handle(input.region, parts);
  }

  /** The execution's state now: one round of describe calls over every part. */
  async poll(handle: ExecutionHandle, options: { signal?: AbortSignal; withOutput?: boolean } = {}): Promise<ExecutionState> {
    const snapshots = await mapLimited(handle.parts, POLL_CONCURRENCY, (part) => this.adapter.poll(part, options));
    const targets: TargetResult[] = [];
    const providerStatus: Record<string, string> = {};
    handle.parts.forEach((part, index) => {
      const snapshot = snapshots[index];
      if (!snapshot) return;
      providerStatus[part.id] = snapshot.providerStatus;
      const byTarget = new Map(snapshot.targets.map((target) => [target.target, target]));
      for (const target of part.targets) {
        targets.push(byTarget.get(target) ?? { target, executionId: part.id, status: 'pending', providerStatus: '' });
      }
    });
    const counts = countStatuses(targets);
    return { handle, status: rollUp(counts), providerStatus, counts, targets };
  }

  /** Polls until every target has ended (or the timeout); resolves with the final state, output included. */
  async wait(handle: ExecutionHandle, options: WaitOptions = {}): Promise<ExecutionResult> {
    // The waiter decides when to stop; the final round below reads the output, which some services send only on request.
    await waitFor<ExecutionState>({
      poll: (signal) => this.poll(handle, signal ? { signal } : {}),
      check: (state) => {
        options.onProgress?.(state);
        return isFinal(state.status) ? (state.status === 'succeeded' ? 'success' : 'failure') : 'pending';
      },
      timeoutMs: options.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS,
      minDelayMs: options.minDelayMs ?? 1000,
      maxDelayMs: options.maxDelayMs ?? 5000,
      clock: this.#clock,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const final = await this.poll(handle, { withOutput: true, ...(options.signal ? { signal: options.signal } : {}) });
    return { ...final, finished: isFinal(final.status) };
  }

  /** Per-target results with decoded output, part by part. */
  async *results(handle: ExecutionHandle, options: { signal?: AbortSignal } = {}): AsyncGenerator<TargetResult> {
    for (const part of handle.parts) {
      const state = await this.poll({ ...handle, parts: [part] }, { ...options, withOutput: true });
      yield* state.targets;
    }
  }

  /** Stops the execution (on some targets, or all). Rejects with UnsupportedOperationError on SWAS. */
  async cancel(handle: ExecutionHandle, options: { targets?: readonly string[]; signal?: AbortSignal } = {}): Promise<void> {
    const limit = PROVIDER_LIMITS[this.adapter.provider].targetsPerCancel;
    if (limit === 0) throw new UnsupportedOperationError(`${this.adapter.provider} documents no way to stop a running command`);
    const wanted = options.targets ? new Set(options.targets) : undefined;
    for (const part of handle.parts) {
      const targets = wanted ? part.targets.filter((target) => wanted.has(target)) : undefined;
      if (targets && targets.length === 0) continue;
      // Without a target list the service stops every target of the part in one call.
      const batches = targets ? chunk(targets, limit) : part.targets.length > limit ? chunk(part.targets, limit) : [undefined];
      for (const batch of batches) await this.adapter.cancel(part, batch, options);
    }
  }

  /** The handle of an execution from its id (ours, or a bare service id with the region). */
  async describe(id: string, options: { region?: string; signal?: AbortSignal } = {}): Promise<ExecutionHandle> {
    const parsed = parseExecutionId(id);
    if (parsed.provider && parsed.provider !== this.adapter.provider) {
      throw new ExecUsageError('id', `${id} is a ${parsed.provider} execution, not ${this.adapter.provider}`);
    }
    const region = parsed.region ?? options.region;
    if (!region) throw new ExecUsageError('region', `a region is needed to find ${id}`);
    const parts = await mapLimited(parsed.partIds, POLL_CONCURRENCY, (partId) => this.adapter.describe(partId, options));
    return this.#handle(region, parts);
  }

  #handle(region: string, parts: ExecutionPart[]): ExecutionHandle {
    const { provider } = this.adapter;
    return { id: formatExecutionId(provider, region, parts), provider, region, parts };
  }
}

/** Runs `fn` over `items` with at most `limit` in flight; results in input order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
