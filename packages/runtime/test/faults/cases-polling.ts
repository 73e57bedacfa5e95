// Waiters and paginators against servers that are slow, ignore paging parameters, or fail now and then.
import { expect } from 'vitest';
import { ctx, op, tencentClient, tencentOk } from './context.ts';
import { described, fault } from './fault-table.ts';
import { json, sleep } from './fault-server.ts';

interface Page {
  TotalCount: number;
  Items: string[];
}

const ALL = Array.from({ length: 70 }, (_, i) => `item-${i}`);

function offsetPaginator(options: { maxPages?: number } = {}) {
  const client = tencentClient();
  return ctx.rt.paginateOffset<{ Offset?: number; Limit?: number }, Page, string>({
    fetchPage: (input) => client.send<typeof input, Page>(op, input),
    input: { Limit: 10 },
    itemsOf: (page) => page.Items,
    offsetKey: 'Offset',
    totalKey: 'TotalCount',
    ...options,
  });
}

async function collect(iterable: AsyncIterable<string>): Promise<string[]> {
  const items: string[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

export function pollingCases(): void {
  fault('waiter deadline 1 s, second poll answers after 5 s', async () => {
    ctx.server.behave(async (_req, res, _body, n) => {
      if (n > 1) await sleep(5_000);
      json(res, tencentOk({ Status: 'RUNNING' }));
    });
    const client = tencentClient();
    const started = performance.now();
    const result = await ctx.rt.waitFor({
      poll: (signal) => client.send<object, { Status: string }>(op, {}, signal ? { signal } : {}),
      check: (r) => (r.Status === 'DONE' ? 'success' : 'pending'),
      timeoutMs: 1_000,
      minDelayMs: 200,
    });
    const ms = performance.now() - started;
    expect(result.state).toBe('timeout');
    // Within one poll interval of the deadline, plus slack for loaded machines (far below the 5 s poll).
    expect(ms).toBeLessThan(1_000 + 200 + 800);
    return `timeout after ${Math.round(ms)} ms, ${result.attempts} complete polls`;
  });

  for (const [option, value] of [
    ['timeoutMs', Number.NaN],
    ['timeoutMs', -1],
    ['minDelayMs', 0],
    ['maxDelayMs', Infinity],
  ] as const) {
    fault(
      `waiter ${option}: ${value}`,
      async () => {
        ctx.server.behave((_req, res) => json(res, tencentOk({ Status: 'RUNNING' })));
        const client = tencentClient();
        const error = await ctx.rt
          .waitFor({
            poll: () => client.send<object, { Status: string }>(op, {}),
            check: () => 'pending',
            timeoutMs: 2_000,
            [option]: value,
          })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ctx.rt.ConfigurationError);
        expect((error as Error).message).toContain(option);
        expect((error as Error).message).toContain(String(value));
        expect(ctx.server.requests).toBe(0);
        return `${described(error)}`;
      },
      3_000,
    );
  }

  fault(
    'paginator, server ignores Offset',
    async () => {
      ctx.server.behave((_req, res) => json(res, tencentOk({ TotalCount: 70, Items: ALL.slice(0, 10) })));
      const error = await collect(offsetPaginator().items()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ctx.rt.PaginationError);
      expect(ctx.server.requests).toBe(2);
      return `PaginationError after ${ctx.server.requests} requests`;
    },
    5_000,
  );

  fault(
    'paginator maxPages: 3',
    async () => {
      ctx.server.behave((_req, res, body) => {
        const offset = (JSON.parse(body) as { Offset: number }).Offset;
        json(res, tencentOk({ TotalCount: 70, Items: ALL.slice(offset, offset + 10) }));
      });
      const items = await collect(offsetPaginator({ maxPages: 3 }).items());
      expect(items).toEqual(ALL.slice(0, 30));
      expect(ctx.server.requests).toBe(3);
      return `${items.length} items in ${ctx.server.requests} requests`;
    },
    5_000,
  );

  fault('pagination under faults (every 3rd request 503, one reset)', async () => {
    ctx.server.behave((req, res, body, n) => {
      if (n === 5) return void req.socket.destroy();
      if (n % 3 === 0) return void json(res, { oops: true }, 503);
      const offset = (JSON.parse(body) as { Offset: number }).Offset;
      json(res, tencentOk({ TotalCount: 70, Items: ALL.slice(offset, offset + 10) }));
    });
    const items = await collect(offsetPaginator().items());
    expect(items).toEqual(ALL);
    return `${items.length}/70 items exactly once over ${ctx.server.requests} requests`;
  });
}
