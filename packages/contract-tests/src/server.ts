// One MSW server per suite (setupServer, unhandled requests are errors). Each case installs handlers over a
// fresh mock with the options it needs; after each case the handlers are reset and every mock it used is
// reset too, so no override, dataset or rate-limit history leaks into the next case.
import type { MockOptions, MockService } from '@cloudexec/mock';
import { wireProtocol } from '@cloudexec/runtime';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ResolvedTarget } from './target.ts';

export interface ServedMock {
  mock: MockService;
  /** Request ids the mock handed out, in order. */
  requestIds: string[];
}

export interface ContractServer {
  /** Installs handlers over a fresh mock for the current case. */
  serve(options?: MockOptions): ServedMock;
  /** Installs the package's ready-made `handlers` (shared mock); false when the package has none. */
  serveReadyMade(): boolean;
}

export function useContractServer(target: ResolvedTarget): ContractServer {
  const server = setupServer();
  const used: MockService[] = [];
  let sequence = 0;
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    for (const mock of used.splice(0)) mock.reset();
  });
  afterAll(() => server.close());
  return {
    serve(options = {}) {
      const requestIds: string[] = [];
      const { formatRequestId } = wireProtocol(target.model.protocol);
      const mock = target.createMock({
        enforceQps: false,
        requestId: () => {
          const id = formatRequestId(`contract-${String(++sequence).padStart(6, '0')}`);
          requestIds.push(id);
          return id;
        },
        ...options,
      });
      used.push(mock);
      server.use(...target.handlersFor(mock));
      return { mock, requestIds };
    },
    serveReadyMade() {
      if (!target.readyMade) return false;
      server.use(...target.readyMade);
      if (target.readyMadeMock) used.push(target.readyMadeMock);
      return true;
    },
  };
}
