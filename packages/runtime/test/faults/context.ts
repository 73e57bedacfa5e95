// What every fault case shares: the local fault server and the runtime under test (loaded from
// fault-table's runtimeDir so the same cases can run against the code before a fix).
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { runtimeDir } from './fault-table.ts';
import { startFaultServer, type FaultServer } from './fault-server.ts';

type Runtime = typeof import('../../src/index.ts');
type NodeEntry = typeof import('../../src/node.ts');

export interface FaultContext {
  server: FaultServer;
  rt: Runtime;
  node: NodeEntry;
}

/** Filled in beforeAll/beforeEach; cases read it when they run. */
export const ctx = {} as FaultContext;

export function useFaultContext(): void {
  beforeAll(async () => {
    ctx.rt = (await import(/* @vite-ignore */ `${runtimeDir}index.ts`)) as Runtime;
    ctx.node = (await import(/* @vite-ignore */ `${runtimeDir}node.ts`)) as NodeEntry;
  });
  // A fresh server per case: a client left hanging by one case (code under test that never gives up)
  // cannot send its late requests into the next case's counts.
  beforeEach(async () => {
    ctx.server = await startFaultServer();
  });
  afterEach(() => ctx.server.close());
}

export const tatService = { provider: 'tencent', service: 'tat', version: '2020-10-28', globalHost: 'tat.tencentcloudapi.com' } as const;
export const ecsService = { provider: 'aliyun', service: 'ecs', version: '2014-05-26', globalHost: 'ecs.aliyuncs.com' } as const;
export const creds = { accessKeyId: 'AKIDfaultSuiteKey000000', accessKeySecret: 'fault-suite-secret-key-0000' };

type Options = ConstructorParameters<Runtime['ApiClient']>[0];

/** A real-protocol client pointed at the fault server, with fast retries. */
export function tencentClient(overrides: Partial<Options> = {}) {
  return new ctx.rt.ApiClient({
    protocol: ctx.rt.tencentProtocol,
    service: tatService,
    region: 'ap-guangzhou',
    endpoint: `http://${ctx.server.host}`,
    allowInsecureHttp: true,
    credentials: creds,
    rateLimiter: false,
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 50 },
    ...overrides,
  });
}

export function aliyunClient(overrides: Partial<Options> = {}) {
  return tencentClient({ protocol: ctx.rt.aliyunProtocol, service: ecsService, region: 'cn-hangzhou', ...overrides });
}

export const tencentOk = (data: Record<string, unknown> = {}) => ({ Response: { RequestId: 'req-ok', ...data } });
export const tencentError = (code: string, message = code) => ({ Response: { Error: { Code: code, Message: message }, RequestId: 'req-err' } });
export const op = { action: 'DescribeInvocations' };
