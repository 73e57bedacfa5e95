// The SWAS command operations (RunCommand ... DescribeInvocationResult) through SwasClient and the package's MSW
// handlers: each serves its example, the documented limits and id formats are refused before sending, the
// content budget is measured after Base64, and the JSON-string parameters reach the wire as the official SDK sends them.
import { serviceModel, SwasClient, waitUntilInvocationResultFinal, type DescribeInvocationResultResponse, type InvocationStatus } from '@cloudexec/aliyun-swas';
import { handlers, swasMock } from '@cloudexec/aliyun-swas/msw';
import { ValidationError, type WireRequest } from '@cloudexec/runtime';
import { countingClient, rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';
import { describe, expect, it } from 'vitest';

useMockServer(handlers, swasMock);

const newClient = () => countingClient((hooks) => new SwasClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou', hooks }));

const COMMAND_ACTIONS = [
  'RunCommand',
  'CreateCommand',
  'InvokeCommand',
  'DescribeCommands',
  'DeleteCommand',
  'DescribeCloudAssistantStatus',
  'DescribeInvocationResult',
];

const INSTANCE = 'ace0706b2ac4454d984295a94213****';
const run = { RegionId: 'cn-hangzhou', InstanceId: INSTANCE, Name: 'n', Type: 'RunShellScript' as const, CommandContent: 'echo hi' };

describe('command operations', () => {
  it('are all in the service model, with no stop or cancel action', () => {
    const actions = serviceModel.operations.map((op) => op.action);
    for (const action of COMMAND_ACTIONS) expect(actions).toContain(action);
    expect(actions.filter((action) => /Stop|Cancel/.test(action))).toEqual([]);
  });

  it.each(COMMAND_ACTIONS)('%s answers its example request with a RequestId', async (action) => {
    const example = serviceModel.operations.find((op) => op.action === action)?.examples[0];
    if (!example) throw new Error(`${action} has no example`);
    const { client, sent } = newClient();
    const method = `${action[0]!.toLowerCase()}${action.slice(1)}` as keyof SwasClient;
    const call = client[method] as unknown as (input: unknown) => Promise<Record<string, unknown>>;
    const answer = await call.call(client, example.request.input);
    expect(answer['RequestId']).toEqual(expect.any(String));
    expect(sent.count).toBe(1);
  });

  it('refuses a Timeout outside 10..86400 seconds before sending', async () => {
    const { client, sent } = newClient();
    for (const Timeout of [9, 86401]) {
      const error = await rejectionOf(client.runCommand({ ...run, Timeout }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ path: 'Timeout' });
    }
    expect(sent.count).toBe(0);
  });

  it('refuses an instance id that is not 32 hex characters, and accepts the masked sample forms', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(client.describeInvocationResult({ RegionId: 'cn-hangzhou', InstanceId: 'i-bp1abc', InvokeId: 't-bj02prjhw1n****' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ path: 'InstanceId', constraint: 'pattern' });
    expect(sent.count).toBe(0);
    for (const InstanceId of [INSTANCE, '2ad1ae67295445f598017499dc****', '0123456789abcdef0123456789abcdef']) {
      await expect(client.describeInvocationResult({ RegionId: 'cn-hangzhou', InstanceId, InvokeId: 't-bj02prjhw1n****' })).resolves.toMatchObject({
        RequestId: expect.any(String),
      });
    }
  });

  it('refuses an execution id that is not of the t- form before sending', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(client.describeInvocationResult({ RegionId: 'cn-hangzhou', InstanceId: INSTANCE, InvokeId: 'inv-123' }));
    expect(error).toMatchObject({ name: 'ValidationError', path: 'InvokeId', constraint: 'pattern' });
    expect(sent.count).toBe(0);
  });

  it('refuses a command id that is not of the c- form when deleting', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(client.deleteCommand({ RegionId: 'cn-hangzhou', CommandId: 'cmd-123' }));
    expect(error).toMatchObject({ name: 'ValidationError', path: 'CommandId', constraint: 'pattern' });
    expect(sent.count).toBe(0);
  });

  it('carries the 16 KB after-Base64 budget on RunCommand content, counting Parameters', () => {
    const runCommand = serviceModel.operations.find((op) => op.action === 'RunCommand');
    expect(JSON.stringify(runCommand)).toContain('"maxBytes":16384');
    // 12,288 plain bytes are exactly 16,384 after Base64, the documented edge.
    expect(Buffer.from('a'.repeat(12_288)).toString('base64')).toHaveLength(16_384);
  });

  it('sends Parameters and InstanceIds as JSON strings, not flattened members', async () => {
    const requests: WireRequest[] = [];
    const client = new SwasClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou', hooks: { onRequest: (event) => void requests.push(event.request) } });
    await client.invokeCommand({
      RegionId: 'cn-hangzhou',
      CommandId: 'c-sh02yh0932w****',
      InstanceIds: JSON.stringify([INSTANCE]),
      Parameters: '{"name":"Jack"}',
    });
    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get('Parameters')).toBe('{"name":"Jack"}');
    expect(url.searchParams.get('InstanceIds')).toBe(`["${INSTANCE}"]`);
    expect([...url.searchParams.keys()].filter((key) => key.includes('.'))).toEqual([]);
  });

  it('waits on DescribeInvocationResult until the execution reaches a final status', async () => {
    const example = serviceModel.operations.find((op) => op.action === 'DescribeInvocationResult')?.examples[0];
    const data = example?.response.data as DescribeInvocationResultResponse | undefined;
    if (!data) throw new Error('DescribeInvocationResult has no example');
    const at = (InvocationStatus: InvocationStatus) => ({ ...data, InvocationResult: { ...data.InvocationResult, InvocationStatus } });
    swasMock.override('DescribeInvocationResult', { response: at('Pending'), times: 1 });
    swasMock.override('DescribeInvocationResult', { response: at('Running'), times: 1 });
    swasMock.override('DescribeInvocationResult', { response: at('Failed'), times: 1 });
    const { client, sent } = newClient();
    const input = { RegionId: 'cn-hangzhou', InstanceId: INSTANCE, InvokeId: 't-bj02prjhw1n****' };
    const result = await waitUntilInvocationResultFinal(client, input, { minDelayMs: 1, maxDelayMs: 5 });
    expect(result).toMatchObject({ state: 'failure', attempts: 3 });
    expect(sent.count).toBe(3);
  });
});
