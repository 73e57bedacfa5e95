// What every provider package's own tests set up the same way: one MSW server per test file with unhandled
// requests as errors and the mock reset after each test, clients that count what they send, and a helper
// that turns an expected rejection into a value.
import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/** Fake credentials the mocks accept; never real secrets. */
export const TEST_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'test-secret' } as const;

/** Starts an MSW server with `handlers` for the current test file and resets it and `mock` after each test. */
export function useMockServer(handlers: readonly RequestHandler[], mock: { reset(): void }): void {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
  });
  afterAll(() => server.close());
}

/** Counts the attempts a client signs and sends, through its `onRequest` hook. */
export interface SentCounter {
  count: number;
}

/** A client built by `create` with a hook that counts every request it sends. */
export function countingClient<C>(create: (hooks: { onRequest: () => void }) => C): { client: C; sent: SentCounter } {
  const sent: SentCounter = { count: 0 };
  const client = create({ onRequest: () => void (sent.count += 1) });
  return { client, sent };
}

/** The rejection of `call`; fails the test when it resolves. */
export async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => expect.unreachable('the call should have failed'),
    (error: unknown) => error,
  );
}
