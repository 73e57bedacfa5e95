// What each service contributes to an execution. The engine (execution.ts) does the splitting, pacing,
// polling and roll-up; an adapter only speaks its service's request and response shapes.
import type { ApiClientOptions } from '@cloudexec/runtime';
import type { ExecutionPart, ProviderId, TargetResult } from './model.ts';

/** Client options shared with the generated clients (credentials, endpoint, transport, clock, retry…). */
export type ExecClientOptions = Omit<ApiClientOptions, 'protocol' | 'service' | 'region'>;

/** A run as the adapter sends it: validated, defaults applied, for one batch of targets. */
export interface RunRequest {
  region: string;
  targets: readonly string[];
  command: string;
  timeout?: number | undefined;
  workingDirectory?: string | undefined;
  user?: string | undefined;
  parameters?: Readonly<Record<string, string>> | undefined;
  /** Batch: the availability zone of the job (Placement.Zone). */
  zone?: string | undefined;
  /** Idempotency token where the service documents one (ECS ClientToken, Batch ClientToken). */
  clientToken?: string | undefined;
}

/** One part's state from one round of describe calls. */
export interface PartSnapshot {
  /** The service's overall word for the part. */
  providerStatus: string;
  /** Every target of the part; a target the service does not list yet is absent (the engine shows it pending). */
  targets: TargetResult[];
}

export interface AgentState {
  target: string;
  online: boolean;
  /** The service's word (`Online`, `true`…), or `absent` when the service does not list the target. */
  providerStatus: string;
  version?: string;
  lastHeartbeat?: string;
}

export interface CallContext {
  signal?: AbortSignal | undefined;
}

export interface ProviderAdapter {
  readonly provider: ProviderId;
  /** Starts one run; resolves with the service's id for it. */
  start(request: RunRequest, context: CallContext): Promise<string>;
  /** Current state of one part; `withOutput` asks for decoded output too (one more call on some services). */
  poll(part: ExecutionPart, context: CallContext & { withOutput?: boolean }): Promise<PartSnapshot>;
  /** Stops a part on the given targets (all when omitted). Throws UnsupportedOperationError where none exists. */
  cancel(part: ExecutionPart, targets: readonly string[] | undefined, context: CallContext): Promise<void>;
  /** The targets of a part started elsewhere, from its id. */
  describe(id: string, context: CallContext): Promise<ExecutionPart>;
  /** Whether the agent is online on each target. */
  agents(targets: readonly string[], context: CallContext): Promise<AgentState[]>;
}
