// The Cloud Assistant command operations (RunCommand ... DescribeCloudAssistantStatus) through EcsClient and the
// package's MSW handlers: each serves its example, documented limits and id formats are refused before sending,
// and Parameters reaches the wire as one JSON string, as the official SDK sends it.
import { EcsClient, serviceModel } from '@cloudexec/aliyun-ecs';
import { ecsMock, handlers } from '@cloudexec/aliyun-ecs/msw';
import { ValidationError, type WireRequest } from '@cloudexec/runtime';
import { countingClient, rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';
import { describe, expect, it } from 'vitest';

useMockServer(handlers, ecsMock);

const newClient = () => countingClient((hooks) => new EcsClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou', hooks }));

const COMMAND_ACTIONS = [
  'RunCommand',
  'CreateCommand',
  'InvokeCommand',
  'DescribeCommands',
  'DeleteCommand',
  'StopInvocation',
  'DescribeInvocationResults',
  'DescribeCloudAssistantStatus',
];

describe('command operations', () => {
  it('are all in the service model', () => {
    const actions = serviceModel.operations.map((op) => op.action);
    for (const action of COMMAND_ACTIONS) expect(actions).toContain(action);
  });

  it.each(COMMAND_ACTIONS)('%s answers its example request with a RequestId', async (action) => {
    const example = serviceModel.operations.find((op) => op.action === action)?.examples[0];
    if (!example) throw new Error(`${action} has no example`);
    const { client, sent } = newClient();
    const method = `${action[0]!.toLowerCase()}${action.slice(1)}` as keyof EcsClient;
    const call = client[method] as unknown as (input: unknown) => Promise<Record<string, unknown>>;
    const answer = await call.call(client, example.request.input);
    expect(answer['RequestId']).toEqual(expect.any(String));
    expect(sent.count).toBe(1);
  });

  it('refuses more than 100 instances for RunCommand before sending', async () => {
    const { client, sent } = newClient();
    const InstanceId = Array.from({ length: 101 }, (_, i) => `i-bp1instance${String(i).padStart(8, '0')}`);
    const error = await rejectionOf(client.runCommand({ RegionId: 'cn-hangzhou', Type: 'RunShellScript', CommandContent: 'echo hi', InstanceId }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ path: 'InstanceId', constraint: 'maxItems' });
    expect(sent.count).toBe(0);
  });

  it('refuses an execution id that is not of the t- form before sending', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(client.stopInvocation({ RegionId: 'cn-hangzhou', InvokeId: 'inv-123' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ path: 'InvokeId', constraint: 'pattern' });
    expect(sent.count).toBe(0);
  });

  it('accepts the masked ids of the documented examples', async () => {
    const { client } = newClient();
    await expect(
      client.stopInvocation({ RegionId: 'cn-hangzhou', InvokeId: 't-7d2a745b412b4601b2d47f6a768d****', InstanceId: ['i-bp185dy2o3o6neg****'] }),
    ).resolves.toMatchObject({
      RequestId: expect.any(String),
    });
  });

  it('sends Parameters as one JSON string, not flattened members', async () => {
    const requests: WireRequest[] = [];
    const client = new EcsClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou', hooks: { onRequest: (event) => void requests.push(event.request) } });
    await client.invokeCommand({
      RegionId: 'cn-hangzhou',
      CommandId: 'c-7d2a745b412b4601b2d47f6a768d****',
      InstanceId: ['i-bp185dy2o3o6neg****'],
      Parameters: '{"name":"Jack"}',
    });
    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get('Parameters')).toBe('{"name":"Jack"}');
    expect([...url.searchParams.keys()].filter((key) => key.startsWith('Parameters.'))).toEqual([]);
  });
});
