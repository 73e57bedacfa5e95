// Recent ECS Cloud Assistant executions and the result on each instance.
//   node --conditions=source src/aliyun-ecs.ts
// With ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET set it calls Alibaba Cloud (region
// ALIBABA_CLOUD_REGION_ID, default cn-hangzhou); without them it runs against the in-process mock.
import { EcsClient } from '@cloudexec/aliyun-ecs';
import { openSession, regionFrom } from './lib/session.ts';
import { decodeBase64, outputPreview, renderTable, shortTime } from './lib/table.ts';

const RECENT = 5;
const session = await openSession('aliyun-ecs');
try {
  const region = regionFrom('ALIBABA_CLOUD_REGION_ID', 'cn-hangzhou');
  const client = new EcsClient({ region, credentials: session.credentials });
  const page = await client.describeInvocations({ MaxResults: RECENT, IncludeOutput: true, ContentEncoding: 'Base64' });
  const rows = [];
  for (const invocation of page.Invocations?.Invocation ?? []) {
    for (const [index, instance] of (invocation.InvokeInstances?.InvokeInstance ?? []).entries()) {
      const first = index === 0;
      rows.push([
        first ? invocation.InvokeId : '',
        first ? decodeBase64(invocation.CommandContent) : '',
        first ? invocation.InvocationStatus : '',
        first ? shortTime(invocation.CreationTime) : '',
        instance.InstanceId,
        instance.InvocationStatus,
        instance.ExitCode,
        instance.ErrorCode || outputPreview(instance.Output),
      ]);
    }
  }
  const shown = page.Invocations?.Invocation?.length ?? 0;
  console.log(`ECS command executions in ${region} (${session.mode}): newest ${shown}${page.NextToken ? ', more available' : ''}\n`);
  console.log(renderTable(['INVOKE ID', 'COMMAND', 'STATUS', 'CREATED (UTC)', 'INSTANCE', 'RESULT', 'EXIT', 'OUTPUT / ERROR'], rows));
} finally {
  session.close();
}
