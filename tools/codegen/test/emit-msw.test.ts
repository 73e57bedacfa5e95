// MSW handlers: the emitted module's shape, and the committed handlers in front of the @cloudexec/mock engine,
// called by the committed client over real fetch (intercepted by MSW, no network).
import { isApiError } from '@cloudexec/runtime';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emitMsw } from '../src/emit/msw.ts';
import { contextFor } from './fixtures/models/fixture.ts';
import { tencentMini } from './fixtures/models/tencent-mini.ts';
import { MiniClient } from './snapshots/tencent-mini/client.gen.ts';
import { createHandlers, handlers, miniMock } from './snapshots/tencent-mini/msw.gen.ts';

describe('emitMsw', () => {
  it('matches by host predicate and delegates to the mock engine', () => {
    const [file] = emitMsw(tencentMini.model, contextFor(tencentMini));
    expect(file?.path).toBe('src/generated/msw.gen.ts');
    expect(file?.contents).toContain(
      '  return [http.all(({ request }) => service.matchesHost(new URL(request.url).host), ({ request }) => service.handle(request))];',
    );
    expect(file?.contents).toContain('export const handlers: HttpHandler[] = createHandlers(miniMock);');
  });
});

describe('committed handlers', () => {
  const server = setupServer(...handlers);
  const client = new MiniClient({ region: 'ap-guangzhou', credentials: { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'not-a-real-secret' } });
  const example = tencentMini.model.operations.find((op) => op.action === 'DescribeInvocationTasks')?.examples[0];

  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    miniMock.reset();
  });
  afterAll(() => server.close());

  it('answer a documented call with the example payload', async () => {
    const result = await client.describeInvocationTasks({ Limit: 10, Filters: [{ Name: 'invocation-id', Values: ['inv-1vll7hda'] }] });
    expect(result.InvocationTaskSet).toEqual(example?.response.data['InvocationTaskSet']);
    expect(result.TotalCount).toBe(1);
  });

  it('serve overrides set on the exported mock, as typed API errors', async () => {
    miniMock.override('DescribeInvocationTasks', { errorCode: 'InternalError', times: 1 });
    const failure = await client.describeInvocationTasks({}, { maxAttempts: 1 }).catch((error: unknown) => error);
    expect(isApiError(failure, 'InternalError')).toBe(true);
  });

  it('leave other hosts to the other handlers (unhandled here, so fetch fails)', async () => {
    await expect(fetch('https://example.com/')).rejects.toThrow();
  });

  it('createHandlers with options builds an independent mock', async () => {
    server.use(...createHandlers({ dataset: { DescribeInvocationTasks: [{ InvocationTaskId: 'invt-a' }, { InvocationTaskId: 'invt-b' }] } }));
    const result = await client.describeInvocationTasks({ Limit: 1 });
    expect(result.InvocationTaskSet.map((task) => task.InvocationTaskId)).toEqual(['invt-a']);
    expect(result.TotalCount).toBe(2);
  });
});
