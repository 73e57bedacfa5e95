// One mock service's execution state: runs, saved commands, idempotency tokens and scenarios, on one clock.
import type { ExecutionsModel, IdFormat, ServiceModel, TargetPhase } from '@cloudexec/runtime/model';
import type { SimClock } from './clock.ts';
import type { IdMinter } from './ids.ts';
import { executionWord, rollUp, targetWord } from './rollup.ts';
import { stateAt, type TaskState } from './timeline.ts';
import type { CommandRecord, ExecutionRecord, Scenario, TaskRecord } from './types.ts';

export interface EngineState {
  model: ServiceModel;
  spec: ExecutionsModel;
  clock: SimClock;
  ids: IdMinter;
  runs: ExecutionRecord[];
  commands: Map<string, CommandRecord>;
  deletedCommands: Set<string>;
  tokens: Map<string, string>;
  /** Per target id; `*` applies to targets without their own. */
  scenarios: Map<string, Scenario>;
}

export const WILDCARD = '*';

const DEFAULT_IDS: Record<'task' | 'command' | 'target', IdFormat> = {
  task: { prefix: 'task-', length: 8 },
  command: { prefix: 'cmd-', length: 8 },
  target: { prefix: 'ins-', length: 8 },
};

export function mintId(state: EngineState, kind: 'execution' | 'task' | 'command' | 'target'): string {
  const format = state.spec.ids[kind] ?? DEFAULT_IDS[kind as keyof typeof DEFAULT_IDS];
  return state.ids.mint(format);
}

export function scenarioFor(state: EngineState, target: string): Scenario {
  return state.scenarios.get(target) ?? state.scenarios.get(WILDCARD) ?? {};
}

export function taskState(state: EngineState, task: TaskRecord): TaskState {
  return stateAt(task, state.clock.now());
}

export function taskWord(state: EngineState, phase: TargetPhase): string {
  return targetWord(state.spec.targetStatus, phase);
}

export function executionPhase(state: EngineState, run: ExecutionRecord) {
  return rollUp(run.tasks.map((task) => taskState(state, task).phase));
}

export function executionStatus(state: EngineState, run: ExecutionRecord): string {
  return executionWord(state.spec.executionStatus, executionPhase(state, run));
}

export function findRun(state: EngineState, id: unknown): ExecutionRecord | undefined {
  return typeof id === 'string' ? state.runs.find((run) => run.id === id) : undefined;
}

export function findTask(state: EngineState, id: unknown): { run: ExecutionRecord; task: TaskRecord } | undefined {
  for (const run of state.runs) {
    const task = run.tasks.find((candidate) => candidate.id === id);
    if (task) return { run, task };
  }
  return undefined;
}

/** Targets the state knows: those of any run and those a scenario names. */
export function knownTargets(state: EngineState): string[] {
  const targets = new Set(state.runs.flatMap((run) => run.tasks.map((task) => task.target)));
  for (const target of state.scenarios.keys()) if (target !== WILDCARD) targets.add(target);
  return [...targets];
}
