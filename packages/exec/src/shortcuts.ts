// The one-call API of the issue: run(input) → handle; wait/results/cancel(handle); describe(id). The handle
// remembers the executor that started it, so the follow-up calls need no options again.
import { loadAdapter, type ExecClientOptions } from './connect.ts';
import { ExecUsageError } from './errors.ts';
import { Executor, type ExecutionResult, type RunOptions, type WaitOptions } from './execution.ts';
import { parseExecutionId } from './ids.ts';
import type { ExecutionHandle, ProviderId, RunInput, TargetResult } from './model.ts';
import { validateRun } from './validate.ts';

const executors = new WeakMap<ExecutionHandle, Executor>();

async function executorFor(provider: ProviderId, region: string, options: ExecClientOptions): Promise<Executor> {
  return new Executor(await loadAdapter({ ...options, provider, region }), options.clock ? { clock: options.clock } : {});
}

function executorOf(handle: ExecutionHandle): Executor {
  const executor = executors.get(handle);
  if (!executor) throw new ExecUsageError('handle', 'this handle did not come from run() or describe(); use an Executor');
  return executor;
}

/** Starts `input.command` on `input.targets`; validation happens before anything is loaded or sent. */
export async function run(input: RunInput & RunOptions, options: ExecClientOptions = {}): Promise<ExecutionHandle> {
  validateRun(input);
  const executor = await executorFor(input.provider, input.region, options);
  const { zone, clientToken, ...rest } = input;
  const handle = await executor.run(rest, { ...(zone ? { zone } : {}), ...(clientToken ? { clientToken } : {}) });
  executors.set(handle, executor);
  return handle;
}

export function wait(handle: ExecutionHandle, options?: WaitOptions): Promise<ExecutionResult> {
  return executorOf(handle).wait(handle, options);
}

export function results(handle: ExecutionHandle, options?: { signal?: AbortSignal }): AsyncGenerator<TargetResult> {
  return executorOf(handle).results(handle, options);
}

export function cancel(handle: ExecutionHandle, options?: { targets?: readonly string[]; signal?: AbortSignal }): Promise<void> {
  return executorOf(handle).cancel(handle, options);
}

export interface DescribeOptions extends ExecClientOptions {
  /** Needed for a bare service id; taken from an id of ours. */
  provider?: ProviderId;
  region?: string;
  signal?: AbortSignal;
}

/** The handle of an execution started elsewhere (another process, the CLI, the console). */
export async function describe(id: string, options: DescribeOptions = {}): Promise<ExecutionHandle> {
  const parsed = parseExecutionId(id);
  const provider = parsed.provider ?? options.provider;
  const region = parsed.region ?? options.region;
  if (!provider || !region) throw new ExecUsageError('id', `${id} is a bare service id: pass provider and region`);
  const { provider: _p, region: _r, signal, ...client } = options;
  const executor = await executorFor(provider, region, client);
  const handle = await executor.describe(id, { region, ...(signal ? { signal } : {}) });
  executors.set(handle, executor);
  return handle;
}
