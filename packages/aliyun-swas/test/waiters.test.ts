// The generated waiter against the package's own MSW handlers: each poll is an ordinary DescribeInvocations call
// (signed, validated, rate-limited, retried), and the waiter ends on the documented terminal InvokeStatus or its timeout.
import { serviceModel, SwasClient, waitUntilInvocationsFinished, type DescribeInvocationsItem, type DescribeInvocationsResponse } from '@cloudexec/aliyun-swas';
import { handlers, swasMock } from '@cloudexec/aliyun-swas/msw';
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { countingClient, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, swasMock);

/** A SwasClient that counts the requests it sends. */
const newClient = () => countingClient((hooks) => new SwasClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou', hooks }));

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
    const { client, sent } = newClient();
    const result = await waitUntilInvocationsFinished(client, input, fast);
    expect(result).toMatchObject({ state: 'success', attempts: 3 });
    expect(sent.count).toBe(3);
  });

  it.each(['Failed', 'Stopped'] as const)('ends as a failure as soon as one execution is %s', async (status) => {
    swasMock.override('DescribeInvocations', { response: invocations('Finished', status), times: 1 });
    expect(await waitUntilInvocationsFinished(newClient().client, input, fast)).toMatchObject({ state: 'failure', attempts: 1 });
  });

  it('keeps polling on an empty list and times out with the last response', async () => {
    swasMock.override('DescribeInvocations', { response: invocations() });
    const result = await waitUntilInvocationsFinished(newClient().client, input, { ...fast, timeoutMs: 400 });
    expect(result.state).toBe('timeout');
    expect(result.attempts).toBeGreaterThan(1);
    expect(result.result.Invocations).toEqual([]);
  });

  it('rejects on an error answer and refuses an input over a documented limit before sending', async () => {
    swasMock.override('DescribeInvocations', { errorCode: 'InvalidParameter', times: 1 });
    await expect(waitUntilInvocationsFinished(newClient().client, input, fast)).rejects.toBeInstanceOf(CloudApiError);
    const { client, sent } = newClient();
    await expect(waitUntilInvocationsFinished(client, { ...input, PageSize: 51 }, fast)).rejects.toBeInstanceOf(ValidationError);
    expect(sent.count).toBe(0);
  });
});
