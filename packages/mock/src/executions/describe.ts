// The describe roles: one item per execution, task, command or agent in state (newest run first), each the
// documented example item with the `item` map written over it, then any dataset items, through the same filter
// and paging code as a dataset. With nothing in state and no dataset the caller serves the example as before.
import type { OperationModel } from '@cloudexec/runtime/model';
import { filterItems } from '../dataset.ts';
import { choosePagination, paginate, pagingParameters } from '../paginate.ts';
import { isRecord, setAtPath, valuesAtPath } from '../param-path.ts';
import { examplePayload } from '../respond.ts';
import type { Scope } from './expressions.ts';
import { input, inputList, type Datasets } from './lookup.ts';
import { render } from './render.ts';
import { respond, type EngineAnswer } from './respond.ts';
import { knownTargets, scenarioFor, type EngineState } from './state.ts';

type Params = Record<string, unknown>;
type Per = 'execution' | 'task' | 'command' | 'agent';

const DEFAULT_PER: Record<string, Per> = {
  describeExecutions: 'execution',
  describeTargets: 'task',
  describeCommands: 'command',
  describeAgents: 'agent',
};

export function describe(state: EngineState, datasets: Datasets, op: OperationModel, params: Params): EngineAnswer | undefined {
  const execution = op.execution;
  if (!execution) return undefined;
  const per = execution.itemsPer ?? DEFAULT_PER[execution.role] ?? 'execution';
  const itemsPath = execution.items ?? op.pagination[0]?.items;
  const scopes = scopesFor(state, op, params, per);
  const dataset = datasets.get(op.action);
  if (itemsPath === undefined) {
    // A describe of one entity (Batch DescribeJob): the response itself is the item.
    const [scope] = scopes;
    return scope ? respond(state, op, scope) : undefined;
  }
  if (!holdsState(state, per) && !dataset) return undefined;
  const [exampleList] = valuesAtPath(examplePayload(op), itemsPath);
  const template = Array.isArray(exampleList) && isRecord(exampleList[0]) ? exampleList[0] : {};
  const itemTarget = { schema: op.responseSchema, schemaPath: `${itemsPath}[]` };
  const items = scopes.map((scope) => render(structuredClone(template), execution.item ?? {}, scope, state, itemTarget));
  const all = [...items, ...(dataset ?? [])];
  const answer = respond(state, op, {});
  if (!answer.ok) return answer;
  const ignored = new Set([...pagingParameters(op), ...Object.values(execution.request ?? {})]);
  const matching = filterItems(all, params, op, ignored);
  const style = choosePagination(op, params);
  if (!style) {
    setAtPath(answer.data, itemsPath, structuredClone(matching));
    return answer;
  }
  const page = paginate(matching, params, op, style);
  if (!page.ok) return { ok: false, code: state.model.common.invalidParameterCode, message: page.message };
  setAtPath(answer.data, page.page.itemsPath, structuredClone(page.page.items));
  for (const [path, value] of Object.entries(page.page.fields)) setAtPath(answer.data, path, value);
  return answer;
}

function holdsState(state: EngineState, per: Per): boolean {
  if (per === 'command') return state.commands.size > 0 || state.deletedCommands.size > 0;
  if (per === 'agent') return knownTargets(state).length > 0;
  return state.runs.length > 0;
}

/** State entities the request's inputs select, as render scopes. */
function scopesFor(state: EngineState, op: OperationModel, params: Params, per: Per): Scope[] {
  const strings = (...names: string[]): string[] => names.flatMap((name) => inputList(op, params, name).map(String));
  const executionIds = strings('executionIds', 'executionId');
  const targets = strings('targets', 'target');
  const commandIds = strings('commandIds', 'commandId');
  const within = (list: string[], value: string | undefined): boolean => list.length === 0 || (value !== undefined && list.includes(value));
  const runs = [...state.runs].reverse().filter((run) => within(executionIds, run.id) && (per !== 'execution' || within(commandIds, run.commandId)));
  switch (per) {
    case 'execution':
      return runs
        .filter((run) => targets.length === 0 || run.tasks.some((task) => targets.includes(task.target)))
        .map((run) => ({ execution: run, ...(run.commandId && state.commands.has(run.commandId) ? { command: state.commands.get(run.commandId) } : {}) }));
    case 'task': {
      const taskIds = strings('taskIds');
      return runs.flatMap((run) =>
        run.tasks.filter((task) => within(taskIds, task.id) && within(targets, task.target)).map((task) => ({ execution: run, task })),
      );
    }
    case 'command': {
      const name = input(op, params, 'commandName');
      return [...state.commands.values()]
        .reverse()
        .filter((command) => within(commandIds, command.id) && (name === undefined || command.name === name))
        .map((command) => ({ command }));
    }
    case 'agent':
      return (targets.length > 0 ? targets : knownTargets(state)).map((target) => ({
        agent: { target, online: scenarioFor(state, target).outcome !== 'agent-offline' },
      }));
  }
}
