// A TatClient reading a response whose number/boolean fields arrive as strings (as some services send them):
// the generated descriptor carries the response's field types, so exact strings become typed values and
// anything else fails with a ResponseTypeError naming the field, instead of passing through mistyped.
import { TatClient, serviceModel, type DescribeInvocationsRequest } from '@cloudexec/tencent-tat';
import { handlers, tatMock } from '@cloudexec/tencent-tat/msw';
import { ResponseTypeError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, tatMock);

const client = new TatClient({ credentials: TEST_CREDENTIALS, region: 'ap-guangzhou' });
const example = serviceModel.operations.find((op) => op.action === 'DescribeInvocations')?.examples[0];
if (!example) throw new Error('DescribeInvocations has no documented example');
const input = example.request.input as DescribeInvocationsRequest;

/** The override's type says numbers; these tests send what a misbehaving server sends instead. */
const asSent = (response: object) => response as never;

describe('DescribeInvocations response coercion', () => {
  it('converts numbers and booleans sent as strings into typed values', async () => {
    tatMock.override('DescribeInvocations', {
      response: asSent({ TotalCount: '5', InvocationSet: [{ InvocationId: 'inv-abcdefgh', Timeout: '60' }] }),
      times: 1,
    });
    expect(await client.describeInvocations(input)).toMatchObject({ TotalCount: 5, InvocationSet: [{ InvocationId: 'inv-abcdefgh', Timeout: 60 }] });
  });

  it('refuses a string that is not a number, naming the field path', async () => {
    tatMock.override('DescribeInvocations', { response: asSent({ TotalCount: 1, InvocationSet: [{ Timeout: 'abc' }] }), times: 1 });
    const error = await rejectionOf(client.describeInvocations(input));
    expect(error).toBeInstanceOf(ResponseTypeError);
    expect(error).toMatchObject({ action: 'DescribeInvocations', path: 'InvocationSet[0].Timeout', expected: 'number', value: 'abc' });
  });
});
