// An execution's phase from its tasks' phases, and the service's word for a phase. The rule is ours where the
// service does not document one (docs/executions.md); a service without a word for a phase uses the word of
// the next phase in its fallback chain.
import type { ExecutionPhase, TargetPhase } from '@cloudexec/runtime/model';

const FAILED_TYPE: ReadonlySet<TargetPhase> = new Set(['failed', 'timedOut', 'undelivered', 'targetNotFound']);
const STOPPED: ReadonlySet<TargetPhase> = new Set(['cancelled', 'terminated']);

export function rollUp(phases: readonly TargetPhase[]): ExecutionPhase {
  const any = (test: (phase: TargetPhase) => boolean): boolean => phases.some(test);
  const all = (test: (phase: TargetPhase) => boolean): boolean => phases.length > 0 && phases.every(test);
  // A stop in progress outranks running: the service reports the cancel as soon as it is asked.
  if (any((p) => p === 'stopping')) return 'stopping';
  if (any((p) => p === 'running')) return 'running';
  if (phases.length === 0 || any((p) => p === 'queued' || p === 'delivering')) return 'pending';
  if (all((p) => p === 'succeeded')) return 'succeeded';
  if (all((p) => p === 'timedOut')) return 'timedOut';
  if (all((p) => STOPPED.has(p))) return 'cancelled';
  if (any((p) => STOPPED.has(p))) return 'partialCancelled';
  if (all((p) => FAILED_TYPE.has(p))) return 'failed';
  return 'partialFailed';
}

const EXECUTION_FALLBACK: Partial<Record<ExecutionPhase, ExecutionPhase>> = {
  partialCancelled: 'cancelled',
  partialFailed: 'failed',
  timedOut: 'failed',
  stopping: 'running',
  cancelled: 'failed',
};

const TARGET_FALLBACK: Partial<Record<TargetPhase, TargetPhase>> = {
  stopping: 'running',
  delivering: 'queued',
  terminated: 'cancelled',
  undelivered: 'failed',
  targetNotFound: 'failed',
  timedOut: 'failed',
  cancelled: 'failed',
};

export function executionWord(words: Partial<Record<ExecutionPhase, string>>, phase: ExecutionPhase): string {
  return wordFor(words, phase, EXECUTION_FALLBACK);
}

export function targetWord(words: Partial<Record<TargetPhase, string>>, phase: TargetPhase): string {
  return wordFor(words, phase, TARGET_FALLBACK);
}

function wordFor<P extends string>(words: Partial<Record<P, string>>, phase: P, fallback: Partial<Record<P, P>>): string {
  let current: P | undefined = phase;
  while (current !== undefined) {
    const word = words[current];
    if (word !== undefined) return word;
    current = fallback[current];
  }
  return phase;
}
