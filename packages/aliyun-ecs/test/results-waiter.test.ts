// waitUntilInvocationResultsFinished against the package's MSW handlers: it polls DescribeInvocationResults until
// every instance record has a final per-instance InvocationStatus, succeeding only when all are Success.
import { EcsClient, serviceModel, waitUntilInvocationResultsFinished, type DescribeInvocationResultsResponse } from '@cloudexec/aliyun-ecs';
import { ecsMock, handlers } from '@cloudexec/aliyun-ecs/msw';
import { countingClient, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';
import { describe, expect, it } from 'vitest';

useMockServer(handlers, ecsMock);

const newClient = () => countingClient((hooks) => new EcsClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou', hooks }));

const fast = { minDelayMs: 1, maxDelayMs: 5 };
const input = { RegionId: 'cn-hangzhou', InvokeId: 't-7d2a745b412b4601b2d47f6a768d****' };

/** The example payload with two instance records, in the given per-instance statuses. */
type InstanceRecord = NonNullable<NonNullable<NonNullable<DescribeInvocationResultsResponse['Invocation']>['InvocationResults']>['InvocationResult']>[number];

function results(...statuses: NonNullable<InstanceRecord['InvocationStatus']>[]): DescribeInvocationResultsResponse {
  const data = serviceModel.operations.find((op) => op.action === 'DescribeInvocationResults')?.examples[0]?.response.data as
    | DescribeInvocationResultsResponse
    | undefined;
  const first = data?.Invocation?.InvocationResults?.InvocationResult?.[0];
  if (!data || !first) throw new Error('DescribeInvocationResults has no example record');
  const list = statuses.map((status, i) => ({ ...first, InstanceId: `i-bp185dy2o3o6ne${i}****`, InvocationStatus: status }));
  return { ...structuredClone(data), Invocation: { ...data.Invocation, InvocationResults: { InvocationResult: list } } };
}

describe('waitUntilInvocationResultsFinished', () => {
  it('keeps polling while one instance is still running', async () => {
    ecsMock.override('DescribeInvocationResults', { response: results('Pending', 'Running'), times: 1 });
    ecsMock.override('DescribeInvocationResults', { response: results('Success', 'Running'), times: 1 });
    ecsMock.override('DescribeInvocationResults', { response: results('Success', 'Success'), times: 1 });
    const { client, sent } = newClient();
    expect(await waitUntilInvocationResultsFinished(client, input, fast)).toMatchObject({ state: 'success', attempts: 3 });
    expect(sent.count).toBe(3);
  });

  it.each(['Failed', 'Timeout', 'Cancelled', 'Terminated', 'Aborted'] as const)('ends as a failure when one instance is %s', async (status) => {
    ecsMock.override('DescribeInvocationResults', { response: results('Success', status), times: 1 });
    expect(await waitUntilInvocationResultsFinished(newClient().client, input, fast)).toMatchObject({ state: 'failure', attempts: 1 });
  });
});
