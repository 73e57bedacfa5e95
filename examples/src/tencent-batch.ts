// The instances of one Batch task: state, exit code and timing of each run.
//   node --conditions=source src/tencent-batch.ts [JobId] [TaskName]
// With TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY set it calls Tencent Cloud (region TENCENTCLOUD_REGION,
// default ap-guangzhou; job and task from the arguments or BATCH_JOB_ID / BATCH_TASK_NAME); without them it runs
// against the in-process mock and the documented example task.
import { BatchClient, paginateDescribeTask } from '@cloudexec/tencent-batch';
import { openSession, regionFrom } from './lib/session.ts';
import { renderTable, shortTime } from './lib/table.ts';

const RECENT = 10;
const session = await openSession('tencent-batch');
try {
  const region = regionFrom('TENCENTCLOUD_REGION', 'ap-guangzhou');
  const JobId = process.argv[2] ?? process.env['BATCH_JOB_ID'] ?? 'job-97zcl3wt';
  const TaskName = process.argv[3] ?? process.env['BATCH_TASK_NAME'] ?? 'A';
  const client = new BatchClient({ region, credentials: session.credentials });
  const instances = [];
  for await (const instance of paginateDescribeTask(client, { JobId, TaskName }).items()) instances.push(instance);
  const byState = new Map<string, number>();
  for (const instance of instances) byState.set(instance.TaskInstanceState ?? '?', (byState.get(instance.TaskInstanceState ?? '?') ?? 0) + 1);
  const newest = instances.slice(-RECENT).reverse();
  const summary = [...byState].map(([state, count]) => `${count} ${state}`).join(', ');
  console.log(`Batch task ${TaskName} of ${JobId} in ${region} (${session.mode}): ${instances.length} instances (${summary}), newest ${newest.length}\n`);
  console.log(
    renderTable(
      ['INDEX', 'STATE', 'EXIT', 'LAUNCHED (UTC)', 'ENDED (UTC)', 'STDOUT LOG'],
      newest.map((instance) => [
        instance.TaskInstanceIndex,
        instance.TaskInstanceState,
        instance.ExitCode,
        shortTime(instance.LaunchTime),
        shortTime(instance.EndTime),
        instance.RedirectInfo?.StdoutRedirectFileName,
      ]),
    ),
  );
} finally {
  session.close();
}
