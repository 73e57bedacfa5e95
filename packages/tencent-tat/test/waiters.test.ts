// The generated waiters against the package's own MSW handlers: each poll is an ordinary call (signed, validated,
// rate-limited, retried), and the waiter ends on the documented terminal statuses or its timeout.
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import {
  serviceModel,
  TatClient,
  waitUntilInvocationFinished,
  waitUntilInvocationTasksFinished,
  type DescribeInvocationTasksItem,
  type DescribeInvocationTasksResponse,
  type DescribeInvocationsItem,
  type DescribeInvocationsResponse,
} from '@cloudexec/tencent-tat';
import { handlers, tatMock } from '@cloudexec/tencent-tat/msw';
import { describe, expect, it } from 'vitest';
import { countingClient, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, tatMock);

/** A TatClient that counts the requests it sends. */
const newClient = () => countingClient((hooks) => new TatClient({ credentials: TEST_CREDENTIALS, region: 'ap-guangzhou', hooks }));

const fast = { minDelayMs: 1, maxDelayMs: 5 };

function exampleData<T>(action: string): T {
  const data = serviceModel.operations.find((op) => op.action === action)?.examples[0]?.response.data;
  if (!data) throw new Error(`${action} has no documented example`);
  return structuredClone(data) as T;
}

/** The documented DescribeInvocations payload with every invocation in `status`. */
function invocations(status: NonNullable<DescribeInvocationsItem['InvocationStatus']>): DescribeInvocationsResponse {
  const data = exampleData<DescribeInvocationsResponse>('DescribeInvocations');
  return { ...data, InvocationSet: (data.InvocationSet ?? []).map((item) => ({ ...item, InvocationStatus: status })) };
}

/** The documented DescribeInvocationTasks payload with the given task statuses, one task each. */
function tasks(...statuses: Array<NonNullable<DescribeInvocationTasksItem['TaskStatus']>>): DescribeInvocationTasksResponse {
  const data = exampleData<DescribeInvocationTasksResponse>('DescribeInvocationTasks');
  const [first] = data.InvocationTaskSet ?? [];
  return { ...data, TotalCount: statuses.length, InvocationTaskSet: statuses.map((status) => ({ ...first, TaskStatus: status })) };
}

describe('waitUntilInvocationFinished', () => {
  const input = { InvocationIds: ['inv-1vll7hda'] };

  it('polls through PENDING and RUNNING until SUCCESS', async () => {
    tatMock.override('DescribeInvocations', { response: invocations('PENDING'), times: 1 });
    tatMock.override('DescribeInvocations', { response: invocations('RUNNING'), times: 1 });
    tatMock.override('DescribeInvocations', { response: invocations('SUCCESS'), times: 1 });
    const { client, sent } = newClient();
    const result = await waitUntilInvocationFinished(client, input, fast);
    expect(result).toMatchObject({ state: 'success', attempts: 3 });
    expect(result.result.InvocationSet?.[0]?.InvocationStatus).toBe('SUCCESS');
    expect(sent.count).toBe(3);
  });

  it.each(['FAILED', 'PARTIAL_FAILED', 'CANCELLED'] as const)('ends as a failure on %s', async (status) => {
    tatMock.override('DescribeInvocations', { response: invocations('RUNNING'), times: 1 });
    tatMock.override('DescribeInvocations', { response: invocations(status), times: 1 });
    const result = await waitUntilInvocationFinished(newClient().client, input, fast);
    expect(result).toMatchObject({ state: 'failure', attempts: 2 });
  });

  it('times out with the last response while the invocation keeps running', async () => {
    tatMock.override('DescribeInvocations', { response: invocations('RUNNING') });
    const result = await waitUntilInvocationFinished(newClient().client, input, { ...fast, timeoutMs: 400 });
    expect(result.state).toBe('timeout');
    expect(result.attempts).toBeGreaterThan(1);
    expect(result.result.InvocationSet?.[0]?.InvocationStatus).toBe('RUNNING');
  });

  it('retries a retryable error inside one poll and rejects on a documented non-retryable one', async () => {
    tatMock.override('DescribeInvocations', { errorCode: 'InternalError', times: 1 });
    tatMock.override('DescribeInvocations', { response: invocations('SUCCESS'), times: 1 });
    const { client, sent } = newClient();
    expect(await waitUntilInvocationFinished(client, input, fast)).toMatchObject({ state: 'success', attempts: 1 });
    expect(sent.count).toBe(2);

    tatMock.override('DescribeInvocations', { errorCode: 'InvalidParameterValue.InvalidInvocationId', times: 1 });
    await expect(waitUntilInvocationFinished(client, input, fast)).rejects.toBeInstanceOf(CloudApiError);
  });
});

describe('waitUntilInvocationTasksFinished', () => {
  const input = { InvocationTaskIds: ['invt-afwuqts2', 'invt-08oe5fe2'] };

  it('waits until every task succeeded', async () => {
    tatMock.override('DescribeInvocationTasks', { response: tasks('DELIVERING', 'RUNNING'), times: 1 });
    tatMock.override('DescribeInvocationTasks', { response: tasks('SUCCESS', 'RUNNING'), times: 1 });
    tatMock.override('DescribeInvocationTasks', { response: tasks('SUCCESS', 'SUCCESS'), times: 1 });
    expect(await waitUntilInvocationTasksFinished(newClient().client, input, fast)).toMatchObject({ state: 'success', attempts: 3 });
  });

  it('fails as soon as one task failed', async () => {
    tatMock.override('DescribeInvocationTasks', { response: tasks('RUNNING', 'TASK_TIMEOUT'), times: 1 });
    expect(await waitUntilInvocationTasksFinished(newClient().client, input, fast)).toMatchObject({ state: 'failure', attempts: 1 });
  });

  it('refuses an input over a documented limit before sending', async () => {
    const { client, sent } = newClient();
    // Well-formed ids, so the list length is the only limit broken.
    const ids = Array.from({ length: 101 }, (_, i) => `invt-${String(i).padStart(8, '0')}`);
    const refused = waitUntilInvocationTasksFinished(client, { InvocationTaskIds: ids }, fast);
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({ path: 'InvocationTaskIds', constraint: 'maxItems' });
    expect(sent.count).toBe(0);
  });
});
