// Graceful shutdown of the CLI: on SIGTERM/SIGINT a request in flight still gets its answer, an idle keep-alive
// connection is closed, a new connection is refused, and the process exits 0.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../src/index.ts';
import { bodyOf, sendRaw } from './abuse/raw-client.ts';
import { startChildServer } from './child-server.ts';

const BODY = '{"Limit":1}'.padEnd(40, ' ');
const slowTatRequest = (port: number) =>
  sendRaw(port, {
    head: `POST / HTTP/1.1\r\nhost: tat.tencentcloudapi.com\r\ncontent-type: application/json\r\nx-tc-action: DescribeInvocations\r\nx-tc-version: 2020-10-28\r\nx-tc-region: ap-guangzhou\r\ncontent-length: ${BODY.length}\r\n\r\n`,
    // 40 bytes over about 1.2 s: the request is still arriving when the signal comes.
    drip: { chunks: [...BODY], everyMs: 30 },
    timeoutMs: 10_000,
  });

const idleSocketClosed = (port: number) =>
  new Promise<{ closed: Promise<void> }>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve({ closed: new Promise((done) => socket.once('close', () => done())) }));
    socket.on('error', () => undefined);
  });

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(['SIGTERM', 'SIGINT'] as const)('cloudexec-mock on %s', (signal) => {
  it('answers the request in flight, closes idle sockets, refuses new connections and exits 0', async () => {
    const server = await startChildServer(['--quiet']);
    const idle = await idleSocketClosed(server.port);
    const inFlight = slowTatRequest(server.port);
    await delay(300);
    server.child.kill(signal);
    await idle.closed;
    await delay(100);
    const late = await sendRaw(server.port, { head: 'GET / HTTP/1.1\r\nhost: x.example\r\n\r\n', timeoutMs: 3_000 });
    expect(late.outcome).toBe('refused');
    const answered = await inFlight;
    expect(answered.outcome).toBe(200);
    expect(answered.text).toMatch(/\r\nconnection: close\r\n/i);
    expect(bodyOf(answered.text).Response.InvocationSet).toHaveLength(1);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain(`${signal}, shutting down`);
  }, 20_000);
});

describe('MockServer.close', () => {
  it('cuts a request still in flight once the grace period is over', async () => {
    const server = await startMockServer({ enforceQps: false });
    const inFlight = slowTatRequest(server.port);
    await delay(200);
    const started = performance.now();
    await server.close({ graceMs: 200 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await inFlight).outcome).toBe('closed');
  });
});
