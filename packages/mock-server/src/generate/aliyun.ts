// Default ECS invocations (with their per-instance results) and SWAS invocations.
import type { DatasetItems } from '../dataset.ts';
import { base64, COMMANDS, exampleItem, exitCodeOf, isoSeconds, MINUTE, NEWEST, outcome, outputOf, someOf, type Outcome } from './common.ts';
import type { Random } from './random.ts';

const INSTANCE_STATUS: Record<Outcome, string> = { success: 'Success', failed: 'Failed', timeout: 'Timeout', running: 'Running' };

function invocationStatus(results: readonly Outcome[]): string {
  if (results.includes('running')) return 'Running';
  if (results.every((result) => result === 'success')) return 'Success';
  return results.some((result) => result === 'success') ? 'PartialFailed' : 'Failed';
}

/** The deprecated InvokeStatus field: Running, Finished or Failed. */
function invokeStatus(results: readonly Outcome[]): string {
  if (results.includes('running')) return 'Running';
  return results.every((result) => result !== 'success') ? 'Failed' : 'Finished';
}

export function ecsInvocations(random: Random, count: number): DatasetItems {
  const template = exampleItem('aliyun-ecs', 'DescribeInvocations', 'Invocations.Invocation');
  const instanceTemplate = exampleItem('aliyun-ecs', 'DescribeInvocations', 'Invocations.Invocation.0.InvokeInstances.InvokeInstance');
  const instances = Array.from({ length: 6 }, () => `i-bp1${random.id(17)}`);
  const commandIds = COMMANDS.map(() => `c-hz0${random.id(12)}`);
  return Array.from({ length: count }, (_, index) => {
    const commandIndex = index % COMMANDS.length;
    const command = COMMANDS[commandIndex]!;
    const created = NEWEST - index * 41 * MINUTE;
    const results = someOf(random, instances, 3).map((instanceId) => ({ instanceId, result: outcome(random, index) }));
    const outcomes = results.map((entry) => entry.result);
    return {
      ...structuredClone(template),
      CreationTime: isoSeconds(created),
      Frequency: '',
      InvocationStatus: invocationStatus(outcomes),
      InvokeStatus: invokeStatus(outcomes),
      RepeatMode: 'Once',
      CommandId: commandIds[commandIndex],
      CommandType: 'RunShellScript',
      CommandContent: base64(command.content),
      CommandName: command.name,
      CommandDescription: `${command.name} on ${results.length} instance(s)`,
      InvokeId: `t-hz0${random.id(12)}`,
      ContainerId: '',
      ContainerName: '',
      Launcher: '',
      InvokeInstances: {
        InvokeInstance: results.map(({ instanceId, result }) => {
          const running = result === 'running';
          return {
            ...structuredClone(instanceTemplate),
            CreationTime: isoSeconds(created),
            StartTime: isoSeconds(created + 1_000),
            UpdateTime: isoSeconds(created + 7_000),
            FinishTime: running ? '' : isoSeconds(created + 6_000),
            StopTime: '',
            InvocationStatus: INSTANCE_STATUS[result],
            InstanceInvokeStatus: running ? 'Running' : 'Finished',
            InstanceId: instanceId,
            Repeats: 1,
            Output: base64(outputOf(command, result)),
            ExitCode: exitCodeOf(result),
            ErrorCode: result === 'failed' ? 'ExitCodeNonzero' : result === 'timeout' ? 'ExecutionTimeout' : '',
            ErrorInfo: result === 'failed' ? 'the command exited with a non-zero code' : result === 'timeout' ? 'the command did not finish within the timeout' : '',
          };
        }),
      },
    };
  });
}

export function swasInvocations(random: Random, count: number): DatasetItems {
  const template = exampleItem('aliyun-swas', 'DescribeInvocations', 'Invocations');
  return Array.from({ length: count }, (_, index) => {
    const command = COMMANDS[index % COMMANDS.length]!;
    const result = outcome(random, index);
    return {
      ...structuredClone(template),
      CreationTime: isoSeconds(NEWEST - index * 53 * MINUTE),
      InvocationStatus: INSTANCE_STATUS[result],
      CommandType: 'RunShellScript',
      CommandContent: base64(command.content),
      InvokeStatus: invokeStatus([result]),
      InvokeId: `t-hz0${random.id(12)}`,
      CommandName: command.name,
    };
  });
}
