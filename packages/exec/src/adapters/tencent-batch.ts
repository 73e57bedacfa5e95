// Tencent Batch: the target is an existing compute environment; a run is a job with one task
// (TaskInstanceNum 1) whose Application.Command is the command (plain text, DeliveryForm LOCAL). DescribeJob
// gives the job state; DescribeTask the instance's state, exit code and reason. TerminateJob stops it (Batch
// then ends the instance FAILED: it has no cancelled state). Batch returns no command output through the API
// (it goes to the RedirectInfo paths), so output stays empty.
import { ApiClient, CloudApiError, tencentProtocol } from '@cloudexec/runtime';
import { batchService, describeJob, describeTask, submitJob, terminateJob } from '@cloudexec/tencent-batch';
import type { AgentState, ExecClientOptions, PartSnapshot, ProviderAdapter } from '../adapter.ts';
import { ExecUsageError, UnsupportedOperationError } from '../errors.ts';
import type { ExecutionPart, TargetResult } from '../model.ts';
import { neutralStatus } from '../status-tables.ts';
import { optional, signalOf } from './shared.ts';

const PROVIDER = 'tencent-batch';
/** The one task of a cloudexec job. */
export const BATCH_TASK_NAME = 'cloudexec';

export function createBatchAdapter(options: ExecClientOptions & { region: string }): ProviderAdapter {
  const client = new ApiClient({ ...options, protocol: tencentProtocol, service: batchService });

  return {
    provider: PROVIDER,
    async start(request, { signal }) {
      const [envId] = request.targets;
      if (!envId || request.targets.length !== 1) throw new ExecUsageError('targets', 'tencent-batch takes one compute environment');
      if (!request.zone) throw new ExecUsageError('zone', 'tencent-batch needs the availability zone of the job');
      const answer = await submitJob(
        client,
        {
          Placement: { Zone: request.zone },
          Job: {
            JobName: BATCH_TASK_NAME,
            Tasks: [
              {
                TaskName: BATCH_TASK_NAME,
                TaskInstanceNum: 1,
                EnvId: envId,
                Application: { DeliveryForm: 'LOCAL', Command: request.command },
                ...optional('Timeout', request.timeout),
              },
            ],
          },
          ...optional('ClientToken', request.clientToken),
        },
        signalOf(signal),
      );
      return answer.JobId;
    },
    async poll(part, { signal }): Promise<PartSnapshot> {
      const job = await describeJob(client, { JobId: part.id }, signalOf(signal));
      const taskName = job.TaskSet?.[0]?.TaskName ?? BATCH_TASK_NAME;
      const target = part.targets[0] ?? taskName;
      let result: TargetResult = {
        target,
        executionId: part.id,
        status: neutralStatus(PROVIDER, 'execution', job.JobState),
        providerStatus: job.JobState ?? '',
        ...optional('startTime', job.CreateTime),
        ...optional('endTime', job.EndTime),
        ...(job.StateReason ? { errorMessage: job.StateReason } : {}),
      };
      // The task instance carries the exit code once the job has left the queue.
      if (job.TaskSet && job.TaskSet.length > 0) {
        const task = await describeTask(client, { JobId: part.id, TaskName: taskName, Limit: 1 }, signalOf(signal)).catch((error: unknown) => {
          // Just after SubmitJob the task may not be listed yet (ResourceNotFound.Task): the job's state stands in.
          if (error instanceof CloudApiError && error.code === 'ResourceNotFound.Task') return undefined;
          throw error;
        });
        const instance = task?.TaskInstanceSet?.[0];
        if (instance) {
          result = {
            ...result,
            status: neutralStatus(PROVIDER, 'target', instance.TaskInstanceState),
            providerStatus: instance.TaskInstanceState ?? result.providerStatus,
            ...optional('exitCode', instance.ExitCode),
            ...optional('startTime', instance.LaunchTime),
            ...optional('endTime', instance.EndTime),
            ...(instance.StateReason ? { errorMessage: instance.StateReason } : {}),
          };
        }
      }
      return { providerStatus: job.JobState ?? '', targets: [result] };
    },
    async cancel(part, _targets, { signal }) {
      await terminateJob(client, { JobId: part.id }, signalOf(signal));
    },
    async describe(id, { signal }): Promise<ExecutionPart> {
      const job = await describeJob(client, { JobId: id }, signalOf(signal));
      // DescribeJob does not name the compute environment; the task stands for it.
      return { id, targets: [job.TaskSet?.[0]?.TaskName ?? BATCH_TASK_NAME] };
    },
    async agents(): Promise<AgentState[]> {
      throw new UnsupportedOperationError('tencent-batch runs on compute environments and has no agent status operation');
    },
  };
}
