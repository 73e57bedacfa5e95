// Default TAT invocations with their per-instance tasks (consistent ids) and Batch task instances.
import type { DatasetItems } from '../dataset.ts';
import { base64, COMMANDS, exampleItem, exitCodeOf, isoSeconds, MINUTE, NEWEST, outcome, outputOf, someOf, type Outcome } from './common.ts';
import type { Random } from './random.ts';

const TAT_TASK_STATUS: Record<Outcome, string> = { success: 'SUCCESS', failed: 'FAILED', timeout: 'TIMEOUT', running: 'RUNNING' };

function tatInvocationStatus(results: readonly Outcome[]): string {
  if (results.includes('running')) return 'RUNNING';
  if (results.every((result) => result === 'success')) return 'SUCCESS';
  if (results.every((result) => result === 'timeout')) return 'TIMEOUT';
  return results.some((result) => result === 'success') ? 'PARTIAL_FAILED' : 'FAILED';
}

export function tatDataset(random: Random, count: number): { invocations: DatasetItems; tasks: DatasetItems } {
  const invocationTemplate = exampleItem('tencent-tat', 'DescribeInvocations', 'InvocationSet');
  const taskTemplate = exampleItem('tencent-tat', 'DescribeInvocationTasks', 'InvocationTaskSet');
  const instances = Array.from({ length: 6 }, () => `ins-${random.id(8)}`);
  const commandIds = COMMANDS.map(() => `cmd-${random.id(8)}`);
  const invocations: DatasetItems = [];
  const tasks: DatasetItems = [];
  for (let index = 0; index < count; index += 1) {
    const commandIndex = index % COMMANDS.length;
    const command = COMMANDS[commandIndex]!;
    const invocationId = `inv-${random.id(8)}`;
    const created = NEWEST - index * 37 * MINUTE;
    const started = created + 2_000;
    const results = someOf(random, instances, 3).map((instanceId) => ({ instanceId, result: outcome(random, index), taskId: `invt-${random.id(8)}` }));
    const ended = (result: Outcome): string => (result === 'running' ? '' : isoSeconds(started + 6_000, '+00:00'));
    for (const { instanceId, result, taskId } of results) {
      tasks.push({
        ...structuredClone(taskTemplate),
        CommandId: commandIds[commandIndex],
        CommandDocument: { ...(taskTemplate['CommandDocument'] as object), Content: base64(command.content) },
        InvocationId: invocationId,
        InvocationTaskId: taskId,
        TaskStatus: TAT_TASK_STATUS[result],
        InstanceId: instanceId,
        TaskResult: {
          ...(taskTemplate['TaskResult'] as object),
          ExitCode: exitCodeOf(result),
          Output: base64(outputOf(command, result)),
          ExecStartTime: isoSeconds(started, '+00:00'),
          ExecEndTime: ended(result),
        },
        ErrorInfo: result === 'timeout' ? 'the command did not finish within the timeout' : '',
        InvocationSource: 'USER',
        StartTime: isoSeconds(started, '+00:00'),
        EndTime: ended(result),
        CreatedTime: isoSeconds(created, '+00:00'),
        UpdatedTime: isoSeconds(started + 8_000, '+00:00'),
      });
    }
    invocations.push({
      ...structuredClone(invocationTemplate),
      CommandId: commandIds[commandIndex],
      CommandContent: base64(command.content),
      InvocationId: invocationId,
      InstanceKind: index % 7 === 3 ? 'LIGHTHOUSE' : 'CVM',
      InvocationStatus: tatInvocationStatus(results.map((entry) => entry.result)),
      Description: command.name,
      InvocationSource: 'USER',
      InvocationTaskBasicInfoSet: results.map(({ instanceId, result, taskId }) => ({ InvocationTaskId: taskId, TaskStatus: TAT_TASK_STATUS[result], InstanceId: instanceId })),
      StartTime: isoSeconds(started, '+00:00'),
      EndTime: results.some((entry) => entry.result === 'running') ? '' : isoSeconds(started + 6_000, '+00:00'),
      CreatedTime: isoSeconds(created, '+00:00'),
      UpdatedTime: isoSeconds(started + 8_000, '+00:00'),
    });
  }
  return { invocations, tasks };
}

const BATCH_STATE: Record<Outcome, string> = { success: 'SUCCEED', failed: 'FAILED', timeout: 'FAILED_INTERRUPTED', running: 'RUNNING' };

/** Instances of the documented example task (job and task name kept), newest `running` still running. */
export function batchTaskInstances(random: Random, count: number): DatasetItems {
  const template = exampleItem('tencent-batch', 'DescribeTask', 'TaskInstanceSet');
  const redirect = template['RedirectInfo'] as Record<string, string>;
  const prefix = (name: string | undefined): string => (name ?? '').replace(/\.\d+\.log$/, '');
  return Array.from({ length: count }, (_, index) => {
    const result = outcome(random, count - 1 - index, 3);
    const launched = NEWEST - (count - index) * 2 * MINUTE;
    return {
      ...structuredClone(template),
      TaskInstanceIndex: index,
      RedirectInfo: {
        ...redirect,
        StdoutRedirectFileName: `${prefix(redirect['StdoutRedirectFileName'])}.${index}.log`,
        StderrRedirectFileName: `${prefix(redirect['StderrRedirectFileName'])}.${index}.log`,
      },
      CreateTime: isoSeconds(launched),
      LaunchTime: isoSeconds(launched),
      RunningTime: isoSeconds(launched + 40_000),
      EndTime: result === 'running' ? null : isoSeconds(launched + 70_000 + random.int(60_000)),
      TaskInstanceState: BATCH_STATE[result],
      StateReason: result === 'failed' ? 'process exited with a non-zero code' : '',
      ExitCode: result === 'running' ? null : exitCodeOf(result),
    };
  });
}
