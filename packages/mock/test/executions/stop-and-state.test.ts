// Stop semantics, idempotency tokens, saved commands as a store, not-found checks and per-mock isolation.
import { describe, expect, it } from 'vitest';
import { b64, call, newMock } from './fixture.ts';

const tasks = async (mock: ReturnType<typeof newMock>, id: string) =>
  (await call(mock, 'DescribeInvocationTasks', { InvocationIds: [id] }))['InvocationTaskSet'].map((t: any) => t.TaskStatus);
const status = async (mock: ReturnType<typeof newMock>, id: string) =>
  (await call(mock, 'DescribeInvocations', { InvocationIds: [id] }))['InvocationSet'][0].InvocationStatus;

describe('stop', () => {
  it('cancels a queued run at once', async () => {
    const mock = newMock();
    const { InvocationId } = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x') });
    mock.executions.advance(500);
    await call(mock, 'CancelInvocation', { InvocationId });
    expect(await tasks(mock, InvocationId)).toEqual(['CANCELLED']);
    mock.executions.advance(10_000);
    expect(await status(mock, InvocationId)).toBe('CANCELLED');
  });

  it('moves a running task through CANCELLING to TERMINATED', async () => {
    const mock = newMock();
    const { InvocationId } = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x') });
    mock.executions.advance(1500);
    await call(mock, 'CancelInvocation', { InvocationId });
    expect(await tasks(mock, InvocationId)).toEqual(['CANCELLING']);
    expect(await status(mock, InvocationId)).toBe('CANCELLING');
    mock.executions.advance(1000);
    expect(await tasks(mock, InvocationId)).toEqual(['TERMINATED']);
    expect(await status(mock, InvocationId)).toBe('CANCELLED');
  });

  it('stops only the named targets; the mix rolls up to the cancelled word when the service has no partial one', async () => {
    const mock = newMock();
    const { InvocationId } = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001', 'ins-b0000002'], Content: b64('x') });
    await call(mock, 'CancelInvocation', { InvocationId, InstanceIds: ['ins-b0000002'] });
    mock.executions.advance(3000);
    expect(await tasks(mock, InvocationId)).toEqual(['SUCCESS', 'CANCELLED']);
    expect(await status(mock, InvocationId)).toBe('CANCELLED');
  });

  it('leaves a finished run as it was', async () => {
    const mock = newMock();
    const { InvocationId } = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x') });
    mock.executions.advance(3000);
    const answer = await call(mock, 'CancelInvocation', { InvocationId });
    expect(answer['Error']).toBeUndefined();
    expect(await tasks(mock, InvocationId)).toEqual(['SUCCESS']);
  });

  it('answers an unknown invocation with the documented not-found code, a documented one with the example', async () => {
    const mock = newMock();
    expect((await call(mock, 'CancelInvocation', { InvocationId: 'inv-nosuch00' }))['Error'].Code).toBe('ResourceNotFound.InvocationNotFound');
    expect((await call(mock, 'CancelInvocation', { InvocationId: 'inv-docs0001' }))['Error']).toBeUndefined();
  });
});

describe('idempotency', () => {
  it('returns the same invocation for a repeated ClientToken and starts no second run', async () => {
    const mock = newMock();
    const first = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x'), ClientToken: 'tok-1' });
    const again = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x'), ClientToken: 'tok-1' });
    const other = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x'), ClientToken: 'tok-2' });
    expect(again['InvocationId']).toBe(first['InvocationId']);
    expect(other['InvocationId']).not.toBe(first['InvocationId']);
    expect(mock.executions.list()).toHaveLength(2);
  });
});

describe('saved commands', () => {
  it('create → describe → invoke → delete → invoke refused', async () => {
    const mock = newMock();
    const { CommandId } = await call(mock, 'CreateCommand', { CommandName: 'hello', Content: b64('echo hello') });
    const listed = await call(mock, 'DescribeCommands', { CommandIds: [CommandId] });
    expect(listed['CommandSet']).toEqual([{ CommandId, CommandName: 'hello', Content: b64('echo hello'), InvocationCount: 0 }]);
    const run = await call(mock, 'InvokeCommand', { CommandId, InstanceIds: ['ins-a0000001'] });
    mock.executions.advance(3000);
    const [snapshot] = mock.executions.list();
    expect(snapshot).toMatchObject({ id: run['InvocationId'], commandId: CommandId, content: 'echo hello', status: 'SUCCESS' });
    expect((await call(mock, 'DescribeCommands', {}))['CommandSet'][0].InvocationCount).toBe(1);
    await call(mock, 'DeleteCommand', { CommandId });
    expect((await call(mock, 'InvokeCommand', { CommandId, InstanceIds: ['ins-a0000001'] }))['Error'].Code).toBe('ResourceNotFound.CommandNotFound');
    expect((await call(mock, 'DeleteCommand', { CommandId: 'cmd-nosuch00' }))['Error'].Code).toBe('ResourceNotFound.CommandNotFound');
  });

  it('keeps the command of a run asked to save it', async () => {
    const mock = newMock();
    const run = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('uptime'), SaveCommand: true, CommandName: 'up' });
    const listed = await call(mock, 'DescribeCommands', {});
    expect(listed['CommandSet'].map((c: any) => [c.CommandId, c.CommandName])).toEqual([[run['CommandId'], 'up']]);
    expect(listed['TotalCount']).toBe(1);
  });
});

describe('state per mock', () => {
  it('keeps runs apart between mocks and clears them, the scenarios and the clock on reset', async () => {
    const one = newMock();
    const two = newMock();
    one.executions.scenario('*', { exitCode: 1 });
    await call(one, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x') });
    one.executions.advance(5000);
    expect(one.executions.list()).toHaveLength(1);
    expect(two.executions.list()).toEqual([]);
    expect(two.executions.now()).toBe(one.executions.now() - 5000);
    // With no state the describe answers the documented example, as before the engine existed.
    expect((await call(two, 'DescribeInvocations', {}))['InvocationSet'][0].InvocationId).toBe('inv-docs0001');
    one.reset();
    expect(one.executions.list()).toEqual([]);
    expect(one.executions.now()).toBe(two.executions.now());
    await call(one, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x') });
    one.executions.advance(3000);
    expect(one.executions.list()[0]?.status).toBe('SUCCESS');
  });

  it('mints the same ids after a reset', async () => {
    const mock = newMock();
    const first = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x') });
    mock.reset();
    const again = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x') });
    expect(again['InvocationId']).toBe(first['InvocationId']);
  });

  it('refuses a malformed scenario with the reason', () => {
    const mock = newMock();
    expect(() => mock.executions.scenario('x', { outcome: 'explode' } as never)).toThrow(/outcome is one of/);
    expect(() => mock.executions.scenario('x', { runMs: -1 })).toThrow(/runMs/);
    expect(() => mock.executions.advance(-5)).toThrow(RangeError);
  });
});
