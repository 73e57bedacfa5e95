// Identifier formats from the specs: a malformed id answers the documented code (mock, through the one
// constraint interpreter) and is refused by the generated client's validator before anything is sent.
import { createMockService } from '@cloudexec/mock';
import { validateDescribeInvocationsRequest } from '@cloudexec/aliyun-ecs';
import { validateDescribeTaskRequest } from '@cloudexec/tencent-batch';
import { describe, expect, it } from 'vitest';
import { serviceModels } from '../src/providers.ts';

const batch = createMockService(serviceModels['tencent-batch'], { enforceQps: false });
const ecs = createMockService(serviceModels['aliyun-ecs'], { enforceQps: false });

function batchCall(body: Record<string, unknown>): Request {
  return new Request('https://batch.tencentcloudapi.com/', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-TC-Action': 'DescribeTask',
      'X-TC-Version': '2017-03-12',
      'X-TC-Region': 'ap-guangzhou',
      'X-TC-Timestamp': String(Math.floor(Date.now() / 1000)),
    },
    body: JSON.stringify(body),
  });
}

function ecsCall(regionId: string): Request {
  const query = new URLSearchParams({ Action: 'DescribeInvocations', Version: '2014-05-26', Format: 'JSON', RegionId: regionId });
  return new Request(`https://ecs.aliyuncs.com/?${query}`, { method: 'POST' });
}

describe('Batch DescribeTask JobId', () => {
  it.each(['xyz', 'job-1', 'job-97zcl3wt-x', 'JOB-97ZCL3WT'])('%s → InvalidParameter.JobIdMalformed', async (jobId) => {
    const answer = (await (await batch.handle(batchCall({ JobId: jobId, TaskName: 'A' }))).json()) as {
      Response: { Error?: { Code: string; Message: string } };
    };
    expect(answer.Response.Error?.Code).toBe('InvalidParameter.JobIdMalformed');
    expect(answer.Response.Error?.Message).toContain('JobId');
    expect(() => validateDescribeTaskRequest({ JobId: jobId, TaskName: 'A' })).toThrow(/JobId is not in the documented format/);
  });

  it('the documented example id is accepted', async () => {
    const answer = (await (await batch.handle(batchCall({ JobId: 'job-97zcl3wt', TaskName: 'A' }))).json()) as { Response: { Error?: unknown } };
    expect(answer.Response.Error).toBeUndefined();
    expect(() => validateDescribeTaskRequest({ JobId: 'job-97zcl3wt', TaskName: 'A' })).not.toThrow();
  });
});

describe('ECS DescribeInvocations RegionId', () => {
  it.each(['Nowhere', 'cn_hangzhou', 'xyz', 'cn-hangzhou!'])('%s → 404 InvalidRegionId.NotFound', async (regionId) => {
    const response = await ecs.handle(ecsCall(regionId));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { Code: string }).Code).toBe('InvalidRegionId.NotFound');
    expect(() => validateDescribeInvocationsRequest({ RegionId: regionId })).toThrow(/RegionId/);
  });

  it.each(['cn-hangzhou', 'ap-southeast-1', 'cn-shanghai-finance-1'])('%s is accepted', async (regionId) => {
    const response = await ecs.handle(ecsCall(regionId));
    expect(response.status).toBe(200);
  });
});
