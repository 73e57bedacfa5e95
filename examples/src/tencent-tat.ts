// Recent TAT command invocations and the result on each instance.
//   node --conditions=source src/tencent-tat.ts
// With TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY set it calls Tencent Cloud (region TENCENTCLOUD_REGION,
// default ap-guangzhou); without them it runs against the in-process mock.
import { TatClient } from '@cloudexec/tencent-tat';
import { openSession, regionFrom } from './lib/session.ts';
import { decodeBase64, outputPreview, renderTable, shortTime } from './lib/table.ts';

const RECENT = 5;
const session = await openSession('tencent-tat');
try {
  const region = regionFrom('TENCENTCLOUD_REGION', 'ap-guangzhou');
  const client = new TatClient({ region, credentials: session.credentials });
  const page = await client.describeInvocations({ Offset: 0, Limit: RECENT });
  const rows = [];
  for (const invocation of page.InvocationSet ?? []) {
    // One task per instance the command ran on, with its exit code and output.
    const tasks = await client.describeInvocationTasks({ Filters: [{ Name: 'invocation-id', Values: [invocation.InvocationId ?? ''] }], HideOutput: false });
    for (const [index, task] of (tasks.InvocationTaskSet ?? []).entries()) {
      const first = index === 0;
      rows.push([
        first ? invocation.InvocationId : '',
        first ? decodeBase64(invocation.CommandContent) : '',
        first ? invocation.InvocationStatus : '',
        first ? shortTime(invocation.CreatedTime) : '',
        task.InstanceId,
        task.TaskStatus,
        task.TaskResult?.ExitCode,
        outputPreview(task.TaskResult?.Output),
      ]);
    }
  }
  console.log(`TAT invocations in ${region} (${session.mode}): ${page.TotalCount ?? 0} in total, newest ${page.InvocationSet?.length ?? 0}\n`);
  console.log(renderTable(['INVOCATION', 'COMMAND', 'STATUS', 'CREATED (UTC)', 'INSTANCE', 'TASK', 'EXIT', 'OUTPUT'], rows));
} finally {
  session.close();
}
