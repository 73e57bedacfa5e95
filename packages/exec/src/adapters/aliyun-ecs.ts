// Alibaba ECS Cloud Assistant: RunCommand (plain text) → invocation; DescribeInvocations (one call: overall and
// per-instance status, exit code and Base64 output when asked); StopInvocation; DescribeCloudAssistantStatus.
import { ApiClient, aliyunProtocol } from '@cloudexec/runtime';
import { describeCloudAssistantStatus, describeInvocations, ecsService, runCommand, stopInvocation, type InvokeInstance } from '@cloudexec/aliyun-ecs';
import type { AgentState, ExecClientOptions, PartSnapshot, ProviderAdapter } from '../adapter.ts';
import { ExecutionNotFoundError } from '../errors.ts';
import type { ExecutionPart, TargetResult } from '../model.ts';
import { decodeOutput } from '../output.ts';
import { chunk } from '../split.ts';
import { neutralStatus } from '../status-tables.ts';
import { optional, signalOf } from './shared.ts';

const PROVIDER = 'aliyun-ecs';

export function createEcsAdapter(options: ExecClientOptions & { region: string }): ProviderAdapter {
  const client = new ApiClient({ ...options, protocol: aliyunProtocol, service: ecsService });
  const region = options.region;

  async function invocation(id: string, withOutput: boolean, signal: AbortSignal | undefined) {
    const page = await describeInvocations(
      client,
      // Output in the default Base64: binary-safe, and what every source documents for this call.
      { RegionId: region, InvokeId: id, IncludeOutput: withOutput },
      signalOf(signal),
    );
    const found = page.Invocations?.Invocation?.find((item) => item.InvokeId === id);
    if (!found) throw new ExecutionNotFoundError(`aliyun-ecs invocation ${id} not found`);
    return found;
  }

  return {
    provider: PROVIDER,
    async start(request, { signal }) {
      const parameters = request.parameters && Object.keys(request.parameters).length > 0 ? request.parameters : undefined;
      const answer = await runCommand(
        client,
        {
          RegionId: region,
          Type: 'RunShellScript',
          CommandContent: request.command,
          ContentEncoding: 'PlainText',
          InstanceId: [...request.targets],
          ...optional('Timeout', request.timeout),
          ...optional('WorkingDir', request.workingDirectory),
          ...optional('Username', request.user),
          ...optional('ClientToken', request.clientToken),
          // Parameters travel as one JSON string.
          ...(parameters ? { EnableParameter: true, Parameters: JSON.stringify(parameters) } : {}),
        },
        signalOf(signal),
      );
      return answer.InvokeId;
    },
    async poll(part, { signal, withOutput }): Promise<PartSnapshot> {
      const found = await invocation(part.id, withOutput === true, signal);
      const targets = (found.InvokeInstances?.InvokeInstance ?? []).map((instance) => instanceResult(part, instance, withOutput === true));
      return { providerStatus: found.InvocationStatus ?? found.InvokeStatus ?? '', targets };
    },
    async cancel(part, targets, { signal }) {
      await stopInvocation(client, { RegionId: region, InvokeId: part.id, ...(targets ? { InstanceId: [...targets] } : {}) }, signalOf(signal));
    },
    async describe(id, { signal }): Promise<ExecutionPart> {
      const found = await invocation(id, false, signal);
      return { id, targets: (found.InvokeInstances?.InvokeInstance ?? []).map((instance) => instance.InstanceId ?? '').filter(Boolean) };
    },
    async agents(targets, { signal }): Promise<AgentState[]> {
      const states = new Map<string, AgentState>();
      for (const batch of chunk(targets, 50)) {
        const page = await describeCloudAssistantStatus(client, { RegionId: region, InstanceId: batch, MaxResults: 50 }, signalOf(signal));
        for (const agent of page.InstanceCloudAssistantStatusSet?.InstanceCloudAssistantStatus ?? []) {
          if (!agent.InstanceId) continue;
          const word = String(agent.CloudAssistantStatus ?? '');
          states.set(agent.InstanceId, {
            target: agent.InstanceId,
            online: word === 'true',
            providerStatus: word,
            ...optional('version', agent.CloudAssistantVersion),
            ...optional('lastHeartbeat', agent.LastHeartbeatTime),
          });
        }
      }
      return targets.map((target) => states.get(target) ?? { target, online: false, providerStatus: 'absent' });
    },
  };
}

function instanceResult(part: ExecutionPart, instance: InvokeInstance, withOutput: boolean): TargetResult {
  const output = withOutput ? decodeOutput(instance.Output, 'base64', instance.Dropped) : undefined;
  return {
    target: instance.InstanceId ?? '',
    executionId: part.id,
    status: neutralStatus(PROVIDER, 'target', instance.InvocationStatus),
    providerStatus: instance.InvocationStatus ?? '',
    ...optional('exitCode', instance.ExitCode),
    ...(output ? { output: output.text, truncated: output.truncated } : {}),
    ...optional('startTime', instance.StartTime),
    ...optional('endTime', instance.FinishTime ?? instance.StopTime),
    ...optional('errorCode', instance.ErrorCode),
    ...optional('errorMessage', instance.ErrorInfo),
  };
}
