// Compile-time contract of the generated TAT API: request and response shapes as the spec types them, and
// error-code unions that take the documented codes of each operation and nothing else.
import type {
  DescribeInvocationTasksErrorCode,
  DescribeInvocationTasksRequest,
  DescribeInvocationTasksResponse,
  DescribeInvocationsErrorCode,
  DescribeInvocationsRequest,
  DescribeInvocationsResponse,
  TaskStatus,
  TatClient,
  TatErrorCode,
} from '@cloudexec/tencent-tat';
import { describe, expectTypeOf, it } from 'vitest';

describe('DescribeInvocations', () => {
  it('types the request', () => {
    expectTypeOf<DescribeInvocationsRequest['Limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<DescribeInvocationsRequest>().toExtend<{ Filters?: Array<{ Name: string; Values: string[] }> }>();
    // @ts-expect-error Limit is a number, not text
    const textLimit: DescribeInvocationsRequest = { Limit: '10' };
    // @ts-expect-error a filter needs Values
    const missingValues: DescribeInvocationsRequest = { Filters: [{ Name: 'instance-id' }] };
    expectTypeOf([textLimit, missingValues]).toEqualTypeOf<DescribeInvocationsRequest[]>();
  });

  it('types the client method and the response items', () => {
    expectTypeOf<TatClient['describeInvocations']>().parameter(0).toEqualTypeOf<DescribeInvocationsRequest>();
    expectTypeOf<TatClient['describeInvocations']>().returns.resolves.toEqualTypeOf<DescribeInvocationsResponse>();
    type Item = DescribeInvocationsResponse['InvocationSet'][number];
    expectTypeOf<DescribeInvocationsResponse['TotalCount']>().toEqualTypeOf<number>();
    expectTypeOf<Item['InvocationId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Item['Timeout']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Item['EndTime']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<NonNullable<Item['InvocationTaskBasicInfoSet']>[number]['TaskStatus']>().toEqualTypeOf<TaskStatus | undefined>();
    expectTypeOf<'SUCCESS'>().toExtend<NonNullable<Item['InvocationStatus']>>();
    expectTypeOf<'DONE'>().not.toExtend<NonNullable<Item['InvocationStatus']>>();
  });

  it('types the error codes', () => {
    expectTypeOf<'InvalidParameterValue.InvalidInvocationId'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'LimitExceeded.FilterValueExceeded'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'UnknownParameter'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'RequestLimitExceeded'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'InvalidParameterValue.InvalidInvocationTaskId'>().not.toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'ResourceNotFound.Invocation'>().not.toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<DescribeInvocationsErrorCode>().toExtend<TatErrorCode>();
  });
});

describe('DescribeInvocationTasks', () => {
  it('types the request', () => {
    expectTypeOf<DescribeInvocationTasksRequest['HideOutput']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<DescribeInvocationTasksRequest['InvocationTaskIds']>().toEqualTypeOf<string[] | undefined>();
    // @ts-expect-error HideOutput is a boolean
    const textFlag: DescribeInvocationTasksRequest = { HideOutput: 'true' };
    expectTypeOf(textFlag).toEqualTypeOf<DescribeInvocationTasksRequest>();
  });

  it('types the client method and the response items', () => {
    expectTypeOf<TatClient['describeInvocationTasks']>().parameter(0).toEqualTypeOf<DescribeInvocationTasksRequest>();
    expectTypeOf<TatClient['describeInvocationTasks']>().returns.resolves.toEqualTypeOf<DescribeInvocationTasksResponse>();
    type Item = DescribeInvocationTasksResponse['InvocationTaskSet'][number];
    expectTypeOf<Item['TaskStatus']>().toEqualTypeOf<TaskStatus | undefined>();
    expectTypeOf<NonNullable<Item['TaskResult']>['ExitCode']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NonNullable<Item['TaskResult']>['Output']>().toEqualTypeOf<string | undefined>();
  });

  it('types the error codes', () => {
    expectTypeOf<'InvalidParameterValue.InvalidInvocationTaskId'>().toExtend<DescribeInvocationTasksErrorCode>();
    expectTypeOf<'UnsupportedOperation'>().toExtend<DescribeInvocationTasksErrorCode>();
    expectTypeOf<'LimitExceeded.FilterValueExceeded'>().not.toExtend<DescribeInvocationTasksErrorCode>();
    expectTypeOf<'InvalidParameterValue.NoSuchTask'>().not.toExtend<DescribeInvocationTasksErrorCode>();
    expectTypeOf<DescribeInvocationTasksErrorCode>().toExtend<TatErrorCode>();
  });
});
