// The client class: protocol and service bound, one method per operation, and the committed classes driven
// through the real runtime with a fake transport (no network) and a virtual clock.
import { ValidationError, type Clock, type Transport } from '@cloudexec/runtime';
import type { WireRequest } from '@cloudexec/runtime';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { describe, expect, it } from 'vitest';
import { CodegenError } from '../src/load/codegen-error.ts';
import { emitClient } from '../src/emit/client.ts';
import { aliyunMini } from './fixtures/models/aliyun-mini.ts';
import { contextFor } from './fixtures/models/fixture.ts';
import { tencentMini } from './fixtures/models/tencent-mini.ts';
import { MiniClient as AliyunMiniClient } from './snapshots/aliyun-mini/client.gen.ts';
import { MiniClient as TencentMiniClient } from './snapshots/tencent-mini/client.gen.ts';

const credentials = { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'not-a-real-secret' };

function emitted(model: ServiceModel): string {
  const [file] = emitClient(model, contextFor(tencentMini));
  expect(file?.path).toBe('src/generated/client.gen.ts');
  return file?.contents ?? '';
}

/** A transport answering `body` (JSON) and recording each request. */
function fakeTransport(body: unknown, status = 200): { transport: Transport; requests: WireRequest[] } {
  const requests: WireRequest[] = [];
  const transport: Transport = async (request) => {
    requests.push(request);
    return { status, headers: new Headers({ 'content-type': 'application/json' }), bodyText: JSON.stringify(body) };
  };
  return { transport, requests };
}

/** Virtual time: short sleeps (rate-limit waits) pass at once and are recorded; long ones (timeouts) never end. */
function virtualClock(): Clock & { sleeps: number[] } {
  let now = Date.UTC(2024, 0, 1);
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep(ms, signal) {
      if (ms >= 10_000) {
        return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
      }
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

describe('emitClient', () => {
  it.each([
    { name: 'Tencent', model: tencentMini.model, want: 'super({ ...options, protocol: tencentProtocol, service: miniService });' },
    { name: 'Alibaba', model: aliyunMini.model, want: 'super({ ...options, protocol: aliyunProtocol, service: miniService });' },
  ])('$name: binds the protocol and service descriptor', ({ model, want }) => {
    const contents = emitted(model);
    expect(contents).toContain('export class MiniClient extends ApiClient {');
    expect(contents).toContain("export type MiniClientOptions = Omit<ApiClientOptions, 'protocol' | 'service'>;");
    expect(contents).toContain(want);
  });

  it('adds one method per operation, in action order, delegating to the operation function', () => {
    const contents = emitted(aliyunMini.model);
    expect(contents.match(/^ {2}\w+\(input: .*$/gm)).toEqual([
      '  describeInvocations(input: DescribeInvocationsInput, options?: CallOptions): Promise<DescribeInvocationsResponse> {',
      '  ecsStopInvocation(input: ECSStopInvocationInput, options?: CallOptions): Promise<ECSStopInvocationResponse> {',
    ]);
    expect(contents).toContain('    return ecsStopInvocation(this, input, options);');
  });

  it('refuses an action that would shadow an ApiClient member', () => {
    const [op] = tencentMini.model.operations;
    const model = { ...tencentMini.model, operations: op ? [{ ...op, action: 'Send' }] : [] };
    expect(() => emitted(model)).toThrow(CodegenError);
  });
});

describe('committed clients', () => {
  it('Tencent: signs and sends the call, and returns the payload without the envelope', async () => {
    const data = { TotalCount: 0, InvocationTaskSet: [], RequestId: 'req-1' };
    const { transport, requests } = fakeTransport({ Response: data });
    const client = new TencentMiniClient({ credentials, transport, region: 'ap-guangzhou' });
    await expect(client.describeInvocationTasks({ Limit: 1 })).resolves.toEqual(data);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('https://tat.tencentcloudapi.com/');
    expect(requests[0]?.headers['X-TC-Action']).toBe('DescribeInvocationTasks');
    expect(requests[0]?.body).toBe('{"Limit":1}');
  });

  it('Tencent: an input over a documented limit is rejected before anything is sent', async () => {
    const { transport, requests } = fakeTransport({ Response: { RequestId: 'x' } });
    const client = new TencentMiniClient({ credentials, transport, region: 'ap-guangzhou' });
    await expect(client.runCommand({ Content: 'bHM=', InstanceIds: ['a', 'b', 'c', 'd'] })).rejects.toMatchObject({
      name: 'ValidationError',
      path: 'InstanceIds',
      constraint: 'maxItems',
      limit: 3,
    });
    await expect(client.describeInvocationTasks({ Limit: 101 })).rejects.toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });

  it('Alibaba: fills RegionId from the client region and paces calls at the documented QPS', async () => {
    const clock = virtualClock();
    const { transport, requests } = fakeTransport({ RequestId: 'REQ-1' });
    const client = new AliyunMiniClient({ credentials, transport, region: 'cn-hangzhou', clock });
    await client.ecsStopInvocation({ InvokeId: 't-1' });
    await client.ecsStopInvocation({ InvokeId: 't-2' });
    expect(requests).toHaveLength(2);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url).toContain('RegionId=cn-hangzhou');
    // 0.5 requests per second: the second call waits for the two-second window.
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(1000);
  });
});
