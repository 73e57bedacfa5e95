// The roles that change state: run (inline command), invoke (saved command), stop, createCommand, deleteCommand.
import type { OperationModel } from '@cloudexec/runtime/model';
import { input, inputFlag, inputList, inputNumber, inputText, isKnown, type Datasets } from './lookup.ts';
import { respond, unknownEntity, type EngineAnswer } from './respond.ts';
import { findRun, mintId, scenarioFor, taskState, type EngineState } from './state.ts';
import { fromBase64 } from './text.ts';
import { isFinal } from './timeline.ts';
import type { CommandRecord, ExecutionRecord, Plan, Scenario } from './types.ts';

type Params = Record<string, unknown>;

export function startRun(state: EngineState, datasets: Datasets, op: OperationModel, params: Params): EngineAnswer {
  const token = inputText(op, params, 'clientToken');
  const repeated = token === undefined ? undefined : findRun(state, state.tokens.get(token));
  // The same token answers with the run it started the first time (documented idempotency).
  if (repeated) return respond(state, op, { execution: repeated, ...commandScope(state, repeated.commandId) });
  let command: CommandRecord | undefined;
  if (op.execution?.role === 'invoke') {
    const id = inputText(op, params, 'commandId') ?? '';
    command = state.commands.get(id);
    if (!command) {
      if (!isKnown(state, datasets, 'command', id)) return unknownEntity(state, op, 'command', id);
      // A command the documentation shows: its text is not documented, so the run plays its id.
      command = newCommand(state, op, params, id, `# documented command ${id}`);
    }
    command.invocationCount += 1;
  }
  const contentText = command?.contentText ?? readContent(op, params);
  if (!command && inputFlag(op, params, 'keepCommand')) {
    command = newCommand(state, op, params, mintId(state, 'command'), contentText);
    state.commands.set(command.id, command);
    command.invocationCount = 1;
  }
  const now = state.clock.now();
  const timeoutSeconds = inputNumber(op, params, 'timeout') ?? command?.timeoutSeconds ?? schemaDefault(op, 'timeout');
  const run: ExecutionRecord = {
    id: mintId(state, 'execution'),
    commandId: command?.id ?? (state.spec.ids.command ? mintId(state, 'command') : undefined),
    commandName: inputText(op, params, 'commandName') ?? command?.name,
    commandType: inputText(op, params, 'commandType') ?? command?.type,
    contentText,
    createdAt: now,
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
    workingDirectory: inputText(op, params, 'workingDirectory') ?? command?.workingDirectory,
    username: inputText(op, params, 'username') ?? command?.username,
    parameters: readParameters(input(op, params, 'parameters')),
    ...(token !== undefined ? { clientToken: token } : {}),
    tasks: [],
  };
  run.tasks = targetsOf(state, op, params).map((target, index) => ({
    id: state.spec.ids.task ? mintId(state, 'task') : `${run.id}-${index}`,
    target,
    index,
    createdAt: now,
    plan: planFor(scenarioFor(state, target), target, contentText),
    ...(timeoutSeconds !== undefined ? { timeoutMs: timeoutSeconds * 1000 } : {}),
  }));
  state.runs.push(run);
  if (token !== undefined) state.tokens.set(token, run.id);
  return respond(state, op, { execution: run, ...(command ? { command } : {}) });
}

export function stopRun(state: EngineState, op: OperationModel, params: Params): EngineAnswer {
  const run = findRun(state, inputText(op, params, 'executionId'));
  // A documented id the state never saw: the example answer, as for any call on data the mock does not hold.
  if (!run) return respond(state, op, {});
  const targets = inputList(op, params, 'targets').map(String);
  const taskIds = inputList(op, params, 'taskIds').map(String);
  const now = state.clock.now();
  for (const task of run.tasks) {
    if (targets.length > 0 && !targets.includes(task.target)) continue;
    if (taskIds.length > 0 && !taskIds.includes(task.id)) continue;
    // Stopping a finished task changes nothing (a no-op, as the vendors document for finished instances).
    if (task.stopAt === undefined && !isFinal(taskState(state, task).phase)) task.stopAt = now;
  }
  return respond(state, op, { execution: run });
}

export function createCommand(state: EngineState, op: OperationModel, params: Params): EngineAnswer {
  const command = newCommand(state, op, params, mintId(state, 'command'), readContent(op, params));
  state.commands.set(command.id, command);
  return respond(state, op, { command });
}

export function deleteCommand(state: EngineState, op: OperationModel, params: Params): EngineAnswer {
  const ids = [...inputList(op, params, 'commandIds'), ...inputList(op, params, 'commandId')].map(String);
  for (const id of ids) {
    state.commands.delete(id);
    state.deletedCommands.add(id);
  }
  return respond(state, op, {});
}

function newCommand(state: EngineState, op: OperationModel, params: Params, id: string, contentText: string): CommandRecord {
  const now = state.clock.now();
  const timeoutSeconds = inputNumber(op, params, 'timeout') ?? schemaDefault(op, 'timeout');
  return {
    id,
    name: inputText(op, params, 'commandName'),
    description: inputText(op, params, 'commandDescription'),
    contentText,
    type: inputText(op, params, 'commandType'),
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
    workingDirectory: inputText(op, params, 'workingDirectory'),
    username: inputText(op, params, 'username'),
    createdAt: now,
    updatedAt: now,
    invocationCount: 0,
  };
}

/** The command text: the `content` input decoded per the operation's encoding rule. */
function readContent(op: OperationModel, params: Params): string {
  const raw = inputText(op, params, 'content') ?? '';
  const rule = op.execution?.contentEncoding;
  const chosen = inputText(op, params, 'contentEncoding');
  const values = rule?.values ?? {};
  const match = chosen === undefined ? undefined : Object.entries(values).find(([name]) => name.toLowerCase() === chosen.toLowerCase())?.[1];
  const encoding = rule?.fixed ?? match ?? rule?.default ?? 'plain';
  return encoding === 'base64' ? (fromBase64(raw) ?? raw) : raw;
}

function readParameters(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(String(value));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The targets named by the request; Batch names a count instead, so the engine mints that many. */
function targetsOf(state: EngineState, op: OperationModel, params: Params): string[] {
  const named = [...inputList(op, params, 'targets'), ...inputList(op, params, 'target')].map(String);
  if (named.length > 0 || op.execution?.request?.['targetCount'] === undefined) return [...new Set(named)];
  const count = Math.max(1, Math.trunc(inputNumber(op, params, 'targetCount') ?? 1));
  return Array.from({ length: count }, () => mintId(state, 'target'));
}

/** The documented default of a top-level input (TAT Timeout 60) when the request leaves it out. */
function schemaDefault(op: OperationModel, name: string): number | undefined {
  const path = op.execution?.request?.[name];
  if (path === undefined || path.includes('.') || path.includes('[')) return undefined;
  const properties = op.requestSchema['properties'] as Record<string, Record<string, unknown>> | undefined;
  const value = properties?.[path]?.['default'];
  return typeof value === 'number' ? value : undefined;
}

export function planFor(scenario: Scenario, target: string, contentText: string): Plan {
  const outcome = scenario.outcome ?? (scenario.exitCode ? 'fail' : 'succeed');
  return {
    outcome,
    exitCode: outcome === 'fail' ? scenario.exitCode || 1 : 0,
    output: scenario.output ?? defaultOutput(target, contentText),
    queuedMs: scenario.queuedMs ?? 1000,
    deliveringMs: scenario.deliveringMs ?? 0,
    runMs: scenario.runMs ?? (outcome === 'time-out' ? 60_000 : 2000),
    stopMs: scenario.stopMs ?? 1000,
  };
}

/** Tells runs apart: the command's first line and the target it ran on. */
function defaultOutput(target: string, contentText: string): string {
  const line = contentText.trim().split('\n')[0] ?? '';
  return `cloudexec-mock ran "${line}" on ${target}\n`;
}

function commandScope(state: EngineState, id: string | undefined): { command?: CommandRecord } {
  const command = id === undefined ? undefined : state.commands.get(id);
  return command ? { command } : {};
}
