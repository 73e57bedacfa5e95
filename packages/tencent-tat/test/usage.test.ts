// TatClient against the package's own MSW handlers, every operation: the documented example comes back as
// documented, a forced documented error arrives as a typed CloudApiError, and an input over a documented
// limit is refused locally without anything being sent.
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import type { ExampleModel } from '@cloudexec/runtime/model';
import {
  isDescribeInvocationTasksError,
  isDescribeInvocationsError,
  serviceModel,
  TatClient,
  type DescribeInvocationTasksRequest,
  type DescribeInvocationsRequest,
} from '@cloudexec/tencent-tat';
import { handlers, tatMock } from '@cloudexec/tencent-tat/msw';
import { describe, expect, it } from 'vitest';
import { countingClient, rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, tatMock);

/** A TatClient that counts the requests it sends. */
const newClient = () => countingClient((hooks) => new TatClient({ credentials: TEST_CREDENTIALS, region: 'ap-guangzhou', hooks }));

function documentedExample(action: string): ExampleModel {
  const example = serviceModel.operations.find((op) => op.action === action)?.examples[0];
  if (!example) throw new Error(`${action} has no documented example`);
  return example;
}

describe('DescribeInvocations', () => {
  const example = documentedExample('DescribeInvocations');
  const input = example.request.input as DescribeInvocationsRequest;

  it('serves the documented example', async () => {
    const { client, sent } = newClient();
    expect(await client.describeInvocations(input)).toEqual({ ...example.response.data, RequestId: expect.any(String) });
    expect(sent.count).toBe(1);
  });

  it('answers a documented error as a typed CloudApiError', async () => {
    tatMock.override('DescribeInvocations', { errorCode: 'InvalidParameterValue.InvalidInvocationId', times: 1 });
    const error = await rejectionOf(newClient().client.describeInvocations(input));
    expect(isDescribeInvocationsError(error, 'InvalidParameterValue.InvalidInvocationId')).toBe(true);
    expect(isDescribeInvocationTasksError(error)).toBe(false);
    expect(error).toBeInstanceOf(CloudApiError);
    expect(error).toMatchObject({ provider: 'tencent', action: 'DescribeInvocations', code: 'InvalidParameterValue.InvalidInvocationId', httpStatus: 200 });
    expect((error as CloudApiError).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a filter value off its documented list before sending', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(client.describeInvocations({ Filters: [{ Name: 'instance-kind', Values: ['CVM', 'BAREMETAL'] }] }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ path: 'Filters[0].Values[1]', constraint: 'filterValue', limit: ['CVM', 'LIGHTHOUSE'], value: 'BAREMETAL' });
    expect(sent.count).toBe(0);
  });
});

describe('DescribeInvocationTasks', () => {
  const example = documentedExample('DescribeInvocationTasks');
  const input = example.request.input as DescribeInvocationTasksRequest;

  it('serves the documented example', async () => {
    const { client, sent } = newClient();
    expect(await client.describeInvocationTasks(input)).toEqual({ ...example.response.data, RequestId: expect.any(String) });
    expect(sent.count).toBe(1);
  });

  it('answers a documented error as a typed CloudApiError', async () => {
    tatMock.override('DescribeInvocationTasks', { errorCode: 'InvalidParameterValue.InvalidInvocationTaskId', times: 1 });
    const error = await rejectionOf(newClient().client.describeInvocationTasks(input));
    expect(isDescribeInvocationTasksError(error, 'InvalidParameterValue.InvalidInvocationTaskId')).toBe(true);
    expect(isDescribeInvocationsError(error)).toBe(false);
    expect(error).toMatchObject({
      provider: 'tencent',
      action: 'DescribeInvocationTasks',
      code: 'InvalidParameterValue.InvalidInvocationTaskId',
      httpStatus: 200,
    });
  });

  it('refuses more task ids than documented before sending', async () => {
    const { client, sent } = newClient();
    const ids = Array.from({ length: 101 }, (_, i) => `invt-${i}`);
    const error = await rejectionOf(client.describeInvocationTasks({ InvocationTaskIds: ids }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ path: 'InvocationTaskIds', constraint: 'maxItems', limit: 100 });
    expect(sent.count).toBe(0);
  });
});
