// SwasClient against the package's own MSW handlers: the documented example comes back as documented, a
// forced documented error arrives as a typed CloudApiError with its HTTP status, and an input breaking a
// documented limit is refused locally without anything being sent.
import { isDescribeInvocationsError, serviceModel, SwasClient, type DescribeInvocationsInput } from '@cloudexec/aliyun-swas';
import { handlers, swasMock } from '@cloudexec/aliyun-swas/msw';
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { countingClient, rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, swasMock);

/** A SwasClient that counts the requests it sends. */
const newClient = () => countingClient((hooks) => new SwasClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou', hooks }));

describe('DescribeInvocations', () => {
  const example = serviceModel.operations.find((op) => op.action === 'DescribeInvocations')?.examples[0];
  if (!example) throw new Error('DescribeInvocations has no documented example');
  const input = example.request.input as DescribeInvocationsInput;

  it('serves the documented example', async () => {
    const { client, sent } = newClient();
    expect(await client.describeInvocations(input)).toEqual({ ...example.response.data, RequestId: expect.any(String) });
    expect(sent.count).toBe(1);
  });

  it('answers a documented error as a typed CloudApiError with its documented status', async () => {
    swasMock.override('DescribeInvocations', { errorCode: 'Forbidden.RAM', times: 1 });
    const error = await rejectionOf(newClient().client.describeInvocations(input));
    expect(isDescribeInvocationsError(error, 'Forbidden.RAM')).toBe(true);
    expect(isDescribeInvocationsError(error, ['InvalidParameter', 'MissingParameter'])).toBe(false);
    expect(error).toBeInstanceOf(CloudApiError);
    expect(error).toMatchObject({ provider: 'aliyun', action: 'DescribeInvocations', code: 'Forbidden.RAM', httpStatus: 403 });
    expect((error as CloudApiError).requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('refuses a page size over the documented maximum before sending', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(client.describeInvocations({ ...input, PageSize: 51 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ action: 'DescribeInvocations', path: 'PageSize', constraint: 'maximum', limit: 50, value: 51 });
    expect(sent.count).toBe(0);
  });

  it('refuses a missing InstanceId before sending', async () => {
    const { client, sent } = newClient();
    const error = await rejectionOf(client.describeInvocations({ ...input, InstanceId: '' }));
    expect(error).toMatchObject({ name: 'ValidationError', path: 'InstanceId', constraint: 'required' });
    expect(sent.count).toBe(0);
  });
});
