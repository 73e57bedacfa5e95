// The generated waiter against the package's own MSW handlers: each poll is an ordinary DescribeTask call
// (signed, validated, rate-limited, retried), and the waiter ends on the documented terminal TaskState or its timeout.
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import { BatchClient, serviceModel, waitUntilTaskFinished, type DescribeTaskRequest, type DescribeTaskResponse } from '@cloudexec/tencent-batch';
import { batchMock, handlers } from '@cloudexec/tencent-batch/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  batchMock.reset();
});
afterAll(() => server.close());

function countingClient() {
  const sent = { count: 0 };
  const client = new BatchClient({
    credentials: { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'test-secret' },
    region: 'ap-guangzhou',
    hooks: { onRequest: () => void (sent.count += 1) },
  });
  return { client, sent };
}

const fast = { minDelayMs: 1, maxDelayMs: 5 };
const example = serviceModel.operations.find((op) => op.action === 'DescribeTask')?.examples[0];
const input = { JobId: 'job-ql8ktdd5', TaskName: 'Task1' } satisfies DescribeTaskRequest;

/** The documented DescribeTask payload in `state`. */
function task(state: NonNullable<DescribeTaskResponse['TaskState']>): DescribeTaskResponse {
  if (!example) throw new Error('DescribeTask has no documented example');
  return { ...(structuredClone(example.response.data) as DescribeTaskResponse), TaskState: state };
}

describe('waitUntilTaskFinished', () => {
  it('polls through PENDING, RUNNABLE and RUNNING until SUCCEED, at the documented 3 calls per second', async () => {
    for (const state of ['PENDING', 'RUNNABLE', 'RUNNING', 'SUCCEED'] as const) batchMock.override('DescribeTask', { response: task(state), times: 1 });
    const { client, sent } = countingClient();
    const started = performance.now();
    const result = await waitUntilTaskFinished(client, input, fast);
    expect(result).toMatchObject({ state: 'success', attempts: 4 });
    expect(result.result.TaskState).toBe('SUCCEED');
    expect(sent.count).toBe(4);
    // The polls are ordinary calls: the client's rate limiter holds the fourth one back.
    expect(performance.now() - started).toBeGreaterThan(900);
  });

  it.each(['FAILED', 'FAILED_INTERRUPTED'] as const)('ends as a failure on %s', async (state) => {
    batchMock.override('DescribeTask', { response: task('STARTING'), times: 1 });
    batchMock.override('DescribeTask', { response: task(state), times: 1 });
    expect(await waitUntilTaskFinished(countingClient().client, input, fast)).toMatchObject({ state: 'failure', attempts: 2 });
  });

  it('times out with the last response while the task keeps running', async () => {
    batchMock.override('DescribeTask', { response: task('RUNNING') });
    const result = await waitUntilTaskFinished(countingClient().client, input, { minDelayMs: 15, maxDelayMs: 30, timeoutMs: 40 });
    expect(result.state).toBe('timeout');
    expect(result.attempts).toBeGreaterThan(1);
    expect(result.result.TaskState).toBe('RUNNING');
  });

  it('rejects on a documented error and refuses an input over a documented limit before sending', async () => {
    batchMock.override('DescribeTask', { errorCode: 'ResourceNotFound.Task', times: 1 });
    await expect(waitUntilTaskFinished(countingClient().client, input, fast)).rejects.toBeInstanceOf(CloudApiError);
    const { client, sent } = countingClient();
    await expect(waitUntilTaskFinished(client, { ...input, Limit: 100_000 }, fast)).rejects.toBeInstanceOf(ValidationError);
    expect(sent.count).toBe(0);
  });
});
