// Tencent TAT: RunCommand (Content in Base64) → invocation; DescribeInvocations for the overall status and the
// per-instance task statuses in one call; DescribeInvocationTasks (paginator) for exit codes and output;
// CancelInvocation; DescribeAutomationAgentStatus.
import { ApiClient, tencentProtocol } from '@cloudexec/runtime';
import {
  cancelInvocation,
  describeAutomationAgentStatus,
  describeInvocations,
  paginateDescribeInvocationTasks,
  runCommand,
  tatService,
  type InvocationTask,
} from '@cloudexec/tencent-tat';
import type { AgentState, ExecClientOptions, PartSnapshot, ProviderAdapter } from '../adapter.ts';
import { ExecutionNotFoundError } from '../errors.ts';
import type { ExecutionPart, TargetResult } from '../model.ts';
import { decodeOutput, encodeBase64 } from '../output.ts';
import { chunk } from '../split.ts';
import { neutralStatus } from '../status-tables.ts';
import { optional, signalOf } from './shared.ts';

const PROVIDER = 'tencent-tat';

export function createTatAdapter(options: ExecClientOptions & { region: string }): ProviderAdapter {
  const client = new ApiClient({ ...options, protocol: tencentProtocol, service: tatService });

  async function invocation(id: string, signal: AbortSignal | undefined) {
    const page = await describeInvocations(client, { InvocationIds: [id] }, signalOf(signal));
    const found = page.InvocationSet?.find((item) => item.InvocationId === id);
    if (!found) throw new ExecutionNotFoundError(`tencent-tat invocation ${id} not found`);
    return found;
  }

  return {
    provider: PROVIDER,
    async start(request, { signal }) {
      const parameters = request.parameters && Object.keys(request.parameters).length > 0 ? request.parameters : undefined;
      const answer = await runCommand(
        client,
        {
          Content: encodeBase64(request.command),
          InstanceIds: [...request.targets],
          ...optional('Timeout', request.timeout),
          ...optional('WorkingDirectory', request.workingDirectory),
          ...optional('Username', request.user),
          ...(parameters ? { EnableParameter: true, Parameters: JSON.stringify(parameters) } : {}),
        },
        signalOf(signal),
      );
      return answer.InvocationId;
    },
    async poll(part, { signal, withOutput }): Promise<PartSnapshot> {
      const found = await invocation(part.id, signal);
      const providerStatus = found.InvocationStatus ?? '';
      if (!withOutput) {
        const targets = (found.InvocationTaskBasicInfoSet ?? []).map(
          (task): TargetResult => ({
            target: task.InstanceId ?? '',
            executionId: part.id,
            status: neutralStatus(PROVIDER, 'target', task.TaskStatus),
            providerStatus: task.TaskStatus ?? '',
          }),
        );
        return { providerStatus, targets };
      }
      const targets: TargetResult[] = [];
      const tasks = paginateDescribeInvocationTasks(
        client,
        { Filters: [{ Name: 'invocation-id', Values: [part.id] }], Limit: 100, HideOutput: false },
        signalOf(signal),
      );
      for await (const task of tasks.items()) targets.push(taskResult(part, task));
      return { providerStatus, targets };
    },
    async cancel(part, targets, { signal }) {
      await cancelInvocation(client, { InvocationId: part.id, ...(targets ? { InstanceIds: [...targets] } : {}) }, signalOf(signal));
    },
    async describe(id, { signal }): Promise<ExecutionPart> {
      const found = await invocation(id, signal);
      return { id, targets: (found.InvocationTaskBasicInfoSet ?? []).map((task) => task.InstanceId ?? '').filter(Boolean) };
    },
    async agents(targets, { signal }): Promise<AgentState[]> {
      const states = new Map<string, AgentState>();
      for (const batch of chunk(targets, 100)) {
        const page = await describeAutomationAgentStatus(client, { InstanceIds: batch, Limit: 100 }, signalOf(signal));
        for (const agent of page.AutomationAgentSet ?? []) {
          if (!agent.InstanceId) continue;
          states.set(agent.InstanceId, {
            target: agent.InstanceId,
            online: agent.AgentStatus === 'Online',
            providerStatus: agent.AgentStatus ?? '',
            ...optional('version', agent.Version),
            ...optional('lastHeartbeat', agent.LastHeartbeatTime),
          });
        }
      }
      // An instance without an agent is simply not listed by the service.
      return targets.map((target) => states.get(target) ?? { target, online: false, providerStatus: 'absent' });
    },
  };
}

function taskResult(part: ExecutionPart, task: InvocationTask): TargetResult {
  const result = task.TaskResult;
  const output = result ? decodeOutput(result.Output, 'base64', result.Dropped) : undefined;
  return {
    target: task.InstanceId ?? '',
    executionId: part.id,
    status: neutralStatus(PROVIDER, 'target', task.TaskStatus),
    providerStatus: task.TaskStatus ?? '',
    ...optional('exitCode', result?.ExitCode),
    ...(output ? { output: output.text, truncated: output.truncated } : {}),
    ...optional('startTime', result?.ExecStartTime ?? task.StartTime),
    ...optional('endTime', result?.ExecEndTime ?? task.EndTime),
    ...(task.ErrorInfo ? { errorCode: task.TaskStatus ?? '', errorMessage: task.ErrorInfo } : {}),
  };
}
