// A SwasClient reading a response whose number/boolean fields arrive as strings (as some services send them):
// the generated descriptor carries the response's field types, so exact strings become typed values and
// anything else fails with a ResponseTypeError naming the field, instead of passing through mistyped.
import { SwasClient, serviceModel, type DescribeInvocationsInput } from '@cloudexec/aliyun-swas';
import { handlers, swasMock } from '@cloudexec/aliyun-swas/msw';
import { ResponseTypeError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, swasMock);

const client = new SwasClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou' });
const example = serviceModel.operations.find((op) => op.action === 'DescribeInvocations')?.examples[0];
if (!example) throw new Error('DescribeInvocations has no documented example');
const input = example.request.input as DescribeInvocationsInput;

/** The override's type says numbers; these tests send what a misbehaving server sends instead. */
const asSent = (response: object) => response as never;

describe('DescribeInvocations response coercion', () => {
  it('converts numbers and booleans sent as strings into typed values', async () => {
    swasMock.override('DescribeInvocations', { response: asSent({ TotalCount: '5', PageNumber: '1', PageSize: '10', Invocations: [] }), times: 1 });
    expect(await client.describeInvocations(input)).toMatchObject({ TotalCount: 5, PageNumber: 1, PageSize: 10, Invocations: [] });
  });

  it('refuses a string that is not a number, naming the field path', async () => {
    swasMock.override('DescribeInvocations', { response: asSent({ TotalCount: 'abc' }), times: 1 });
    const error = await rejectionOf(client.describeInvocations(input));
    expect(error).toBeInstanceOf(ResponseTypeError);
    expect(error).toMatchObject({ action: 'DescribeInvocations', path: 'TotalCount', expected: 'number', value: 'abc' });
  });
});
