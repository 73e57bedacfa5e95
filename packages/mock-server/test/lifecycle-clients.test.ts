// A run through each generated client against the in-process mock, on the simulated clock: the status the
// describe operation shows at each simulated second, the per-target result at the end, and the generated
// waiter resolving as fake timers move the clock. Then one run over HTTP driven by the control endpoint.
import { createMockService, type MockService } from '@cloudexec/mock';
import {
  EcsClient,
  describeInvocationResults,
  runCommand as ecsRun,
  serviceModel as ecsModel,
  waitUntilInvocationResultsFinished,
} from '@cloudexec/aliyun-ecs';
import { SwasClient, describeInvocationResult, runCommand as swasRun, serviceModel as swasModel, waitUntilInvocationResultFinal } from '@cloudexec/aliyun-swas';
import { createFetchTransport } from '@cloudexec/runtime';
import { BatchClient, describeJob, submitJob, serviceModel as batchModel, waitUntilJobFinished } from '@cloudexec/tencent-batch';
import {
  TatClient,
  describeInvocationTasks,
  describeInvocations,
  runCommand as tatRun,
  serviceModel as tatModel,
  waitUntilInvocationFinished,
} from '@cloudexec/tencent-tat';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startMockServer } from '../src/server.ts';

const credentials = { accessKeyId: 'AKIDlifecycle', accessKeySecret: 'lifecycle-secret' };

function inProcess(model: ServiceModel) {
  const mock = createMockService(model, { enforceQps: false });
  const transport = createFetchTransport((input, init) => mock.handle(new Request(input, init)));
  return { mock, options: { credentials, transport, retry: { maxAttempts: 1 } } };
}

/** Status at each simulated second 0..seconds, advancing the mock's clock by 1 s between reads. */
async function trace(mock: MockService, seconds: number, read: () => Promise<string>): Promise<string[]> {
  const seen: string[] = [];
  for (let second = 0; second <= seconds; second += 1) {
    seen.push(await read());
    mock.executions.advance(1000);
  }
  return seen;
}

const exampleInput = (model: ServiceModel, action: string) =>
  structuredClone(model.operations.find((op) => op.action === action)?.examples[0]?.request.input ?? {});

describe('a run through each generated client, in process', () => {
  it('TAT: RunCommand PENDING → RUNNING → SUCCESS, with the task result', async () => {
    const { mock, options } = inProcess(tatModel);
    const client = new TatClient({ ...options, region: 'ap-guangzhou' });
    const { InvocationId } = await tatRun(client, { InstanceIds: ['ins-aaaa1111'], Content: btoa('echo hello') });
    const id = String(InvocationId);
    const seen = await trace(mock, 4, async () => String((await describeInvocations(client, { InvocationIds: [id] })).InvocationSet?.[0]?.InvocationStatus));
    expect(seen).toEqual(['PENDING', 'RUNNING', 'RUNNING', 'SUCCESS', 'SUCCESS']);
    const [task] = (await describeInvocationTasks(client, { Filters: [{ Name: 'invocation-id', Values: [id] }] })).InvocationTaskSet ?? [];
    expect(task?.TaskStatus).toBe('SUCCESS');
    expect(task?.TaskResult?.ExitCode).toBe(0);
    expect(atob(String(task?.TaskResult?.Output))).toContain('echo hello');
    console.info(`TAT ${id}: ${seen.join(' → ')}`);
  });

  it('Batch: SubmitJob PENDING → RUNNING → SUCCEED', async () => {
    const { mock, options } = inProcess(batchModel);
    const client = new BatchClient({ ...options, region: 'ap-guangzhou' });
    const { JobId } = await submitJob(client, exampleInput(batchModel, 'SubmitJob') as never);
    const id = String(JobId);
    const seen = await trace(mock, 4, async () => String((await describeJob(client, { JobId: id })).JobState));
    expect(seen).toEqual(['PENDING', 'RUNNING', 'RUNNING', 'SUCCEED', 'SUCCEED']);
    console.info(`Batch ${id}: ${seen.join(' → ')}`);
  });

  it('ECS: RunCommand Pending → Running → Success, with the per-instance result', async () => {
    const { mock, options } = inProcess(ecsModel);
    const client = new EcsClient({ ...options, region: 'cn-hangzhou' });
    const { InvokeId } = await ecsRun(client, {
      ...(exampleInput(ecsModel, 'RunCommand') as object),
      InstanceId: ['i-bp1aaaaaaaaaaaaaaaaa'],
      CommandContent: 'echo hello',
    } as never);
    const id = String(InvokeId);
    const read = async () => (await describeInvocationResults(client, { InvokeId: id })).Invocation?.InvocationResults?.InvocationResult?.[0];
    const seen = await trace(mock, 4, async () => String((await read())?.InvokeRecordStatus));
    expect(seen).toEqual(['Pending', 'Running', 'Running', 'Success', 'Success']);
    const result = await read();
    expect(result?.InvocationStatus).toBe('Success');
    expect(atob(String(result?.Output))).toContain('echo hello');
    console.info(`ECS ${id}: ${seen.join(' → ')}`);
  });

  it('SWAS: RunCommand Pending → Running → Success', async () => {
    const { mock, options } = inProcess(swasModel);
    const client = new SwasClient({ ...options, region: 'cn-hangzhou' });
    const input = exampleInput(swasModel, 'RunCommand') as Record<string, unknown>;
    const { InvokeId } = await swasRun(client, input as never);
    const id = String(InvokeId);
    const target = String(input['InstanceId']);
    const seen = await trace(mock, 4, async () =>
      String((await describeInvocationResult(client, { InvokeId: id, InstanceId: target } as never)).InvocationResult?.InvocationStatus),
    );
    expect(seen).toEqual(['Pending', 'Running', 'Running', 'Success', 'Success']);
    console.info(`SWAS ${id}: ${seen.join(' → ')}`);
  });
});

describe('generated waiters on the simulated clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['TAT', 'SUCCESS'],
    ['Batch', 'SUCCEED'],
    ['ECS', 'Success'],
    ['SWAS', 'Success'],
  ])('%s: resolves success once the run has finished', async (provider) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.UTC(2026, 0, 2) });
    // Wrapped: an async function returning the waiter's promise would otherwise wait for it here.
    const { waiting } = await startAndWait(provider);
    await vi.advanceTimersByTimeAsync(10_000);
    const result = await waiting;
    expect(result.state).toBe('success');
  });

  it('TAT: resolves failure for a failing target', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.UTC(2026, 0, 2) });
    const { mock, options } = inProcess(tatModel);
    mock.executions.scenario('ins-bad00001', { exitCode: 2 });
    const client = new TatClient({ ...options, region: 'ap-guangzhou' });
    const { InvocationId } = await tatRun(client, { InstanceIds: ['ins-bad00001'], Content: btoa('false') });
    const waiting = waitUntilInvocationFinished(client, { InvocationIds: [String(InvocationId)] });
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await waiting).state).toBe('failure');
  });
});

async function startAndWait(provider: string): Promise<{ waiting: Promise<{ state: string }> }> {
  switch (provider) {
    case 'TAT': {
      const { options } = inProcess(tatModel);
      const client = new TatClient({ ...options, region: 'ap-guangzhou' });
      const { InvocationId } = await tatRun(client, { InstanceIds: ['ins-aaaa1111'], Content: btoa('uptime') });
      return { waiting: waitUntilInvocationFinished(client, { InvocationIds: [String(InvocationId)] }) };
    }
    case 'Batch': {
      const { options } = inProcess(batchModel);
      const client = new BatchClient({ ...options, region: 'ap-guangzhou' });
      const { JobId } = await submitJob(client, exampleInput(batchModel, 'SubmitJob') as never);
      return { waiting: waitUntilJobFinished(client, { JobId: String(JobId) }) };
    }
    case 'ECS': {
      const { options } = inProcess(ecsModel);
      const client = new EcsClient({ ...options, region: 'cn-hangzhou' });
      const { InvokeId } = await ecsRun(client, { ...(exampleInput(ecsModel, 'RunCommand') as object), InstanceId: ['i-bp1aaaaaaaaaaaaaaaaa'] } as never);
      return { waiting: waitUntilInvocationResultsFinished(client, { InvokeId: String(InvokeId) } as never) };
    }
    default: {
      const { options } = inProcess(swasModel);
      const client = new SwasClient({ ...options, region: 'cn-hangzhou' });
      const input = exampleInput(swasModel, 'RunCommand') as Record<string, unknown>;
      const { InvokeId } = await swasRun(client, input as never);
      return { waiting: waitUntilInvocationResultFinal(client, { InvokeId: String(InvokeId), InstanceId: String(input['InstanceId']) } as never) };
    }
  }
}

describe('over HTTP, driven by the control endpoint', () => {
  it('TAT: the run moves only as /__cloudexec/advance moves it', async () => {
    const server = await startMockServer({ dataset: false, enforceQps: false });
    try {
      const client = new TatClient({ endpoint: server.origin, allowInsecureHttp: true, credentials, region: 'ap-guangzhou', retry: { maxAttempts: 1 } });
      await fetch(`${server.origin}/__cloudexec/scenario`, {
        method: 'POST',
        body: JSON.stringify({ service: 'tencent-tat', target: 'ins-bad00001', exitCode: 7 }),
      });
      const { InvocationId } = await tatRun(client, { InstanceIds: ['ins-bad00001'], Content: btoa('exit 7') });
      const status = async () => (await describeInvocations(client, { InvocationIds: [String(InvocationId)] })).InvocationSet?.[0]?.InvocationStatus;
      expect(await status()).toBe('PENDING');
      await fetch(`${server.origin}/__cloudexec/advance`, { method: 'POST', body: JSON.stringify({ ms: 3000 }) });
      expect(await status()).toBe('FAILED');
      const state = (await (await fetch(`${server.origin}/__cloudexec/state`)).json()) as any;
      expect(state.services['tencent-tat'].executions[0].tasks[0]).toMatchObject({ target: 'ins-bad00001', status: 'FAILED', exitCode: 7 });
    } finally {
      await server.close({ graceMs: 0 });
    }
  });
});
