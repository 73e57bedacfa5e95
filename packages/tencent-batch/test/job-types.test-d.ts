// Compile-time contract of the job operations: SubmitJob's nested vendor types (Job, Task, Application, ...),
// DescribeJob's states and nullable members, and per-operation error-code unions.
import type {
  BatchClient,
  BatchErrorCode,
  DescribeJobErrorCode,
  DescribeJobResponse,
  SubmitJobErrorCode,
  SubmitJobRequest,
  TerminateJobErrorCode,
  TerminateJobRequest,
} from '@cloudexec/tencent-batch';
import { describe, expectTypeOf, it } from 'vitest';

type Task = SubmitJobRequest['Job']['Tasks'][number];

describe('SubmitJob', () => {
  it('types the nested job definition', () => {
    expectTypeOf<Task['Application']['Command']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Task['TaskInstanceNum']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<'FAST_INTERRUPT'>().toExtend<NonNullable<Task['FailedAction']>>();
    expectTypeOf<'PACKAGE' | 'LOCAL'>().toEqualTypeOf<Task['Application']['DeliveryForm']>();
    expectTypeOf<NonNullable<NonNullable<Task['ComputeEnv']>['EnvData']>['ImageId']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error Placement is required
    const noPlacement: SubmitJobRequest = { Job: { Tasks: [{ Application: { DeliveryForm: 'LOCAL', Command: 'sleep 10' } }] } };
    // @ts-expect-error DeliveryForm takes the documented values only
    const badForm: SubmitJobRequest = { Placement: { Zone: 'ap-guangzhou-2' }, Job: { Tasks: [{ Application: { DeliveryForm: 'REMOTE' } }] } };
    expectTypeOf([noPlacement, badForm]).toEqualTypeOf<SubmitJobRequest[]>();
  });

  it('types the error codes', () => {
    expectTypeOf<'AllowedOneAttributeInEnvIdAndComputeEnv'>().toExtend<SubmitJobErrorCode>();
    expectTypeOf<'InvalidParameter.JobNameTooLong'>().toExtend<SubmitJobErrorCode>();
    expectTypeOf<'ResourceNotFound.Job'>().not.toExtend<SubmitJobErrorCode>();
    expectTypeOf<SubmitJobErrorCode>().toExtend<BatchErrorCode>();
  });
});

describe('DescribeJob and TerminateJob', () => {
  it('types the job view', () => {
    expectTypeOf<BatchClient['describeJob']>().returns.resolves.toEqualTypeOf<DescribeJobResponse>();
    expectTypeOf<'SUBMITTED'>().toExtend<DescribeJobResponse['JobState']>();
    // Discrepancies tags-null and task-end-time-null: tccli allows null here.
    expectTypeOf<DescribeJobResponse['Tags']>().toExtend<unknown[] | null>();
    expectTypeOf<DescribeJobResponse['TaskSet'][number]['EndTime']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<TerminateJobRequest['JobId']>().toEqualTypeOf<string>();
  });

  it('types the error codes', () => {
    expectTypeOf<'ResourceNotFound.Job'>().toExtend<DescribeJobErrorCode>();
    expectTypeOf<'ResourceNotFound.Task'>().not.toExtend<DescribeJobErrorCode>();
    expectTypeOf<'ResourceInUse.Job'>().toExtend<TerminateJobErrorCode>();
    expectTypeOf<'UnsupportedOperation.TerminateOperationWithEnvId'>().toExtend<TerminateJobErrorCode>();
  });
});
