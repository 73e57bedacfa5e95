// Items are the documented example item with the `item` map written over it; `[]` repeats per task.
import { describe, expect, it } from 'vitest';
import { rollUp, executionWord, targetWord } from '../../src/executions/rollup.ts';
import { b64, call, executions, newMock } from './fixture.ts';

describe('rendering', () => {
  it('repeats a nested [] member once per task, keeping the example element members the map does not set', async () => {
    const mock = newMock();
    mock.executions.scenario('ins-b0000002', { exitCode: 1 });
    const { InvocationId } = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001', 'ins-b0000002'], Content: b64('x') });
    mock.executions.advance(3000);
    const [item] = (await call(mock, 'DescribeInvocations', {}))['InvocationSet'];
    expect(item.InvocationId).toBe(InvocationId);
    expect(item.InstanceKind).toBe('CVM');
    expect(item.InvocationTaskBasicInfoSet).toEqual([
      { InvocationTaskId: expect.stringMatching(/^invt-/), TaskStatus: 'SUCCESS', InstanceId: 'ins-a0000001', Kept: 'from the example' },
      { InvocationTaskId: expect.stringMatching(/^invt-/), TaskStatus: 'FAILED', InstanceId: 'ins-b0000002', Kept: 'from the example' },
    ]);
  });

  it('lists state items newest first, pages them and filters them by the request ids', async () => {
    const mock = newMock();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) ids.push((await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64(`n${i}`) }))['InvocationId']);
    const page = await call(mock, 'DescribeInvocations', { Limit: 2 });
    expect(page['TotalCount']).toBe(3);
    expect(page['InvocationSet'].map((i: any) => i.InvocationId)).toEqual([ids[2], ids[1]]);
    const one = await call(mock, 'DescribeInvocations', { InvocationIds: [ids[0]] });
    expect(one['InvocationSet'].map((i: any) => i.InvocationId)).toEqual([ids[0]]);
  });

  it('serves state items before the dataset items', async () => {
    const mock = newMock();
    mock.setDataset('DescribeInvocations', [{ InvocationId: 'inv-data0001', InvocationStatus: 'SUCCESS' }]);
    const { InvocationId } = await call(mock, 'RunCommand', { InstanceIds: ['ins-a0000001'], Content: b64('x') });
    const listed = await call(mock, 'DescribeInvocations', {});
    expect(listed['InvocationSet'].map((i: any) => i.InvocationId)).toEqual([InvocationId, 'inv-data0001']);
  });

  it('answers a single-entity describe from the response map, with per-phase counts and minted targets', async () => {
    const mock = newMock();
    const { JobId } = await call(mock, 'SubmitJob', { InstanceCount: 2, Command: 'echo job' });
    mock.executions.advance(1000);
    expect(await call(mock, 'DescribeJob', { JobId })).toMatchObject({ JobId, JobState: 'RUNNING', Metrics: { Running: 2, Succeeded: 0 } });
    mock.executions.advance(2000);
    expect(await call(mock, 'DescribeJob', { JobId })).toMatchObject({ JobState: 'SUCCESS', Metrics: { Running: 0, Succeeded: 2 } });
    expect(mock.executions.list()[0]?.tasks.map((t) => t.target)).toEqual([expect.stringMatching(/^ins-[a-z0-9]{8}$/), expect.stringMatching(/^ins-/)]);
    expect(mock.executions.list()[0]?.content).toBe('echo job');
  });
});

describe('roll-up', () => {
  it('follows docs/executions.md', () => {
    expect(rollUp(['queued', 'queued'])).toBe('pending');
    expect(rollUp(['queued', 'running'])).toBe('running');
    expect(rollUp(['running', 'stopping'])).toBe('stopping');
    expect(rollUp(['succeeded', 'succeeded'])).toBe('succeeded');
    expect(rollUp(['timedOut', 'timedOut'])).toBe('timedOut');
    expect(rollUp(['cancelled', 'terminated'])).toBe('cancelled');
    expect(rollUp(['cancelled', 'succeeded'])).toBe('partialCancelled');
    expect(rollUp(['failed', 'undelivered', 'targetNotFound'])).toBe('failed');
    expect(rollUp(['failed', 'succeeded'])).toBe('partialFailed');
    expect(rollUp(['timedOut', 'succeeded'])).toBe('partialFailed');
  });

  it('falls back to the next word when the service has none for a phase', () => {
    expect(executionWord(executions.executionStatus, 'partialCancelled')).toBe('CANCELLED');
    expect(executionWord({ pending: 'P', running: 'R', succeeded: 'S', failed: 'F' }, 'partialFailed')).toBe('F');
    expect(executionWord({ pending: 'P', running: 'R', succeeded: 'S', failed: 'F' }, 'timedOut')).toBe('F');
    expect(executionWord({ pending: 'P', running: 'R', succeeded: 'S', failed: 'F' }, 'stopping')).toBe('R');
    expect(targetWord({ queued: 'Q', running: 'R', failed: 'F' }, 'delivering')).toBe('Q');
    expect(targetWord({ queued: 'Q', running: 'R', failed: 'F', cancelled: 'C' }, 'terminated')).toBe('C');
    expect(targetWord({ queued: 'Q', running: 'R', failed: 'F' }, 'targetNotFound')).toBe('F');
  });
});
