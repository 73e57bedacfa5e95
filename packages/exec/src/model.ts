// The neutral model: one execution of one command on N targets, whichever service runs it.

/** The four services that run commands. */
export type ProviderId = 'tencent-tat' | 'tencent-batch' | 'aliyun-ecs' | 'aliyun-swas';

export const PROVIDER_IDS: readonly ProviderId[] = ['tencent-tat', 'tencent-batch', 'aliyun-ecs', 'aliyun-swas'];

/** One status vocabulary for an execution and for each of its targets. */
export type ExecStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'timed-out' | 'cancelled';

export const EXEC_STATUSES: readonly ExecStatus[] = ['pending', 'running', 'succeeded', 'failed', 'timed-out', 'cancelled'];

export const FINAL_STATUSES: ReadonlySet<ExecStatus> = new Set(['succeeded', 'failed', 'timed-out', 'cancelled']);

export function isFinal(status: ExecStatus): boolean {
  return FINAL_STATUSES.has(status);
}

/** What to run, where. */
export interface RunInput {
  provider: ProviderId;
  region: string;
  /** Instance ids (TAT, ECS, SWAS); for Batch one compute environment id (`env-…`). */
  targets: readonly string[];
  /** The command text, as the shell will see it (encoded for the wire by the adapter). */
  command: string;
  /** Seconds the command may run. */
  timeout?: number;
  workingDirectory?: string;
  /** OS user that runs the command. */
  user?: string;
  /** Values for `{{name}}` placeholders in the command; turns parameter substitution on. */
  parameters?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

/** One run started by the service (a fleet larger than a call's limit gives several). */
export interface ExecutionPart {
  /** The service's id: TAT/ECS/SWAS invocation id, Batch job id. */
  id: string;
  targets: readonly string[];
}

/** What `run` returns and `describe` rebuilds: enough to follow, read and cancel the execution. */
export interface ExecutionHandle {
  /** `<provider>:<region>:<part id>[+<part id>…]`, accepted by `describe` and the CLI. */
  id: string;
  provider: ProviderId;
  region: string;
  parts: readonly ExecutionPart[];
}

/** One target's state. */
export interface TargetResult {
  target: string;
  /** The execution part (service id) that ran this target. */
  executionId: string;
  status: ExecStatus;
  /** The service's own word for it (TAT `TIMEOUT`, ECS `Stopped`, Batch `FAILED_INTERRUPTED`). */
  providerStatus: string;
  exitCode?: number;
  /** Output decoded to text. */
  output?: string;
  /** True when the service cut the output (bytes dropped, or a documented truncation flag). */
  truncated?: boolean;
  startTime?: string;
  endTime?: string;
  errorCode?: string;
  errorMessage?: string;
}

/** Counts of targets per neutral status. */
export type StatusCounts = Record<ExecStatus, number>;

/** A snapshot of the whole execution. */
export interface ExecutionState {
  handle: ExecutionHandle;
  status: ExecStatus;
  /** The service's overall word per part, by part id. */
  providerStatus: Readonly<Record<string, string>>;
  counts: StatusCounts;
  targets: readonly TargetResult[];
}

export function emptyCounts(): StatusCounts {
  return { pending: 0, running: 0, succeeded: 0, failed: 0, 'timed-out': 0, cancelled: 0 };
}
