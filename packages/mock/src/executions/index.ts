// The execution engine of one mock service (docs/executions.md): plays runs on a simulated clock from the
// service model's `executions` data, answers the operations that carry an `execution` role, and exposes the
// typed scenario API (`mock.executions`). Services whose spec says nothing about runs answer as before.
import type { OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { createSimClock } from './clock.ts';
import { describe } from './describe.ts';
import { createIdMinter } from './ids.ts';
import { notFoundError, type Datasets } from './lookup.ts';
import type { EngineAnswer } from './respond.ts';
import { createCommand, deleteCommand, startRun, stopRun } from './run.ts';
import { executionPhase, executionStatus, taskState, taskWord, type EngineState } from './state.ts';
import { ran } from './timeline.ts';
import type { ExecutionSnapshot, Scenario } from './types.ts';

export type { ExecutionSnapshot, Outcome, Scenario, TaskSnapshot } from './types.ts';
export { spedUpClock } from './clock.ts';
export type { EngineAnswer } from './respond.ts';

/** `mock.executions`: scenarios per target and the simulated clock. */
export interface ExecutionsControl {
  /** Whether the service's spec describes runs (false: the other methods still work but nothing plays). */
  readonly enabled: boolean;
  /** How runs started from now on end on `target` (`*`: every target without its own scenario). */
  scenario(target: string, scenario: Scenario): void;
  /** Moves the simulated clock forward. */
  advance(ms: number): void;
  /** The simulated time, epoch milliseconds. */
  now(): number;
  /** Every run in state as it stands now, oldest first. */
  list(): ExecutionSnapshot[];
}

export interface ExecutionEngine {
  readonly control: ExecutionsControl;
  /** The answer of an operation with an execution role; undefined to answer as without the engine. */
  handle(op: OperationModel, params: Record<string, unknown>, datasets: Datasets): EngineAnswer | undefined;
  /** Clears runs, commands, tokens, scenarios and the clock's advance. */
  reset(): void;
}

const OUTCOMES = new Set(['succeed', 'fail', 'time-out', 'agent-offline', 'not-found']);
const DURATIONS = ['queuedMs', 'deliveringMs', 'runMs', 'stopMs'] as const;

export function createExecutionEngine(model: ServiceModel, clockBase?: () => number): ExecutionEngine {
  const spec = model.executions ?? {
    targetStatus: {},
    executionStatus: {},
    output: { encoding: 'plain' as const, maxBytes: 24_576 },
    ids: { execution: { prefix: 'exec-', length: 8 } },
  };
  const state: EngineState = {
    model,
    spec,
    clock: createSimClock(clockBase),
    ids: createIdMinter(),
    runs: [],
    commands: new Map(),
    deletedCommands: new Set(),
    tokens: new Map(),
    scenarios: new Map(),
  };
  const control: ExecutionsControl = {
    enabled: model.executions !== undefined,
    scenario(target, scenario) {
      checkScenario(target, scenario);
      state.scenarios.set(target, { ...scenario });
    },
    advance: (ms) => state.clock.advance(ms),
    now: () => state.clock.now(),
    list: () => state.runs.map((run) => snapshot(state, run)),
  };
  return {
    control,
    handle(op, params, datasets) {
      const role = op.execution?.role;
      if (!model.executions || !role) return undefined;
      const missing = notFoundError(state, datasets, op, params);
      if (missing) return missing;
      switch (role) {
        case 'run':
        case 'invoke':
          return startRun(state, datasets, op, params);
        case 'stop':
          return stopRun(state, op, params);
        case 'createCommand':
          return createCommand(state, op, params);
        case 'deleteCommand':
          return deleteCommand(state, op, params);
        default:
          return describe(state, datasets, op, params);
      }
    },
    reset() {
      state.runs = [];
      state.commands.clear();
      state.deletedCommands.clear();
      state.tokens.clear();
      state.scenarios.clear();
      state.ids.reset();
      state.clock.reset();
    },
  };
}

/** Refuses a scenario the engine could not play, with the reason (the control endpoint answers it as a 400). */
export function checkScenario(target: unknown, scenario: unknown): asserts scenario is Scenario {
  if (typeof target !== 'string' || target === '') throw new TypeError('a scenario needs a target id (or "*")');
  if (scenario === null || typeof scenario !== 'object' || Array.isArray(scenario)) throw new TypeError('a scenario is an object');
  const s = scenario as Record<string, unknown>;
  const known = new Set<string>(['outcome', 'exitCode', 'output', ...DURATIONS]);
  const extra = Object.keys(s).find((key) => !known.has(key));
  if (extra !== undefined) throw new TypeError(`unknown scenario member ${extra}`);
  if (s['outcome'] !== undefined && !OUTCOMES.has(String(s['outcome']))) throw new TypeError(`outcome is one of ${[...OUTCOMES].join(', ')}`);
  if (s['exitCode'] !== undefined && !Number.isInteger(s['exitCode'])) throw new TypeError('exitCode is an integer');
  if (s['output'] !== undefined && typeof s['output'] !== 'string') throw new TypeError('output is a string');
  for (const key of DURATIONS) {
    const value = s[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) throw new TypeError(`${key} is a non-negative number`);
  }
}

function snapshot(state: EngineState, run: Parameters<typeof executionPhase>[1]): ExecutionSnapshot {
  return {
    id: run.id,
    phase: executionPhase(state, run),
    status: executionStatus(state, run),
    ...(run.commandId !== undefined ? { commandId: run.commandId } : {}),
    content: run.contentText,
    createdAt: run.createdAt,
    tasks: run.tasks.map((task) => {
      const { phase } = taskState(state, task);
      return {
        id: task.id,
        target: task.target,
        phase,
        status: taskWord(state, phase),
        exitCode: phase === 'succeeded' ? 0 : phase === 'failed' ? task.plan.exitCode : null,
        output: ran(phase) ? task.plan.output : '',
      };
    }),
  };
}
