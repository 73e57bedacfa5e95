// Compile-time contract of the generated ECS API: request and response shapes as the spec types them, and
// an error-code union that takes the documented codes and nothing else.
import type {
  DescribeInvocationsErrorCode,
  DescribeInvocationsInput,
  DescribeInvocationsRequest,
  DescribeInvocationsResponse,
  EcsClient,
  EcsErrorCode,
} from '@cloudexec/aliyun-ecs';
import { describe, expectTypeOf, it } from 'vitest';

describe('DescribeInvocations', () => {
  it('types the request; RegionId may come from the client region', () => {
    expectTypeOf<DescribeInvocationsRequest['RegionId']>().toEqualTypeOf<string>();
    expectTypeOf<DescribeInvocationsInput['RegionId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DescribeInvocationsInput['PageSize']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<'RunShellScript'>().toExtend<NonNullable<DescribeInvocationsInput['CommandType']>>();
    // @ts-expect-error CommandType takes the documented values only
    const python: DescribeInvocationsInput = { CommandType: 'RunPythonScript' };
    // Key is optional, as the page's table says (discrepancy tag-key-required).
    const keyless: DescribeInvocationsInput = { Tag: [{ Value: 'prod' }] };
    // @ts-expect-error Timed is a boolean
    const textTimed: DescribeInvocationsInput = { Timed: 'true' };
    expectTypeOf([python, keyless, textTimed]).toEqualTypeOf<DescribeInvocationsInput[]>();
  });

  it('types the client method and the response items', () => {
    expectTypeOf<EcsClient['describeInvocations']>().parameter(0).toEqualTypeOf<DescribeInvocationsInput>();
    expectTypeOf<EcsClient['describeInvocations']>().returns.resolves.toEqualTypeOf<DescribeInvocationsResponse>();
    type Item = NonNullable<NonNullable<DescribeInvocationsResponse['Invocations']>['Invocation']>[number];
    type InstanceItem = NonNullable<NonNullable<Item['InvokeInstances']>['InvokeInstance']>[number];
    expectTypeOf<DescribeInvocationsResponse['RequestId']>().toEqualTypeOf<string>();
    expectTypeOf<DescribeInvocationsResponse['NextToken']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Item['InvokeId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Item['Timeout']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<InstanceItem['ExitCode']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<'Timeout'>().toExtend<NonNullable<InstanceItem['InvocationStatus']>>();
    expectTypeOf<NonNullable<NonNullable<Item['Tags']>['Tag']>[number]>().toEqualTypeOf<{ TagKey?: string; TagValue?: string }>();
  });

  it('types the error codes', () => {
    expectTypeOf<'Duplicate.TagKey'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'InvalidParameter.NextToken'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'Operation.Forbidden'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'Throttling.User'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'InvalidParameter.PageToken'>().not.toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'UnknownParameter'>().not.toExtend<DescribeInvocationsErrorCode>();
    // The service-wide union now spans the command operations too; each operation's union stays its own.
    expectTypeOf<DescribeInvocationsErrorCode>().toExtend<EcsErrorCode>();
    expectTypeOf<'CmdContent.ExceedLimit'>().toExtend<EcsErrorCode>();
    expectTypeOf<'CmdContent.ExceedLimit'>().not.toExtend<DescribeInvocationsErrorCode>();
  });
});
