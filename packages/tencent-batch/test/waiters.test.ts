// The generated waiter against the package's own MSW handlers: each poll is an ordinary DescribeTask call
// (signed, validated, rate-limited, retried), and the waiter ends on the documented terminal TaskState or its timeout.
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import { BatchClient, serviceModel, waitUntilTaskFinished, type DescribeTaskRequest, type DescribeTaskResponse } from '@cloudexec/tencent-batch';
import { batchMock, handlers } from '@cloudexec/tencent-batch/msw';
import { describe, expect, it } from 'vitest';
import { countingClient, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, batchMock);

/** A BatchClient that counts the requests it sends. */
const newClient = () => countingClient((hooks) => new BatchClient({ credentials: TEST_CREDENTIALS, region: 'ap-guangzhou', hooks }));

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
    const { client, sent } = newClient();
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
    expect(await waitUntilTaskFinished(newClient().client, input, fast)).toMatchObject({ state: 'failure', attempts: 2 });
  });

  it('times out with the last response while the task keeps running', async () => {
    batchMock.override('DescribeTask', { response: task('RUNNING') });
    const result = await waitUntilTaskFinished(newClient().client, input, { minDelayMs: 15, maxDelayMs: 30, timeoutMs: 400 });
    expect(result.state).toBe('timeout');
    expect(result.attempts).toBeGreaterThan(1);
    expect(result.result.TaskState).toBe('RUNNING');
  });

  it('rejects on a documented error and refuses an input over a documented limit before sending', async () => {
    batchMock.override('DescribeTask', { errorCode: 'ResourceNotFound.Task', times: 1 });
    await expect(waitUntilTaskFinished(newClient().client, input, fast)).rejects.toBeInstanceOf(CloudApiError);
    const { client, sent } = newClient();
    await expect(waitUntilTaskFinished(client, { ...input, Limit: 100_000 }, fast)).rejects.toBeInstanceOf(ValidationError);
    expect(sent.count).toBe(0);
  });
});
