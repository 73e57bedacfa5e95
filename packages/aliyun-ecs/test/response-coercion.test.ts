// A EcsClient reading a response whose number/boolean fields arrive as strings (as some services send them):
// the generated descriptor carries the response's field types, so exact strings become typed values and
// anything else fails with a ResponseTypeError naming the field, instead of passing through mistyped.
import { EcsClient, serviceModel, type DescribeInvocationsInput } from '@cloudexec/aliyun-ecs';
import { handlers, ecsMock } from '@cloudexec/aliyun-ecs/msw';
import { ResponseTypeError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, ecsMock);

const client = new EcsClient({ credentials: TEST_CREDENTIALS, region: 'cn-hangzhou' });
const example = serviceModel.operations.find((op) => op.action === 'DescribeInvocations')?.examples[0];
if (!example) throw new Error('DescribeInvocations has no documented example');
const input = example.request.input as DescribeInvocationsInput;

/** The override's type says numbers; these tests send what a misbehaving server sends instead. */
const asSent = (response: object) => response as never;

describe('DescribeInvocations response coercion', () => {
  it('converts numbers and booleans sent as strings into typed values', async () => {
    ecsMock.override('DescribeInvocations', {
      response: asSent({ TotalCount: '5', PageNumber: '1', Invocations: { Invocation: [{ Timed: 'true', Timeout: '60' }] } }),
      times: 1,
    });
    expect(await client.describeInvocations(input)).toMatchObject({
      TotalCount: 5,
      PageNumber: 1,
      Invocations: { Invocation: [{ Timed: true, Timeout: 60 }] },
    });
  });

  it('refuses a string that is not a number, naming the field path', async () => {
    ecsMock.override('DescribeInvocations', { response: asSent({ TotalCount: 'abc' }), times: 1 });
    const error = await rejectionOf(client.describeInvocations(input));
    expect(error).toBeInstanceOf(ResponseTypeError);
    expect(error).toMatchObject({ action: 'DescribeInvocations', path: 'TotalCount', expected: 'number', value: 'abc' });
  });
});
