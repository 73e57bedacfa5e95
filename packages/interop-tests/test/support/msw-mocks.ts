// Every generated MSW handler set (`@cloudexec/<pkg>/msw`, found through the services manifest) in one msw/node
// server, each over a mock the test keeps (overrides, datasets, reset). The official-SDK tests are per vendor,
// so the four services they talk to are named below; a new service is served without an edit here.
import type { MockOptions, MockService } from '@cloudexec/mock';
import { services } from '@cloudexec/services';
import type { HttpHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';

export interface MswMocks {
  server: SetupServer;
  tat: MockService;
  batch: MockService;
  ecs: MockService;
  swas: MockService;
  /** Every service's mock, by manifest id (`tencent-tat`). */
  all: ReadonlyMap<string, MockService>;
  reset(): void;
}

export async function createMswMocks(options: MockOptions): Promise<MswMocks> {
  const all = new Map<string, MockService>();
  const handlers: HttpHandler[] = [];
  for (const entry of services) {
    const msw = (await entry.loadMsw()) as Record<string, unknown>;
    const mock = (msw[entry.msw.createMock] as (options: MockOptions) => MockService)(options);
    handlers.push(...(msw[entry.msw.createHandlers] as (mock: MockService) => HttpHandler[])(mock));
    all.set(entry.id, mock);
  }
  const named = (id: string): MockService => {
    const mock = all.get(id);
    if (!mock) throw new Error(`the services manifest has no ${id}`);
    return mock;
  };
  return {
    server: setupServer(...handlers),
    tat: named('tencent-tat'),
    batch: named('tencent-batch'),
    ecs: named('aliyun-ecs'),
    swas: named('aliyun-swas'),
    all,
    reset: () => all.forEach((mock) => mock.reset()),
  };
}
