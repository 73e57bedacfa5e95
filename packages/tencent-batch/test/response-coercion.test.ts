// A BatchClient reading a response whose number/boolean fields arrive as strings (as some services send them):
// the generated descriptor carries the response's field types, so exact strings become typed values and
// anything else fails with a ResponseTypeError naming the field, instead of passing through mistyped.
import { BatchClient, serviceModel, type DescribeTaskRequest } from '@cloudexec/tencent-batch';
import { handlers, batchMock } from '@cloudexec/tencent-batch/msw';
import { ResponseTypeError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, batchMock);

const client = new BatchClient({ credentials: TEST_CREDENTIALS, region: 'ap-guangzhou' });
const example = serviceModel.operations.find((op) => op.action === 'DescribeTask')?.examples[0];
if (!example) throw new Error('DescribeTask has no documented example');
const input = example.request.input as DescribeTaskRequest;

/** The override's type says numbers; these tests send what a misbehaving server sends instead. */
const asSent = (response: object) => response as never;

describe('DescribeTask response coercion', () => {
  it('converts numbers and booleans sent as strings into typed values', async () => {
    batchMock.override('DescribeTask', {
      response: asSent({ TaskInstanceTotalCount: '5', TaskInstanceSet: [{ TaskInstanceIndex: '0', ExitCode: '-1' }] }),
      times: 1,
    });
    expect(await client.describeTask(input)).toMatchObject({ TaskInstanceTotalCount: 5, TaskInstanceSet: [{ TaskInstanceIndex: 0, ExitCode: -1 }] });
  });

  it('refuses a string that is not a number, naming the field path', async () => {
    batchMock.override('DescribeTask', { response: asSent({ TaskInstanceMetrics: { SucceedCount: 'abc' } }), times: 1 });
    const error = await rejectionOf(client.describeTask(input));
    expect(error).toBeInstanceOf(ResponseTypeError);
    expect(error).toMatchObject({ action: 'DescribeTask', path: 'TaskInstanceMetrics.SucceedCount', expected: 'number', value: 'abc' });
  });
});
