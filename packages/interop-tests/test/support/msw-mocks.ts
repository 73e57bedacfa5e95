// The four generated MSW handler sets (`@cloudexec/<pkg>/msw`) in one msw/node server, each over a mock the
// test keeps (overrides, datasets, reset).
import type { MockOptions, MockService } from '@cloudexec/mock';
import { createEcsMock, createHandlers as ecsHandlers } from '@cloudexec/aliyun-ecs/msw';
import { createSwasMock, createHandlers as swasHandlers } from '@cloudexec/aliyun-swas/msw';
import { createBatchMock, createHandlers as batchHandlers } from '@cloudexec/tencent-batch/msw';
import { createTatMock, createHandlers as tatHandlers } from '@cloudexec/tencent-tat/msw';
import { setupServer, type SetupServer } from 'msw/node';

export interface MswMocks {
  server: SetupServer;
  tat: MockService;
  batch: MockService;
  ecs: MockService;
  swas: MockService;
  reset(): void;
}

export function createMswMocks(options: MockOptions): MswMocks {
  const tat = createTatMock(options);
  const batch = createBatchMock(options);
  const ecs = createEcsMock(options);
  const swas = createSwasMock(options);
  const server = setupServer(...tatHandlers(tat), ...batchHandlers(batch), ...ecsHandlers(ecs), ...swasHandlers(swas));
  return {
    server,
    tat,
    batch,
    ecs,
    swas,
    reset: () => [tat, batch, ecs, swas].forEach((mock) => mock.reset()),
  };
}
