// The bin as a child process: help, and bad input ending in a clear message and exit 2 before any request
// reaches the endpoint (a local server counts what arrives).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/child.ts';

let server: Server;
let requests = 0;
let endpoint = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('cloudexec bin', () => {
  // A cold Node start on a loaded machine takes seconds; each case spawns one.
  it('prints help and exits 0', { timeout: 30_000 }, async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^cloudexec: run a shell command on a fleet/);
  });

  it.each([
    ['unknown provider', ['run', '-p', 'gcp-osconfig', '-r', 'r', '-t', 'x', '--', 'ls'], /unknown provider "gcp-osconfig"/],
    ['empty targets', ['run', '-p', 'tencent-tat', '-r', 'ap-guangzhou', '-t', ',', '--', 'ls'], /no targets given/],
    [
      'too many targets',
      ['run', '-p', 'aliyun-ecs', '-r', 'cn-hangzhou', '-t', Array.from({ length: 10_001 }, (_, i) => `i-${i}`).join(','), '--', 'ls'],
      /too many targets: 10001/,
    ],
    [
      'command too large',
      ['run', '-p', 'tencent-tat', '-r', 'ap-guangzhou', '-t', 'ins-a', '--', 'x'.repeat(50_000)],
      /too large for tencent-tat: 66668 bytes/,
    ],
    ['unknown flag', ['run', '--fast', '-p', 'tencent-tat'], /Unknown option '--fast'/],
    ['SWAS cannot cancel', ['cancel', 'aliyun-swas:cn-hangzhou:t-1@abc'], /aliyun-swas documents no way to stop/],
  ])('%s → exit 2, nothing sent', { timeout: 30_000 }, async (_name, args, message) => {
    const before = requests;
    const result = await runCli([...args.slice(0, 1), '--endpoint', endpoint, ...args.slice(1)]);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(requests).toBe(before);
  });
});
