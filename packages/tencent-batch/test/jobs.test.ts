// The job operations against the package's own MSW handlers: the documented examples come back as documented,
// documented errors arrive typed, documented limits and id formats are refused before sending, and the
// JobFinished waiter ends on the documented terminal job states.
import { CloudApiError, ValidationError } from '@cloudexec/runtime';
import {
  BatchClient,
  isDescribeJobError,
  isTerminateJobError,
  serviceModel,
  type DescribeJobResponse,
  type SubmitJobRequest,
  waitUntilJobFinished,
} from '@cloudexec/tencent-batch';
import { batchMock, handlers } from '@cloudexec/tencent-batch/msw';
import { describe, expect, it } from 'vitest';
import { countingClient, rejectionOf, TEST_CREDENTIALS, useMockServer } from '@cloudexec/test-support';

useMockServer(handlers, batchMock);

/** A BatchClient that counts the requests it sends. */
const newClient = () => countingClient((hooks) => new BatchClient({ credentials: TEST_CREDENTIALS, region: 'ap-guangzhou', hooks }));

const exampleOf = (action: string) => {
  const example = serviceModel.operations.find((op) => op.action === action)?.examples[0];
  if (!example) throw new Error(`${action} has no documented example`);
  return example;
};

const job: SubmitJobRequest = {
  Placement: { Zone: 'ap-guangzhou-2' },
  Job: {
    JobName: 'normal_job',
    Tasks: [
      {
        TaskName: 'hello2',
        TaskInstanceNum: 1,
        Application: { DeliveryForm: 'LOCAL', Command: 'sleep 10' },
        ComputeEnv: { EnvType: 'MANAGED', EnvData: { InstanceType: 'SA5.MEDIUM4', ImageId: 'img-bd78fy2t' } },
      },
    ],
  },
};

describe('SubmitJob', () => {
  it('serves the documented example and returns a well-formed job ID', async () => {
    const { client, sent } = newClient();
    const result = await client.submitJob(job);
    expect(result.JobId).toMatch(/^job-[0-9a-z]{8}$/);
    expect(sent.count).toBe(1);
  });

  it('refuses a job name over 60 characters and a malformed image ID before sending', async () => {
    const { client, sent } = newClient();
    const long = await rejectionOf(client.submitJob({ ...job, Job: { ...job.Job, JobName: 'x'.repeat(61) } }));
    expect(long).toMatchObject({ name: 'ValidationError', path: 'Job.JobName', constraint: 'maxLength', limit: 60 });
    const task = job.Job.Tasks[0]!;
    const image = await rejectionOf(client.submitJob({ ...job, Job: { ...job.Job, Tasks: [{ ...task, ComputeEnv: { EnvData: { ImageId: 'bd78fy2t' } } }] } }));
    expect(image).toBeInstanceOf(ValidationError);
    expect(image).toMatchObject({ constraint: 'pattern', value: 'bd78fy2t' });
    expect(sent.count).toBe(0);
  });

  it('refuses more than 100 CVM creation retries and a delivery form off the list before sending', async () => {
    const { client, sent } = newClient();
    const task = job.Job.Tasks[0]!;
    const retries = await rejectionOf(client.submitJob({ ...job, Job: { ...job.Job, Tasks: [{ ...task, ResourceMaxRetryCount: 101 }] } }));
    expect(retries).toMatchObject({ name: 'ValidationError', constraint: 'maximum', limit: 100, value: 101 });
    const form = { ...task, Application: { DeliveryForm: 'REMOTE' } } as unknown as typeof task;
    const bad = await rejectionOf(client.submitJob({ ...job, Job: { ...job.Job, Tasks: [form] } }));
    expect(bad).toMatchObject({ name: 'ValidationError', constraint: 'enum', value: 'REMOTE' });
    expect(sent.count).toBe(0);
  });
});

describe('DescribeJob and TerminateJob', () => {
  it('serve the documented examples', async () => {
    const { client, sent } = newClient();
    const describeJob = exampleOf('DescribeJob');
    expect(await client.describeJob({ JobId: 'job-97zcl3wt' })).toEqual({ ...describeJob.response.data, RequestId: expect.any(String) });
    expect(await client.terminateJob({ JobId: 'job-rybewp57' })).toEqual({ RequestId: expect.any(String) });
    expect(sent.count).toBe(2);
  });

  it('refuse a malformed job ID before sending', async () => {
    const { client, sent } = newClient();
    for (const call of [client.describeJob({ JobId: 'xyz' }), client.terminateJob({ JobId: 'job-ABC' })]) {
      expect(await rejectionOf(call)).toMatchObject({ name: 'ValidationError', path: 'JobId', constraint: 'pattern' });
    }
    expect(sent.count).toBe(0);
  });

  it('answer documented errors as typed CloudApiErrors', async () => {
    batchMock.override('DescribeJob', { errorCode: 'ResourceNotFound.Job', times: 1 });
    batchMock.override('TerminateJob', { errorCode: 'ResourceInUse.Job', times: 1 });
    const { client } = newClient();
    const missing = await rejectionOf(client.describeJob({ JobId: 'job-00000000' }));
    expect(isDescribeJobError(missing, 'ResourceNotFound.Job')).toBe(true);
    const busy = await rejectionOf(client.terminateJob({ JobId: 'job-00000000' }));
    expect(isTerminateJobError(busy, 'ResourceInUse.Job')).toBe(true);
    expect(busy).toBeInstanceOf(CloudApiError);
  });
});

describe('waitUntilJobFinished', () => {
  const fast = { minDelayMs: 1, maxDelayMs: 5 };
  const input = { JobId: 'job-97zcl3wt' };
  const jobIn = (state: DescribeJobResponse['JobState']): DescribeJobResponse => ({
    ...(structuredClone(exampleOf('DescribeJob').response.data) as DescribeJobResponse),
    JobState: state,
  });

  it('polls through SUBMITTED, STARTING and RUNNING until SUCCEED', async () => {
    for (const state of ['SUBMITTED', 'STARTING', 'RUNNING', 'SUCCEED'] as const) batchMock.override('DescribeJob', { response: jobIn(state), times: 1 });
    const { client, sent } = newClient();
    const result = await waitUntilJobFinished(client, input, fast);
    expect(result).toMatchObject({ state: 'success', attempts: 4 });
    expect(sent.count).toBe(4);
  });

  it.each(['FAILED', 'FAILED_INTERRUPTED'] as const)('ends as a failure on %s', async (state) => {
    batchMock.override('DescribeJob', { response: jobIn('RUNNING'), times: 1 });
    batchMock.override('DescribeJob', { response: jobIn(state), times: 1 });
    expect(await waitUntilJobFinished(newClient().client, input, fast)).toMatchObject({ state: 'failure', attempts: 2 });
  });
});
