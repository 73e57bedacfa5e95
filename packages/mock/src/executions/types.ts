// The engine's records and the scenario a test sets per target. Records keep what was asked and when; a task's
// phase is never stored but computed from its plan and the clock (timeline.ts).
import type { TargetPhase } from '@cloudexec/runtime/model';

export type Outcome = 'succeed' | 'fail' | 'time-out' | 'agent-offline' | 'not-found';

/** How one target's task ends and how long each phase lasts; every member optional. */
export interface Scenario {
  /** Default `succeed`, or `fail` when a non-zero `exitCode` is given. */
  outcome?: Outcome;
  /** Exit code of a finished run: 0 on success, 1 by default on failure. */
  exitCode?: number;
  /** The command's output (text); default derived from the command and the target. */
  output?: string;
  /** Time accepted but not delivered (default 1000). For `agent-offline`, the time until delivery gives up. */
  queuedMs?: number;
  /** Time being delivered (default 0; services without a delivering status never show it). */
  deliveringMs?: number;
  /** Run time (default 2000); for `time-out` the execution's timeout, else 60 s. A run longer than the timeout times out. */
  runMs?: number;
  /** Time between a stop of a running task and its terminated status (default 1000). */
  stopMs?: number;
}

export interface Plan {
  outcome: Outcome;
  exitCode: number;
  output: string;
  queuedMs: number;
  deliveringMs: number;
  runMs: number;
  stopMs: number;
}

export interface TaskRecord {
  id: string;
  target: string;
  index: number;
  createdAt: number;
  plan: Plan;
  /** Execution timeout in ms, if the run had one. */
  timeoutMs?: number;
  stopAt?: number;
}

export interface ExecutionRecord {
  id: string;
  commandId?: string;
  commandName?: string;
  commandType?: string;
  contentText: string;
  createdAt: number;
  timeoutSeconds?: number;
  workingDirectory?: string;
  username?: string;
  parameters?: Record<string, unknown>;
  clientToken?: string;
  tasks: TaskRecord[];
}

export interface CommandRecord {
  id: string;
  name?: string;
  description?: string;
  contentText: string;
  type?: string;
  timeoutSeconds?: number;
  workingDirectory?: string;
  username?: string;
  createdAt: number;
  updatedAt: number;
  invocationCount: number;
}

/** One task as `list()` shows it. */
export interface TaskSnapshot {
  id: string;
  target: string;
  phase: TargetPhase;
  status: string;
  exitCode: number | null;
  output: string;
}

/** One execution as `list()` shows it, at the clock's current time. */
export interface ExecutionSnapshot {
  id: string;
  phase: string;
  status: string;
  commandId?: string;
  content: string;
  createdAt: number;
  tasks: TaskSnapshot[];
}
