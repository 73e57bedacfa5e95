// A provider's mock engine in this process, reached through a transport instead of the network, on the
// test's virtual clock (the mock's execution clock reads the same time the executor sleeps on).
import { createEcsMock } from '@cloudexec/aliyun-ecs/msw';
import { createSwasMock } from '@cloudexec/aliyun-swas/msw';
import { createFetchTransport } from '@cloudexec/runtime';
import { createBatchMock } from '@cloudexec/tencent-batch/msw';
import { createTatMock } from '@cloudexec/tencent-tat/msw';
import type { ProviderAdapter } from '../../src/adapter.ts';
import { createEcsAdapter } from '../../src/adapters/aliyun-ecs.ts';
import { createSwasAdapter } from '../../src/adapters/aliyun-swas.ts';
import { createBatchAdapter } from '../../src/adapters/tencent-batch.ts';
import { createTatAdapter } from '../../src/adapters/tencent-tat.ts';
import type { ProviderId } from '../../src/model.ts';
import type { VirtualClock } from './clock.ts';

export const TEST_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'test-secret' } as const;

const MOCKS = {
  'tencent-tat': createTatMock,
  'tencent-batch': createBatchMock,
  'aliyun-ecs': createEcsMock,
  'aliyun-swas': createSwasMock,
} as const;

const ADAPTERS = {
  'tencent-tat': createTatAdapter,
  'tencent-batch': createBatchAdapter,
  'aliyun-ecs': createEcsAdapter,
  'aliyun-swas': createSwasAdapter,
} as const;

export type InProcessMock = ReturnType<(typeof MOCKS)[ProviderId]>;

export function inProcess(provider: ProviderId, region: string, clock: VirtualClock): { adapter: ProviderAdapter; mock: InProcessMock } {
  const mock = MOCKS[provider]({ now: () => clock.now(), executionClock: () => clock.now() });
  const transport = createFetchTransport((input, init) => mock.handle(new Request(input as string, init)));
  const adapter = ADAPTERS[provider]({ region, credentials: TEST_CREDENTIALS, transport, clock, retry: { maxAttempts: 1 } });
  return { adapter, mock };
}
