// Recent command executions on one Simple Application Server instance.
//   node --conditions=source src/aliyun-swas.ts [InstanceId]
// With ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET set it calls Alibaba Cloud (region
// ALIBABA_CLOUD_REGION_ID, default cn-hangzhou; instance from the argument or SWAS_INSTANCE_ID); without them it
// runs against the in-process mock.
import { SwasClient } from '@cloudexec/aliyun-swas';
import { openSession, regionFrom } from './lib/session.ts';
import { decodeBase64, renderTable, shortTime } from './lib/table.ts';

const RECENT = 10;
const session = await openSession('aliyun-swas');
try {
  const region = regionFrom('ALIBABA_CLOUD_REGION_ID', 'cn-hangzhou');
  const InstanceId = process.argv[2] ?? process.env['SWAS_INSTANCE_ID'] ?? (session.mode === 'mock' ? '3a658ca270df4df39f22e289b338' : undefined);
  if (!InstanceId) throw new Error('pass the SWAS instance id as the first argument or in SWAS_INSTANCE_ID');
  const client = new SwasClient({ region, credentials: session.credentials });
  const page = await client.describeInvocations({ InstanceId, PageNumber: 1, PageSize: RECENT });
  console.log(
    `SWAS command executions on ${InstanceId} in ${region} (${session.mode}): ${page.TotalCount ?? 0} in total, newest ${page.Invocations?.length ?? 0}\n`,
  );
  console.log(
    renderTable(
      ['INVOKE ID', 'COMMAND NAME', 'COMMAND', 'RESULT', 'STATUS', 'CREATED (UTC)'],
      (page.Invocations ?? []).map((invocation) => [
        invocation.InvokeId,
        invocation.CommandName,
        decodeBase64(invocation.CommandContent),
        invocation.InvocationStatus,
        invocation.InvokeStatus,
        shortTime(invocation.CreationTime),
      ]),
    ),
  );
} finally {
  session.close();
}
