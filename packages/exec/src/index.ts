// @cloudexec/exec: run a command on a fleet on any of the four services, follow it, read the results, with one
// model. `Executor` + one adapter factory is the smallest use; `run`/`wait`/`results`/`cancel`/`describe` load
// the provider's adapter on demand.
export type { AgentState, CallContext, PartSnapshot, ProviderAdapter, RunRequest } from './adapter.ts';
export { createEcsAdapter } from './adapters/aliyun-ecs.ts';
export { createSwasAdapter } from './adapters/aliyun-swas.ts';
export { createBatchAdapter } from './adapters/tencent-batch.ts';
export { createTatAdapter } from './adapters/tencent-tat.ts';
export { loadAdapter, type ConnectOptions, type ExecClientOptions } from './connect.ts';
export { ExecUsageError, UnsupportedOperationError } from './errors.ts';
export {
  DEFAULT_WAIT_TIMEOUT_MS,
  Executor,
  type ExecutionResult,
  type ExecutorOptions,
  type RunOptions,
  type WaitOptions,
} from './execution.ts';
export { formatExecutionId, parseExecutionId, type ParsedId } from './ids.ts';
export { contentBytes, PROVIDER_LIMITS, type ProviderLimits } from './limits.ts';
export {
  EXEC_STATUSES,
  FINAL_STATUSES,
  PROVIDER_IDS,
  emptyCounts,
  isFinal,
  type ExecStatus,
  type ExecutionHandle,
  type ExecutionPart,
  type ExecutionState,
  type ProviderId,
  type RunInput,
  type StatusCounts,
  type TargetResult,
} from './model.ts';
export { decodeOutput, firstLine, type DecodedOutput } from './output.ts';
export { countStatuses, rollUp } from './rollup.ts';
export { chunk, splitTargets } from './split.ts';
export { neutralStatus, STATUS_TABLES, type StatusTable } from './status-tables.ts';
export { isProviderId, MAX_FLEET, validateRun } from './validate.ts';
export { cancel, describe, results, run, wait, type DescribeOptions } from './shortcuts.ts';
