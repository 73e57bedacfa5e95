// The generated waiter against the package's own MSW handlers: each poll is an ordinary DescribeInvocations call
// (signed, validated, rate-limited, retried), and the waiter ends on the documented terminal InvokeStatus or its timeout.
import { serviceModel, SwasClient, waitUntilInvocationsFinished, type DescribeInvocationsItem, type DescribeInvocationsResponse } from '@cloudexec/aliyun-swas';
import { handlers, swasMock } from '@cloudexec/aliyun-swas/msw';
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  swasMock.reset();
});
afterAll(() => server.close());

function countingClient() {
  const sent = { count: 0 };
  const client = new SwasClient({
    credentials: { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'test-secret' },
    region: 'cn-hangzhou',
    hooks: { onRequest: () => void (sent.count += 1) },
  });
  return { client, sent };
}

const fast = { minDelayMs: 1, maxDelayMs: 5 };
const input = { InstanceId: '2ad1ae67295445f598017499dc****' };
type InvokeStatus = NonNullable<DescribeInvocationsItem['InvokeStatus']>;

/** The documented DescribeInvocations payload with one execution per status. */
function invocations(...statuses: InvokeStatus[]): DescribeInvocationsResponse {
  const data = serviceModel.operations.find((op) => op.action === 'DescribeInvocations')?.examples[0]?.response.data as DescribeInvocationsResponse | undefined;
  const [first] = data?.Invocations ?? [];
  if (!data || !first) throw new Error('DescribeInvocations has no documented example');
  return { ...structuredClone(data), TotalCount: statuses.length, Invocations: statuses.map((status) => ({ ...first, InvokeStatus: status })) };
}

describe('waitUntilInvocationsFinished', () => {
  it('polls until every listed execution is Finished', async () => {
    swasMock.override('DescribeInvocations', { response: invocations('Running', 'Running'), times: 1 });
    swasMock.override('DescribeInvocations', { response: invocations('Finished', 'Running'), times: 1 });
    swasMock.override('DescribeInvocations', { response: invocations('Finished', 'Finished'), times: 1 });
    const { client, sent } = countingClient();
    const result = await waitUntilInvocationsFinished(client, input, fast);
    expect(result).toMatchObject({ state: 'success', attempts: 3 });
    expect(sent.count).toBe(3);
  });

  it.each(['Failed', 'Stopped'] as const)('ends as a failure as soon as one execution is %s', async (status) => {
    swasMock.override('DescribeInvocations', { response: invocations('Finished', status), times: 1 });
    expect(await waitUntilInvocationsFinished(countingClient().client, input, fast)).toMatchObject({ state: 'failure', attempts: 1 });
  });

  it('keeps polling on an empty list and times out with the last response', async () => {
    swasMock.override('DescribeInvocations', { response: invocations() });
    const result = await waitUntilInvocationsFinished(countingClient().client, input, { ...fast, timeoutMs: 40 });
    expect(result.state).toBe('timeout');
    expect(result.attempts).toBeGreaterThan(1);
    expect(result.result.Invocations).toEqual([]);
  });

  it('rejects on an error answer and refuses an input over a documented limit before sending', async () => {
    swasMock.override('DescribeInvocations', { errorCode: 'InvalidParameter', times: 1 });
    await expect(waitUntilInvocationsFinished(countingClient().client, input, fast)).rejects.toBeInstanceOf(CloudApiError);
    const { client, sent } = countingClient();
    await expect(waitUntilInvocationsFinished(client, { ...input, PageSize: 51 }, fast)).rejects.toBeInstanceOf(ValidationError);
    expect(sent.count).toBe(0);
  });
});
