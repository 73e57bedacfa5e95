// Reading the run's inputs out of a request (through the operation's `request` map) and deciding whether an id
// the request names is known: in the engine's state, in a dataset, or in the service's documented examples.
import type { OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { isPresent, valuesAtPath } from '../param-path.ts';
import { findRun, findTask, scenarioFor, type EngineState } from './state.ts';

export type Datasets = ReadonlyMap<string, readonly Record<string, unknown>[]>;

/** Every value the input's path reaches, lists flattened, absent ones dropped. */
export function inputList(op: OperationModel, params: Record<string, unknown>, name: string): unknown[] {
  const path = op.execution?.request?.[name];
  if (path === undefined) return [];
  return valuesAtPath(params, path)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter(isPresent);
}

/** The input's first value (a path with `[]` reads the first element). */
export function input(op: OperationModel, params: Record<string, unknown>, name: string): unknown {
  return inputList(op, params, name)[0];
}

export function inputText(op: OperationModel, params: Record<string, unknown>, name: string): string | undefined {
  const value = input(op, params, name);
  return value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
}

export function inputNumber(op: OperationModel, params: Record<string, unknown>, name: string): number | undefined {
  const value = Number(input(op, params, name));
  return input(op, params, name) !== undefined && Number.isFinite(value) ? value : undefined;
}

export function inputFlag(op: OperationModel, params: Record<string, unknown>, name: string): boolean {
  const value = input(op, params, name);
  return value === true || value === 'true' || value === 'True';
}

const exampleStrings = new WeakMap<ServiceModel, Set<string>>();

/** Strings of every documented example, request and response: ids the documentation itself uses. */
function documentedStrings(model: ServiceModel): Set<string> {
  let found = exampleStrings.get(model);
  if (!found) {
    found = new Set();
    for (const op of model.operations) for (const example of op.examples) collectStrings(example, found);
    exampleStrings.set(model, found);
  }
  return found;
}

function collectStrings(node: unknown, into: Set<string>): void {
  if (typeof node === 'string') into.add(node);
  else if (Array.isArray(node)) for (const element of node) collectStrings(element, into);
  else if (node !== null && typeof node === 'object') for (const value of Object.values(node)) collectStrings(value, into);
}

function inDatasets(datasets: Datasets, value: string): boolean {
  for (const items of datasets.values()) {
    const strings = new Set<string>();
    collectStrings(items, strings);
    if (strings.has(value)) return true;
  }
  return false;
}

export type Entity = 'execution' | 'task' | 'command' | 'target';

/**
 * A target exists unless a scenario says it does not: a run may name any instance, as a real fleet has many the
 * mock was never told about. Executions, tasks and commands must be in state, a dataset or the examples.
 */
export function isKnown(state: EngineState, datasets: Datasets, entity: Entity, value: string): boolean {
  switch (entity) {
    case 'target':
      return scenarioFor(state, value).outcome !== 'not-found';
    case 'execution':
      if (findRun(state, value)) return true;
      break;
    case 'task':
      if (findTask(state, value)) return true;
      break;
    case 'command':
      if (state.commands.has(value)) return true;
      // A deleted command is gone even when the documentation shows its id.
      if (state.deletedCommands.has(value)) return false;
      break;
  }
  return inDatasets(datasets, value) || documentedStrings(state.model).has(value);
}

/** The first `notFound` rule the request breaks, as the documented error. */
export function notFoundError(
  state: EngineState,
  datasets: Datasets,
  op: OperationModel,
  params: Record<string, unknown>,
): { ok: false; code: string; message: string } | undefined {
  for (const rule of op.execution?.notFound ?? []) {
    const values = valuesAtPath(params, rule.parameter).flatMap((value) => (Array.isArray(value) ? value : [value]));
    const unknown = values.find((value) => isPresent(value) && !isKnown(state, datasets, rule.entity, String(value)));
    if (unknown !== undefined) {
      return { ok: false, code: rule.code, message: `The ${rule.entity} ${String(unknown)} named by ${rule.parameter} does not exist.` };
    }
  }
  return undefined;
}
