// Evaluates one expression of docs/executions.md (`execution.status`, `task.output`, `{const: 1}`) in a scope.
// Codegen has already rejected unknown names; an entity the scope lacks yields undefined (member left as is).
import type { ExecutionExpression, TargetPhase } from '@cloudexec/runtime/model';
import { executionPhase, executionStatus, taskState, taskWord, type EngineState } from './state.ts';
import { encodeOutput, formatTime, toBase64 } from './text.ts';
import { isFinal, ran } from './timeline.ts';
import type { CommandRecord, ExecutionRecord, TaskRecord } from './types.ts';

export interface AgentView {
  target: string;
  online: boolean;
}

export interface Scope {
  execution?: ExecutionRecord;
  task?: TaskRecord;
  command?: CommandRecord;
  agent?: AgentView;
}

export function evaluate(expression: ExecutionExpression, scope: Scope, state: EngineState): unknown {
  if (typeof expression !== 'string') return structuredClone(expression.const);
  const dot = expression.indexOf('.');
  const entity = expression.slice(0, dot);
  const name = expression.slice(dot + 1);
  const time = (ms: number | undefined): string | null => (ms === undefined ? null : formatTime(ms, state.spec.timeFormat));
  switch (entity) {
    case 'execution':
      return scope.execution ? executionValue(name, scope.execution, state, time) : undefined;
    case 'task':
      return scope.task ? taskValue(name, scope.task, state, time) : undefined;
    case 'command':
      return scope.command ? commandValue(name, scope.command, time) : undefined;
    case 'agent':
      return scope.agent ? agentValue(name, scope.agent, state, time) : undefined;
    default:
      return undefined;
  }
}

type Time = (ms: number | undefined) => string | null;

function executionValue(name: string, run: ExecutionRecord, state: EngineState, time: Time): unknown {
  if (name.startsWith('count.')) {
    const phase = name.slice('count.'.length) as TargetPhase;
    return run.tasks.filter((task) => taskState(state, task).phase === phase).length;
  }
  const states = run.tasks.map((task) => taskState(state, task));
  const starts = states.flatMap((s) => (s.startTime === undefined ? [] : [s.startTime]));
  const allFinal = states.every((s) => isFinal(s.phase));
  switch (name) {
    case 'id':
      return run.id;
    case 'status':
      return executionStatus(state, run);
    case 'phase':
      return executionPhase(state, run);
    case 'commandId':
      return run.commandId ?? '';
    case 'commandName':
      return run.commandName ?? '';
    case 'commandType':
      return run.commandType ?? '';
    case 'content':
      return toBase64(run.contentText);
    case 'contentText':
      return run.contentText;
    case 'createdTime':
      return time(run.createdAt);
    case 'updatedTime':
      return time(Math.max(run.createdAt, ...states.map((s) => s.since)));
    case 'startTime':
      return time(starts.length > 0 ? Math.min(...starts) : undefined);
    case 'endTime':
      return time(allFinal ? Math.max(run.createdAt, ...states.map((s) => s.since)) : undefined);
    case 'timeout':
      return run.timeoutSeconds ?? null;
    case 'workingDirectory':
      return run.workingDirectory ?? '';
    case 'username':
      return run.username ?? '';
    case 'parameters':
      return structuredClone(run.parameters ?? {});
    case 'parametersJson':
      return JSON.stringify(run.parameters ?? {});
    case 'targetCount':
      return run.tasks.length;
    case 'targets':
      return run.tasks.map((task) => task.target);
    default:
      return undefined;
  }
}

function taskValue(name: string, task: TaskRecord, state: EngineState, time: Time): unknown {
  const now = taskState(state, task);
  const finished = ran(now.phase);
  const outputText = finished ? task.plan.output : '';
  switch (name) {
    case 'id':
      return task.id;
    case 'target':
      return task.target;
    case 'index':
      return task.index;
    case 'status':
      return taskWord(state, now.phase);
    case 'phase':
      return now.phase;
    case 'exitCode':
      return now.phase === 'succeeded' ? 0 : now.phase === 'failed' ? task.plan.exitCode : null;
    case 'output':
      return encodeOutput(outputText, state.spec.output).value;
    case 'outputText':
      return outputText;
    case 'dropped':
      return encodeOutput(outputText, state.spec.output).dropped;
    case 'createdTime':
      return time(task.createdAt);
    case 'startTime':
      return time(now.startTime);
    case 'endTime':
      return time(now.endTime);
    case 'updatedTime':
      return time(now.since);
    case 'errorCode':
      return state.spec.targetErrorCodes?.[now.phase] ?? '';
    case 'errorInfo':
      return ERROR_INFO[now.phase]?.(task) ?? '';
    default:
      return undefined;
  }
}

const ERROR_INFO: Partial<Record<TargetPhase, (task: TaskRecord) => string>> = {
  failed: (task) => `The command exited with code ${task.plan.exitCode}.`,
  timedOut: () => 'The command ran past its timeout and was stopped.',
  cancelled: () => 'The task was cancelled before it started.',
  terminated: () => 'The task was stopped while running.',
  undelivered: (task) => `The agent on ${task.target} is offline; the command was not delivered.`,
  targetNotFound: (task) => `The target ${task.target} does not exist.`,
};

function commandValue(name: string, command: CommandRecord, time: Time): unknown {
  switch (name) {
    case 'id':
      return command.id;
    case 'name':
      return command.name ?? '';
    case 'description':
      return command.description ?? '';
    case 'content':
      return toBase64(command.contentText);
    case 'contentText':
      return command.contentText;
    case 'type':
      return command.type ?? '';
    case 'timeout':
      return command.timeoutSeconds ?? null;
    case 'workingDirectory':
      return command.workingDirectory ?? '';
    case 'username':
      return command.username ?? '';
    case 'createdTime':
      return time(command.createdAt);
    case 'updatedTime':
      return time(command.updatedAt);
    case 'invocationCount':
      return command.invocationCount;
    default:
      return undefined;
  }
}

function agentValue(name: string, agent: AgentView, state: EngineState, time: Time): unknown {
  switch (name) {
    case 'target':
      return agent.target;
    case 'status':
      return agent.online ? (state.spec.agentStatus?.online ?? 'Online') : (state.spec.agentStatus?.offline ?? 'Offline');
    case 'online':
      return agent.online;
    case 'onlineText':
      return String(agent.online);
    case 'version':
      return '1.0.0';
    case 'lastHeartbeatTime':
      return time(agent.online ? state.clock.now() : undefined);
    default:
      return undefined;
  }
}
