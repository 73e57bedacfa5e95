// BatchClient against the package's own MSW handlers: the documented example comes back as documented, a
// forced documented error arrives as a typed CloudApiError, and an input breaking a documented limit is
// refused locally without anything being sent.
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import { BatchClient, isBatchError, isDescribeTaskError, serviceModel, type DescribeTaskRequest } from '@cloudexec/tencent-batch';
import { batchMock, handlers } from '@cloudexec/tencent-batch/msw';
import { describe, expect, it } from 'vitest';
import { countingClient, rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, batchMock);

/** A BatchClient that counts the requests it sends. */
const newClient = () => countingClient((hooks) => new BatchClient({ credentials: TEST_CREDENTIALS, region: 'ap-guangzhou', hooks }));

describe('DescribeTask', () => {
  const example = serviceModel.operations.find((op) => op.action === 'DescribeTask')?.examples[0];
  if (!example) throw new Error('DescribeTask has no documented example');
  const input = example.request.input as DescribeTaskRequest;

  it('serves the documented example', async () => {
    const { client, sent } = newClient();
    expect(await client.describeTask(input)).toEqual({ ...example.response.data, RequestId: expect.any(String) });
    expect(sent.count).toBe(1);
  });

  it('answers a documented error as a typed CloudApiError', async () => {
    batchMock.override('DescribeTask', { errorCode: 'ResourceNotFound.Task', times: 1 });
    const error = await rejectionOf(newClient().client.describeTask(input));
    expect(isDescribeTaskError(error, 'ResourceNotFound.Task')).toBe(true);
    expect(isBatchError(error, ['InvalidParameter.JobIdMalformed'])).toBe(false);
    expect(error).toBeInstanceOf(CloudApiError);
    expect(error).toMatchObject({ provider: 'tencent', action: 'DescribeTask', code: 'ResourceNotFound.Task', httpStatus: 200 });
    expect((error as CloudApiError).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a task instance state off the documented list before sending', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(client.describeTask({ ...input, Filters: [{ Name: 'task-instance-type', Values: ['RUNNING', 'DONE'] }] }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ action: 'DescribeTask', path: 'Filters[0].Values[1]', constraint: 'filterValue', value: 'DONE' });
    expect(sent.count).toBe(0);
  });

  it('refuses a page size over the documented maximum before sending', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(client.describeTask({ ...input, Limit: 1001 }));
    expect(error).toMatchObject({ name: 'ValidationError', path: 'Limit', constraint: 'maximum', limit: 1000, value: 1001 });
    expect(sent.count).toBe(0);
  });
});
