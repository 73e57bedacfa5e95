// Every documented status word of each service → the neutral status. The service's word is always kept
// beside the neutral one (TargetResult.providerStatus), so nothing is lost by the mapping.
// Sources: the specs' enums and /work/shared/vendor-docs/run (fact sheets); test/status-tables.test.ts checks
// that every status value in specs/ has a row here.
import type { ExecStatus, ProviderId } from './model.ts';

export interface StatusTable {
  /** Per-target words (TAT TaskStatus, ECS/SWAS per-instance InvocationStatus, Batch TaskInstanceState). */
  target: Readonly<Record<string, ExecStatus>>;
  /** Overall words (TAT InvocationStatus, ECS/SWAS InvokeStatus / InvocationStatus / InvokeRecordStatus, Batch JobState). */
  execution: Readonly<Record<string, ExecStatus>>;
}

const TAT: StatusTable = {
  target: {
    PENDING: 'pending',
    DELIVERING: 'pending',
    // Delivery postponed (agent busy or offline): not yet running, may still run.
    DELIVER_DELAYED: 'pending',
    DELIVER_FAILED: 'failed',
    START_FAILED: 'failed',
    RUNNING: 'running',
    SUCCESS: 'succeeded',
    FAILED: 'failed',
    TIMEOUT: 'timed-out',
    // The agent stopped answering: the task ran out of time without a verdict.
    TASK_TIMEOUT: 'timed-out',
    // Transient between CancelInvocation and CANCELLED/TERMINATED: the command may still be running.
    CANCELLING: 'running',
    CANCELLED: 'cancelled',
    TERMINATED: 'cancelled',
  },
  execution: {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLING: 'running',
    SUCCESS: 'succeeded',
    TIMEOUT: 'timed-out',
    FAILED: 'failed',
    CANCELLED: 'cancelled',
    PARTIAL_FAILED: 'failed',
    PARTIAL_CANCELLED: 'cancelled',
  },
};

// Batch has no cancelled word: TerminateJob ends instances FAILED (documented rule), so a terminated job reads
// as failed with the provider status beside it.
const BATCH_STATES: Record<string, ExecStatus> = {
  SUBMITTED: 'pending',
  PENDING: 'pending',
  RUNNABLE: 'pending',
  STARTING: 'pending',
  RUNNING: 'running',
  SUCCEED: 'succeeded',
  FAILED: 'failed',
  // Failed, instance kept for inspection (FailedAction INTERRUPT).
  FAILED_INTERRUPTED: 'failed',
};

const BATCH: StatusTable = { target: BATCH_STATES, execution: BATCH_STATES };

// ECS and SWAS share Cloud Assistant's per-instance words.
const CLOUD_ASSISTANT_TARGET: Record<string, ExecStatus> = {
  Pending: 'pending',
  // A periodic run between two runs; a one-time run never shows it.
  Scheduled: 'pending',
  Invalid: 'failed',
  Aborted: 'failed',
  Running: 'running',
  Success: 'succeeded',
  Failed: 'failed',
  Error: 'failed',
  Timeout: 'timed-out',
  Cancelled: 'cancelled',
  Stopping: 'running',
  Terminated: 'cancelled',
};

const CLOUD_ASSISTANT_EXECUTION: Record<string, ExecStatus> = {
  ...CLOUD_ASSISTANT_TARGET,
  // One-time run: every instance done with none failed (Finished) / failed on some (PartialFailed).
  Finished: 'succeeded',
  PartialFailed: 'failed',
  Stopped: 'cancelled',
};

const ECS: StatusTable = { target: CLOUD_ASSISTANT_TARGET, execution: CLOUD_ASSISTANT_EXECUTION };
const SWAS: StatusTable = { target: CLOUD_ASSISTANT_TARGET, execution: CLOUD_ASSISTANT_EXECUTION };

export const STATUS_TABLES: Readonly<Record<ProviderId, StatusTable>> = {
  'tencent-tat': TAT,
  'tencent-batch': BATCH,
  'aliyun-ecs': ECS,
  'aliyun-swas': SWAS,
};

/**
 * The neutral status of a service word. An undocumented word (a service adding one) reads as `running` so a
 * follower keeps polling rather than stopping early; the word is still shown beside it.
 */
export function neutralStatus(provider: ProviderId, kind: keyof StatusTable, word: string | undefined): ExecStatus {
  if (word === undefined || word === '') return 'pending';
  return STATUS_TABLES[provider][kind][word] ?? 'running';
}
