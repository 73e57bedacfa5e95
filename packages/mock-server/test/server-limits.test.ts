// Server limits: each hostile shape is refused with a 4xx in the provider's error shape, fast, before the engine
// builds anything from it; slow clients are timed out; connections beyond the cap are closed on arrival.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultDataset } from '../src/default-dataset.ts';
import { startMockServer, type MockServer } from '../src/index.ts';
import { bodyOf, sendRaw } from './abuse/raw-client.ts';
import { json, send, tatHeaders } from './http.ts';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({
    enforceQps: false,
    limits: { maxBodyBytes: 64 * 1024, maxParams: 50, maxListIndex: 100, maxDepth: 8, headersTimeoutMs: 400, bodyTimeoutMs: 400 },
  });
});
afterAll(() => server.close());

it('exposes the limits in force: the given ones over the defaults', () => {
  expect(server.limits).toMatchObject({ maxBodyBytes: 64 * 1024, maxParams: 50, maxConnections: 256, shutdownGraceMs: 10_000 });
});

const ECS = '/?Action=DescribeInvocations&Version=2014-05-26&RegionId=cn-hangzhou';
const ecs = (query: string) => send(server.port, { path: `${ECS}&${query}`, headers: { host: 'ecs.aliyuncs.com' } });
const batch = (query: string) =>
  send(server.port, { path: `/?${query}`, headers: { ...tatHeaders('DescribeTask'), host: 'batch.tencentcloudapi.com', 'x-tc-version': '2017-03-12' } });

async function timed<T>(call: () => Promise<T>): Promise<{ answer: T; ms: number }> {
  const started = performance.now();
  const answer = await call();
  return { answer, ms: performance.now() - started };
}

describe('parameter shape', () => {
  it.each([
    ['a huge index', 'Tag.1000000000.Key=a', 'list index 1000000000'],
    ['a huge index, dots percent-encoded', 'Tag%2E1000000000%2EKey=a', 'list index 1000000000'],
    ['a huge index in brackets', 'InstanceId[999999999]=i', 'list index 999999999'],
    ['a 5,000-segment name', `${'a.'.repeat(5000)}b=1`, 'nested more than 8 levels'],
    ['51 parameters', Array.from({ length: 48 }, (_, i) => `K${i}=v`).join('&'), 'more than 50 parameters'],
  ])('Alibaba, %s → 400 InvalidParameter, in milliseconds', async (_name, query, message) => {
    const { answer, ms } = await timed(() => ecs(query));
    expect(answer.status).toBe(400);
    expect(json(answer)).toMatchObject({ Code: 'InvalidParameter', HostId: 'ecs.aliyuncs.com' });
    expect(json(answer).Message).toContain(message);
    expect(ms).toBeLessThan(3_000);
  });

  it('Tencent GET Filters.1000000000.Name → 400 with the Tencent error envelope', async () => {
    const { answer, ms } = await timed(() => batch('JobId=job-1&TaskName=A&Filters.1000000000.Name=a'));
    expect(answer.status).toBe(400);
    expect(json(answer).Response.Error).toMatchObject({ Code: 'InvalidParameter' });
    expect(ms).toBeLessThan(3_000);
  });

  it('a form body shares the parameter budget with the query', async () => {
    const body = Array.from({ length: 46 }, (_, i) => `K${i}=v`).join('&');
    const answer = await send(server.port, {
      method: 'POST',
      path: `${ECS}&A=1&B=2`,
      headers: { host: 'ecs.aliyuncs.com', 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(answer.status).toBe(400);
    expect(json(answer).Message).toContain('more than 50 parameters');
  });

  it('a JSON body nested past the limit → 400, a string full of brackets is fine', async () => {
    const deep = await send(server.port, { method: 'POST', headers: tatHeaders(), body: `{"Limit":${'['.repeat(20_000)}${']'.repeat(20_000)}}` });
    expect(deep.status).toBe(400);
    expect(json(deep).Response.Error.Message).toContain('nested more than 8 levels');
    const quoted = await send(server.port, {
      method: 'POST',
      headers: tatHeaders('DescribeInvocations'),
      body: `{"Limit":1,"Filters":[{"Name":"invocation-id","Values":["${'[{'.repeat(50)}"]}]}`,
    });
    expect(quoted.status).toBe(200);
  });

  it('documented shapes within the limits are answered as before', async () => {
    const answer = await batch('JobId=job-97zcl3wt&TaskName=A&Offset=100&Limit=100');
    expect(answer.status).toBe(200);
    expect(json(answer).Response.TaskInstanceTotalCount).toBe(createDefaultDataset()['tencent-batch']?.['DescribeTask']?.length);
    const tags = await ecs('Tag.1.Key=a&Tag.1.Value=b&Tag.20.Key=c');
    expect(tags.status).toBe(200);
  });
});

describe('body size', () => {
  it('a body announced over the cap → 413 before any of it is sent', async () => {
    const head = `POST / HTTP/1.1\r\nhost: tat.tencentcloudapi.com\r\ncontent-type: application/json\r\nx-tc-action: DescribeInvocations\r\nx-tc-version: 2020-10-28\r\ncontent-length: ${10 * 1024 * 1024}\r\n\r\n`;
    const result = await sendRaw(server.port, { head, timeoutMs: 8_000 });
    expect(result.outcome).toBe(413);
    expect(bodyOf(result.text).Response.Error.Code).toBe('RequestSizeLimitExceeded');
    expect(result.text).toMatch(/\r\nconnection: close\r\n/i);
  });

  it('a chunked body that grows past the cap → 413 without waiting for its end', async () => {
    const head = `POST / HTTP/1.1\r\nhost: ecs.aliyuncs.com\r\ncontent-type: application/x-www-form-urlencoded\r\ntransfer-encoding: chunked\r\n\r\n`;
    const chunk = `10000\r\n${'x'.repeat(0x10000)}\r\n`;
    // Two chunks pass the 64 KiB cap; the terminating chunk is never sent.
    const result = await sendRaw(server.port, { head: head + chunk + chunk, timeoutMs: 8_000 });
    expect(result.outcome).toBe(413);
  });
});

describe('slow clients', () => {
  it('a body sent one byte at a time → 408 and a closed socket at the body timeout', async () => {
    const head = `POST / HTTP/1.1\r\nhost: tat.tencentcloudapi.com\r\ncontent-type: application/json\r\nx-tc-action: DescribeInvocations\r\nx-tc-version: 2020-10-28\r\ncontent-length: 100\r\n\r\n`;
    const result = await sendRaw(server.port, { head, drip: { chunks: Array.from({ length: 100 }, () => ' '), everyMs: 100 }, timeoutMs: 8_000 });
    expect(result.outcome).toBe(408);
    expect(bodyOf(result.text).error).toBe('RequestTimeout');
    expect(result.ms).toBeLessThan(4_000);
  });

  it('headers sent slowly → 408 at the header timeout', async () => {
    const result = await sendRaw(server.port, {
      head: 'GET / HTTP/1.1\r\n',
      drip: { chunks: Array.from({ length: 100 }, (_, i) => `x-${i}: v\r\n`), everyMs: 100 },
      timeoutMs: 8_000,
    });
    expect(result.outcome).toBe(408);
    expect(bodyOf(result.text).error).toBe('RequestTimeout');
    expect(result.ms).toBeLessThan(4_000);
  });
});

describe('connection count', () => {
  it('closes connections beyond maxConnections on arrival and accepts again once one leaves', async () => {
    const capped = await startMockServer({ enforceQps: false, limits: { maxConnections: 2 } });
    try {
      const open = () =>
        new Promise<ReturnType<typeof connect>>((resolve) => {
          const socket = connect(capped.port, '127.0.0.1', () => resolve(socket));
        });
      const [first, second] = [await open(), await open()];
      const third = await sendRaw(capped.port, { head: 'GET / HTTP/1.1\r\nhost: x.example\r\n\r\n', timeoutMs: 3_000 });
      expect(third.outcome).toBe('closed');
      first.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const fourth = await sendRaw(capped.port, { head: 'GET / HTTP/1.1\r\nhost: x.example\r\nconnection: close\r\n\r\n', timeoutMs: 3_000 });
      expect(fourth.outcome).toBe(404);
      second.destroy();
    } finally {
      await capped.close();
    }
  });
});
