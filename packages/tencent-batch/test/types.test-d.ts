// Compile-time contract of the generated Batch API: request and response shapes as the spec types them, and
// an error-code union that takes the documented codes and nothing else.
import type { BatchClient, BatchErrorCode, DescribeTaskErrorCode, DescribeTaskRequest, DescribeTaskResponse } from '@cloudexec/tencent-batch';
import { describe, expectTypeOf, it } from 'vitest';

describe('DescribeTask', () => {
  it('types the request', () => {
    expectTypeOf<DescribeTaskRequest['JobId']>().toEqualTypeOf<string>();
    expectTypeOf<DescribeTaskRequest['Limit']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error TaskName is required
    const noTaskName: DescribeTaskRequest = { JobId: 'job-97zcl3wt' };
    // @ts-expect-error Offset is a number
    const textOffset: DescribeTaskRequest = { JobId: 'job-97zcl3wt', TaskName: 'A', Offset: '0' };
    expectTypeOf([noTaskName, textOffset]).toEqualTypeOf<DescribeTaskRequest[]>();
  });

  it('types the client method and the response items', () => {
    expectTypeOf<BatchClient['describeTask']>().parameter(0).toEqualTypeOf<DescribeTaskRequest>();
    expectTypeOf<BatchClient['describeTask']>().returns.resolves.toEqualTypeOf<DescribeTaskResponse>();
    type Item = DescribeTaskResponse['TaskInstanceSet'][number];
    expectTypeOf<DescribeTaskResponse['TaskInstanceTotalCount']>().toEqualTypeOf<number>();
    expectTypeOf<Item['TaskInstanceIndex']>().toEqualTypeOf<number | undefined>();
    // Non-null as the current vendor definition says (discrepancy nullability-flip); ComputeNodeInstanceId stays nullable.
    expectTypeOf<Item['ExitCode']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Item['ComputeNodeInstanceId']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<'FAILED_INTERRUPTED'>().toExtend<NonNullable<Item['TaskInstanceState']>>();
    expectTypeOf<'SUBMITTED'>().not.toExtend<DescribeTaskResponse['TaskState']>();
    expectTypeOf<DescribeTaskResponse['TaskInstanceMetrics']['FailedCount']>().toEqualTypeOf<number | undefined>();
  });

  it('types the error codes', () => {
    expectTypeOf<'ResourceNotFound.Task'>().toExtend<DescribeTaskErrorCode>();
    expectTypeOf<'InvalidParameter.JobIdMalformed'>().toExtend<DescribeTaskErrorCode>();
    expectTypeOf<'UnknownParameter'>().toExtend<DescribeTaskErrorCode>();
    expectTypeOf<'InvalidParameterValue'>().toExtend<DescribeTaskErrorCode>();
    expectTypeOf<'ResourceNotFound.Job'>().not.toExtend<DescribeTaskErrorCode>();
    expectTypeOf<'InvalidParameterValue.InvalidFilter'>().not.toExtend<DescribeTaskErrorCode>();
    expectTypeOf<DescribeTaskErrorCode>().toExtend<BatchErrorCode>();
  });
});
