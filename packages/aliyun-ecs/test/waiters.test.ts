// The generated waiter against the package's own MSW handlers: each poll is an ordinary DescribeInvocations call
// (signed, validated, rate-limited, retried), and the waiter ends on the documented terminal InvokeStatus or its timeout.
import { EcsClient, serviceModel, waitUntilInvocationFinished, type DescribeInvocationsResponse } from '@cloudexec/aliyun-ecs';
import { ecsMock, handlers } from '@cloudexec/aliyun-ecs/msw';
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { countingClient, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, ecsMock);

/** A EcsClient that counts the requests it sends. */
const newClient = () => countingClient((hooks) => new EcsClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou', hooks }));

const fast = { minDelayMs: 1, maxDelayMs: 5 };
const input = { InvokeId: 't-hz0jdfwd9f****' };

/** The documented DescribeInvocations payload with every execution's legacy InvokeStatus set to `status`. */
function invocations(status: string): DescribeInvocationsResponse {
  const data = serviceModel.operations.find((op) => op.action === 'DescribeInvocations')?.examples[0]?.response.data as DescribeInvocationsResponse | undefined;
  if (!data) throw new Error('DescribeInvocations has no documented example');
  const list = (data.Invocations?.Invocation ?? []).map((item) => ({ ...item, InvokeStatus: status }));
  return { ...structuredClone(data), Invocations: { Invocation: list } };
}

describe('waitUntilInvocationFinished', () => {
  it('polls through Running until Finished', async () => {
    ecsMock.override('DescribeInvocations', { response: invocations('Running'), times: 2 });
    ecsMock.override('DescribeInvocations', { response: invocations('Finished'), times: 1 });
    const { client, sent } = newClient();
    const result = await waitUntilInvocationFinished(client, input, fast);
    expect(result).toMatchObject({ state: 'success', attempts: 3 });
    expect(result.result.Invocations?.Invocation?.[0]?.InvokeStatus).toBe('Finished');
    expect(sent.count).toBe(3);
  });

  it.each(['Failed', 'Stopped', 'PartialFailed'])('ends as a failure on %s', async (status) => {
    ecsMock.override('DescribeInvocations', { response: invocations('Running'), times: 1 });
    ecsMock.override('DescribeInvocations', { response: invocations(status), times: 1 });
    expect(await waitUntilInvocationFinished(newClient().client, input, fast)).toMatchObject({ state: 'failure', attempts: 2 });
  });

  it('times out with the last response while the execution keeps running', async () => {
    ecsMock.override('DescribeInvocations', { response: invocations('Running') });
    const result = await waitUntilInvocationFinished(newClient().client, input, { ...fast, timeoutMs: 400 });
    expect(result.state).toBe('timeout');
    expect(result.attempts).toBeGreaterThan(1);
    expect(result.result.Invocations?.Invocation?.[0]?.InvokeStatus).toBe('Running');
  });

  it('retries a retryable error inside one poll, rejects on a documented one, and validates before sending', async () => {
    ecsMock.override('DescribeInvocations', { errorCode: 'InternalError.Dispatch', times: 1 });
    ecsMock.override('DescribeInvocations', { response: invocations('Finished'), times: 1 });
    const { client, sent } = newClient();
    expect(await waitUntilInvocationFinished(client, input, fast)).toMatchObject({ state: 'success', attempts: 1 });
    expect(sent.count).toBe(2);

    ecsMock.override('DescribeInvocations', { errorCode: 'Operation.Forbidden', times: 1 });
    await expect(waitUntilInvocationFinished(client, input, fast)).rejects.toBeInstanceOf(CloudApiError);

    const before = sent.count;
    await expect(waitUntilInvocationFinished(client, { ...input, PageSize: 51 }, fast)).rejects.toBeInstanceOf(ValidationError);
    expect(sent.count).toBe(before);
  });
});
