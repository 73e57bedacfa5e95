// Transport faults: huge bodies on both transports, resets, stalls, 5xx, Retry-After, throttling, aborts.
import { expect } from 'vitest';
import { ctx, op, tencentClient, tencentError, tencentOk } from './context.ts';
import { described, fault } from './fault-table.ts';
import { json, sleep, streamHuge } from './fault-server.ts';

const HUGE = 600 * 1024 * 1024;
const MiB = 1024 * 1024;

function hugeBody(transportName: 'fetch' | 'node', declareLength: boolean) {
  return async () => {
    ctx.server.behave((_req, res) => streamHuge(res, HUGE, declareLength));
    const transport = transportName === 'node' ? ctx.node.nodeHttpTransport() : undefined;
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await tencentClient(transport ? { transport } : {})
      .send(op, {})
      .catch((e: unknown) => e);
    const heapGrowth = (process.memoryUsage().heapUsed - heapBefore) / MiB;
    expect(error).toBeInstanceOf(ctx.rt.ResponseTooLargeError);
    const { limit, received } = error as InstanceType<typeof ctx.rt.ResponseTooLargeError>;
    expect(limit).toBe(ctx.rt.DEFAULT_MAX_RESPONSE_BYTES);
    // Nothing past the cap is kept: at most one chunk beyond it was read.
    expect(received).toBeLessThanOrEqual(declareLength ? 0 : limit + 256 * 1024);
    expect(ctx.server.requests).toBe(1); // not retried
    expect(heapGrowth).toBeLessThan(64);
    return `${(error as Error).name}, read ${(received / MiB).toFixed(1)} MiB of 600 MiB, 1 request, heap +${heapGrowth.toFixed(0)} MiB`;
  };
}

export function transportCases(): void {
  fault('600 MB body, fetch transport', hugeBody('fetch', false));
  fault('600 MB body, node:http transport', hugeBody('node', false));
  fault('Content-Length 600 MB, fetch transport', hugeBody('fetch', true));
  fault('Content-Length 600 MB, node:http transport', hugeBody('node', true));

  fault('maxResponseBytes option (1 KiB cap, 2 KiB body)', async () => {
    ctx.server.behave((_req, res) => json(res, tencentOk({ Pad: 'x'.repeat(2048) })));
    const error = await tencentClient({ maxResponseBytes: 1024 })
      .send(op, {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResponseTooLargeError', limit: 1024, retryable: false });
    expect(ctx.server.requests).toBe(1);
    return described(error);
  });

  fault('connection reset on every attempt', async () => {
    ctx.server.behave((req) => req.socket.destroy());
    const error = await tencentClient()
      .send(op, {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TransportError', status: 0, retryable: true });
    expect(ctx.server.requests).toBe(3);
    return `TransportError after ${ctx.server.requests} attempts`;
  });

  fault('first attempt stalls past the attempt timeout', async () => {
    ctx.server.behave(async (_req, res, _body, n) => {
      if (n === 1) await sleep(2_000);
      json(res, tencentOk());
    });
    await expect(tencentClient({ timeoutMs: 200 }).send(op, {})).resolves.toMatchObject({ RequestId: 'req-ok' });
    expect(ctx.server.requests).toBe(2);
    return 'timed out after 200 ms, second attempt answered';
  });

  fault('503 then success', async () => {
    ctx.server.behave((_req, res, _body, n) => (n === 1 ? json(res, { oops: true }, 503) : json(res, tencentOk())));
    await tencentClient().send(op, {});
    expect(ctx.server.requests).toBe(2);
    return 'retried once, answered';
  });

  fault('503 with Retry-After: 1', async () => {
    let firstAt = 0;
    let secondAt = 0;
    ctx.server.behave((_req, res, _body, n) => {
      if (n === 1) {
        firstAt = performance.now();
        res.writeHead(503, { 'retry-after': '1' }).end();
      } else {
        secondAt = performance.now();
        json(res, tencentOk());
      }
    });
    await tencentClient({ retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 5_000 } }).send(op, {});
    expect(secondAt - firstAt).toBeGreaterThanOrEqual(990);
    return `waited ${Math.round(secondAt - firstAt)} ms as asked, then answered`;
  });

  fault('throttled (RequestLimitExceeded) then success', async () => {
    ctx.server.behave((_req, res, _body, n) => json(res, n === 1 ? tencentError('RequestLimitExceeded') : tencentOk()));
    await tencentClient().send(op, {});
    expect(ctx.server.requests).toBe(2);
    return 'retried once, answered';
  });

  fault('caller aborts a request in flight', async () => {
    ctx.server.behave(async (_req, res) => {
      await sleep(5_000);
      json(res, tencentOk());
    });
    const started = performance.now();
    const error = await tencentClient()
      .send(op, {}, { signal: AbortSignal.timeout(100) })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('TimeoutError'); // AbortSignal.timeout's own reason, passed through
    expect(performance.now() - started).toBeLessThan(2_000); // the server would answer after 5 s
    expect(ctx.server.requests).toBe(1);
    return `rejected with ${(error as Error).name} after ${Math.round(performance.now() - started)} ms`;
  });
}
