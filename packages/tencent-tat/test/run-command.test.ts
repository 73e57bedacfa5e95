// The "run a command" half of TatClient against the package's own MSW handlers: each operation answers its
// documented example, documented errors arrive typed, and the documented id formats and limits are checked
// before anything is sent (issue 14 item 1, issue 12 item 7).
import { ValidationError } from '@cloudexec/runtime';
import type { ExampleModel } from '@cloudexec/runtime/model';
import {
  isCancelInvocationError,
  isInvokeCommandError,
  isRunCommandError,
  serviceModel,
  TatClient,
  type CancelInvocationRequest,
  type CreateCommandRequest,
  type DeleteCommandRequest,
  type DescribeAutomationAgentStatusRequest,
  type DescribeCommandsRequest,
  type InvokeCommandRequest,
  type RunCommandRequest,
} from '@cloudexec/tencent-tat';
import { handlers, tatMock } from '@cloudexec/tencent-tat/msw';
import { describe, expect, it } from 'vitest';
import { countingClient, rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, tatMock);

/** A TatClient that counts the requests it sends. */
const newClient = () => countingClient((hooks) => new TatClient({ credentials: TEST_CREDENTIALS, region: 'ap-guangzhou', hooks }));

function documentedExample(action: string): ExampleModel {
  const example = serviceModel.operations.find((op) => op.action === action)?.examples[0];
  if (!example) throw new Error(`${action} has no documented example`);
  return example;
}

const calls = {
  RunCommand: (client: TatClient, input: unknown) => client.runCommand(input as RunCommandRequest),
  CreateCommand: (client: TatClient, input: unknown) => client.createCommand(input as CreateCommandRequest),
  InvokeCommand: (client: TatClient, input: unknown) => client.invokeCommand(input as InvokeCommandRequest),
  DescribeCommands: (client: TatClient, input: unknown) => client.describeCommands(input as DescribeCommandsRequest),
  DeleteCommand: (client: TatClient, input: unknown) => client.deleteCommand(input as DeleteCommandRequest),
  CancelInvocation: (client: TatClient, input: unknown) => client.cancelInvocation(input as CancelInvocationRequest),
  DescribeAutomationAgentStatus: (client: TatClient, input: unknown) => client.describeAutomationAgentStatus(input as DescribeAutomationAgentStatusRequest),
} as const;

describe.each(Object.keys(calls) as Array<keyof typeof calls>)('%s', (action) => {
  it('serves the documented example', async () => {
    const example = documentedExample(action);
    const { client, sent } = newClient();
    expect(await calls[action](client, example.request.input)).toEqual({ ...example.response.data, RequestId: expect.any(String) });
    expect(sent.count).toBe(1);
  });
});

describe('documented errors arrive typed', () => {
  it('InvokeCommand: ResourceNotFound.CommandNotFound', async () => {
    tatMock.override('InvokeCommand', { errorCode: 'ResourceNotFound.CommandNotFound', times: 1 });
    const error = await rejectionOf(newClient().client.invokeCommand({ CommandId: 'cmd-ffxdx79i', InstanceIds: ['lhins-ar5wyn40'] }));
    expect(isInvokeCommandError(error, 'ResourceNotFound.CommandNotFound')).toBe(true);
    expect(isRunCommandError(error)).toBe(false);
  });

  it('CancelInvocation: ResourceNotFound.InvocationNotFound', async () => {
    tatMock.override('CancelInvocation', { errorCode: 'ResourceNotFound.InvocationNotFound', times: 1 });
    const error = await rejectionOf(newClient().client.cancelInvocation({ InvocationId: 'inv-ib2lld37' }));
    expect(isCancelInvocationError(error, 'ResourceNotFound.InvocationNotFound')).toBe(true);
  });
});

describe('id formats and limits are checked before sending', () => {
  const content = 'd2hvYW1p';

  it.each(['ins-zj0f57ew', 'lhins-ar5wyn40', 'rins-0c54k0xs'])('RunCommand accepts the instance id %s', async (id) => {
    const { client, sent } = newClient();
    await client.runCommand({ Content: content, InstanceIds: [id] });
    expect(sent.count).toBe(1);
  });

  it.each([
    ['RunCommand', { Content: content, InstanceIds: ['i-bp67acfmxazb4p'] }, 'InstanceIds[0]'],
    ['InvokeCommand', { CommandId: 'command-1', InstanceIds: ['ins-zj0f57ew'] }, 'CommandId'],
    ['DeleteCommand', { CommandId: 'cmd-' }, 'CommandId'],
    ['CancelInvocation', { InvocationId: 'invt-afwuqts2' }, 'InvocationId'],
    ['DescribeCommands', { CommandIds: ['cmd-dvstpcyy', 'dvstpcyy'] }, 'CommandIds[1]'],
    ['DescribeAutomationAgentStatus', { InstanceIds: ['lhins-AR5WYN4X'] }, 'InstanceIds[0]'],
  ] as const)('%s refuses a malformed id', async (action, input, path) => {
    const { client, sent } = newClient();
    const error = await rejectionOf(calls[action](client, input));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ path, constraint: 'pattern' });
    expect(sent.count).toBe(0);
  });

  it('DescribeInvocations and DescribeInvocationTasks refuse malformed ids', async () => {
    const { client, sent } = newClient();
    await expect(client.describeInvocations({ InvocationIds: ['inv-1'] })).rejects.toMatchObject({ path: 'InvocationIds[0]', constraint: 'pattern' });
    await expect(client.describeInvocationTasks({ InvocationTaskIds: ['inv-1vll7hda'] })).rejects.toMatchObject({
      path: 'InvocationTaskIds[0]',
      constraint: 'pattern',
    });
    expect(sent.count).toBe(0);
  });

  it('RunCommand takes 200 instances and refuses 201', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `ins-${String(i).padStart(8, '0')}`);
    const { client, sent } = newClient();
    await client.runCommand({ Content: content, InstanceIds: ids(200) });
    const error = await rejectionOf(client.runCommand({ Content: content, InstanceIds: ids(201) }));
    expect(error).toMatchObject({ path: 'InstanceIds', constraint: 'maxItems', limit: 200 });
    expect(sent.count).toBe(1);
  });

  it('RunCommand refuses a Timeout outside [1, 86400] and an unknown CommandType', async () => {
    const { client, sent } = newClient();
    const base = { Content: content, InstanceIds: ['ins-zj0f57ew'] };
    await expect(client.runCommand({ ...base, Timeout: 86401 })).rejects.toMatchObject({ path: 'Timeout', constraint: 'maximum' });
    await expect(client.runCommand({ ...base, Timeout: 0 })).rejects.toMatchObject({ path: 'Timeout', constraint: 'minimum' });
    await expect(client.runCommand({ ...base, CommandType: 'PYTHON' as 'SHELL' })).rejects.toMatchObject({ path: 'CommandType', constraint: 'enum' });
    expect(sent.count).toBe(0);
  });

  it('RunCommand refuses DefaultParameters together with DefaultParameterConfs', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(
      client.runCommand({
        Content: content,
        InstanceIds: ['ins-zj0f57ew'],
        EnableParameter: true,
        DefaultParameters: '{"k":"v"}',
        DefaultParameterConfs: [{ ParameterName: 'k', ParameterValue: 'v' }],
      }),
    );
    expect(error).toMatchObject({ constraint: 'mutuallyExclusive' });
    expect(sent.count).toBe(0);
  });
});
