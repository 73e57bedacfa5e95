// A task's phase as a pure function of its plan, its stop request and the clock: the transitions are computed
// from the creation time, so the engine needs no timers and any clock (simulated, sped up, faked) drives it.
import type { TargetPhase } from '@cloudexec/runtime/model';
import type { TaskRecord } from './types.ts';

export interface Transition {
  phase: TargetPhase;
  at: number;
}

export interface TaskState {
  phase: TargetPhase;
  /** When the phase began. */
  since: number;
  /** When the command started running; undefined if it has not (yet). */
  startTime?: number;
  /** When the task reached a final phase; undefined while it is not final. */
  endTime?: number;
}

const FINAL: ReadonlySet<TargetPhase> = new Set(['succeeded', 'failed', 'timedOut', 'cancelled', 'terminated', 'undelivered', 'targetNotFound']);

export function isFinal(phase: TargetPhase): boolean {
  return FINAL.has(phase);
}

/** Phases that ran the command, so have an exit code and output. */
export function ran(phase: TargetPhase): boolean {
  return phase === 'succeeded' || phase === 'failed' || phase === 'timedOut' || phase === 'terminated';
}

/** Every transition the task makes, ignoring the clock; the last is final. */
export function transitions(task: TaskRecord): Transition[] {
  const { plan, createdAt } = task;
  if (plan.outcome === 'not-found') return [{ phase: 'targetNotFound', at: createdAt }];
  const steps: Transition[] = [{ phase: 'queued', at: createdAt }];
  const delivered = createdAt + plan.queuedMs;
  if (plan.outcome === 'agent-offline') {
    steps.push({ phase: 'undelivered', at: delivered });
  } else {
    if (plan.deliveringMs > 0) steps.push({ phase: 'delivering', at: delivered });
    const started = delivered + plan.deliveringMs;
    steps.push({ phase: 'running', at: started });
    const limit = task.timeoutMs;
    const runMs = plan.outcome === 'time-out' ? (limit ?? plan.runMs) : plan.runMs;
    if (plan.outcome === 'time-out' || (limit !== undefined && runMs > limit)) {
      steps.push({ phase: 'timedOut', at: started + (limit ?? runMs) });
    } else {
      steps.push({ phase: plan.outcome === 'fail' ? 'failed' : 'succeeded', at: started + runMs });
    }
  }
  return task.stopAt === undefined ? steps : withStop(steps, task.stopAt, plan.stopMs);
}

/** A stop while not yet running cancels at once; while running it passes through `stopping` to `terminated`. */
function withStop(steps: Transition[], stopAt: number, stopMs: number): Transition[] {
  const before = steps.filter((step) => step.at <= stopAt);
  const current = before[before.length - 1];
  if (!current || isFinal(current.phase)) return steps;
  if (current.phase !== 'running') return [...before, { phase: 'cancelled', at: stopAt }];
  return [...before, { phase: 'stopping', at: stopAt }, { phase: 'terminated', at: stopAt + stopMs }];
}

export function stateAt(task: TaskRecord, now: number): TaskState {
  const steps = transitions(task);
  const reached = steps.filter((step) => step.at <= now);
  const current = reached[reached.length - 1] ?? (steps[0] as Transition);
  const startTime = reached.find((step) => step.phase === 'running')?.at;
  return {
    phase: current.phase,
    since: current.at,
    ...(startTime !== undefined ? { startTime } : {}),
    ...(isFinal(current.phase) ? { endTime: current.at } : {}),
  };
}
