// Compile-time contract of the generated SWAS API: request and response shapes as the spec types them, and
// an error-code union that takes the documented (common) codes and nothing else.
import type {
  DescribeInvocationsErrorCode,
  DescribeInvocationsInput,
  DescribeInvocationsRequest,
  DescribeInvocationsResponse,
  SwasClient,
  SwasErrorCode,
} from '@cloudexec/aliyun-swas';
import { describe, expectTypeOf, it } from 'vitest';

describe('DescribeInvocations', () => {
  it('types the request; RegionId may come from the client region', () => {
    expectTypeOf<DescribeInvocationsRequest['RegionId']>().toEqualTypeOf<string>();
    expectTypeOf<DescribeInvocationsInput['RegionId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DescribeInvocationsInput['InstanceId']>().toEqualTypeOf<string>();
    expectTypeOf<DescribeInvocationsInput['InvokeStatus']>().toEqualTypeOf<'Running' | 'Finished' | 'Failed' | undefined>();
    // @ts-expect-error InstanceId is required
    const noInstance: DescribeInvocationsInput = { RegionId: 'cn-hangzhou' };
    // @ts-expect-error PageNumber is a number
    const textPage: DescribeInvocationsInput = { InstanceId: 'i-1', PageNumber: '1' };
    // @ts-expect-error Stopped is a response status, not a filter value
    const stopped: DescribeInvocationsInput = { InstanceId: 'i-1', InvokeStatus: 'Stopped' };
    expectTypeOf([noInstance, textPage, stopped]).toEqualTypeOf<DescribeInvocationsInput[]>();
  });

  it('types the client method and the response items', () => {
    expectTypeOf<SwasClient['describeInvocations']>().parameter(0).toEqualTypeOf<DescribeInvocationsInput>();
    expectTypeOf<SwasClient['describeInvocations']>().returns.resolves.toEqualTypeOf<DescribeInvocationsResponse>();
    type Item = DescribeInvocationsResponse['Invocations'][number];
    expectTypeOf<DescribeInvocationsResponse['TotalCount']>().toEqualTypeOf<number>();
    expectTypeOf<Item['InvokeId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Item['Parameters']>().toEqualTypeOf<{ [key: string]: unknown } | undefined>();
    expectTypeOf<'Stopped'>().toExtend<NonNullable<Item['InvokeStatus']>>();
    expectTypeOf<'Partial'>().not.toExtend<NonNullable<Item['InvokeStatus']>>();
  });

  it('types the error codes', () => {
    expectTypeOf<'Forbidden.RAM'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'InvalidParameter'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'Throttling.Api'>().toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'InvalidParam.PageSize'>().not.toExtend<DescribeInvocationsErrorCode>();
    expectTypeOf<'Forbidden.Everything'>().not.toExtend<DescribeInvocationsErrorCode>();
    // The service union also holds the run operations' CmdContent.ExceedLimit; the read operation has only the common codes.
    expectTypeOf<DescribeInvocationsErrorCode>().toEqualTypeOf<Exclude<SwasErrorCode, 'CmdContent.ExceedLimit'>>();
  });
});
