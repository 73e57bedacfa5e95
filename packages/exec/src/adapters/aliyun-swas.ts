// Alibaba SWAS: RunCommand takes one server, so every target is its own run; the part id carries the server
// (`<InvokeId>@<InstanceId>`) because SWAS's describe calls need both. DescribeInvocationResult per run gives
// status, exit code and Base64 output. SWAS documents no stop: cancel is unsupported (the engine says so).
import { ApiClient, aliyunProtocol } from '@cloudexec/runtime';
import { describeCloudAssistantStatus, describeInvocationResult, runCommand, swasService } from '@cloudexec/aliyun-swas';
import type { AgentState, ExecClientOptions, PartSnapshot, ProviderAdapter } from '../adapter.ts';
import { ExecUsageError, UnsupportedOperationError } from '../errors.ts';
import type { ExecutionPart } from '../model.ts';
import { decodeOutput } from '../output.ts';
import { chunk } from '../split.ts';
import { neutralStatus } from '../status-tables.ts';
import { optional, signalOf } from './shared.ts';

const PROVIDER = 'aliyun-swas';

export function splitSwasPartId(id: string): { invokeId: string; instanceId: string } {
  const at = id.lastIndexOf('@');
  if (at <= 0 || at === id.length - 1) throw new ExecUsageError('id', `a SWAS execution id is <InvokeId>@<InstanceId>, got ${JSON.stringify(id)}`);
  return { invokeId: id.slice(0, at), instanceId: id.slice(at + 1) };
}

export function createSwasAdapter(options: ExecClientOptions & { region: string }): ProviderAdapter {
  const client = new ApiClient({ ...options, protocol: aliyunProtocol, service: swasService });
  const region = options.region;

  return {
    provider: PROVIDER,
    async start(request, { signal }) {
      const [instanceId] = request.targets;
      if (!instanceId || request.targets.length !== 1) throw new ExecUsageError('targets', 'SWAS RunCommand takes one server per call');
      const parameters = request.parameters && Object.keys(request.parameters).length > 0 ? request.parameters : undefined;
      const answer = await runCommand(
        client,
        {
          RegionId: region,
          InstanceId: instanceId,
          // Name is required by SWAS RunCommand; the time keeps runs apart in the console.
          Name: `cloudexec-${new Date()
            .toISOString()
            .replace(/[-:.TZ]/g, '')
            .slice(0, 14)}`,
          Type: 'RunShellScript',
          CommandContent: request.command,
          ...optional('Timeout', request.timeout),
          ...optional('WorkingDir', request.workingDirectory),
          ...optional('WorkingUser', request.user),
          // Parameters travel as one JSON string.
          ...(parameters ? { EnableParameter: true, Parameters: JSON.stringify(parameters) } : {}),
        },
        signalOf(signal),
      );
      return `${answer.InvokeId}@${instanceId}`;
    },
    async poll(part, { signal, withOutput }): Promise<PartSnapshot> {
      const { invokeId, instanceId } = splitSwasPartId(part.id);
      const answer = await describeInvocationResult(client, { RegionId: region, InstanceId: instanceId, InvokeId: invokeId }, signalOf(signal));
      // One object per the SDK; a one-item list (as some answers render it) reads the same.
      const raw: unknown = answer.InvocationResult;
      const result = ((Array.isArray(raw) ? raw[0] : raw) ?? {}) as NonNullable<typeof answer.InvocationResult>;
      const output = withOutput ? decodeOutput(result.Output, 'base64') : undefined;
      return {
        providerStatus: result.InvokeRecordStatus ?? result.InvocationStatus ?? '',
        targets: [
          {
            target: instanceId,
            executionId: part.id,
            status: neutralStatus(PROVIDER, 'target', result.InvocationStatus),
            providerStatus: result.InvocationStatus ?? '',
            ...optional('exitCode', result.ExitCode),
            ...(output ? { output: output.text, truncated: output.truncated } : {}),
            ...optional('startTime', result.StartTime),
            ...optional('endTime', result.FinishedTime),
            ...optional('errorCode', result.ErrorCode),
            ...optional('errorMessage', result.ErrorInfo),
          },
        ],
      };
    },
    async cancel() {
      throw new UnsupportedOperationError('aliyun-swas documents no way to stop a running command');
    },
    async describe(id): Promise<ExecutionPart> {
      const { instanceId } = splitSwasPartId(id);
      return { id, targets: [instanceId] };
    },
    async agents(targets, { signal }): Promise<AgentState[]> {
      const states = new Map<string, AgentState>();
      for (const batch of chunk(targets, 50)) {
        const page = await describeCloudAssistantStatus(client, { RegionId: region, InstanceIds: JSON.stringify(batch), PageSize: 50 }, signalOf(signal));
        for (const agent of page.CloudAssistantStatus ?? []) {
          if (!agent.InstanceId) continue;
          const word = String(agent.Status ?? '');
          states.set(agent.InstanceId, { target: agent.InstanceId, online: word === 'true', providerStatus: word });
        }
      }
      return targets.map((target) => states.get(target) ?? { target, online: false, providerStatus: 'absent' });
    },
  };
}
