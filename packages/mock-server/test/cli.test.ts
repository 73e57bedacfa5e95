import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../src/args.ts';
import { main } from '../src/main.ts';

describe('parseArgs', () => {
  it('reads every option, in both --flag value and --flag=value forms', () => {
    expect(
      parseArgs([
        '--port=9000',
        '--host',
        '::1',
        '--data',
        'd.json',
        '--credentials',
        'c.json',
        '--strict-signatures',
        '--no-rate-limit',
        '--local-host',
        'mock',
        '--max-body-bytes',
        '2048',
        '--speed',
        '2.5',
        '--quiet',
      ]),
    ).toEqual({
      port: 9000,
      host: '::1',
      dataFile: 'd.json',
      credentialsFile: 'c.json',
      strictSignatures: true,
      enforceQps: false,
      localHosts: ['mock'],
      speed: 2.5,
      limits: { maxBodyBytes: 2048 },
      quiet: true,
      help: false,
      version: false,
    });
    expect(
      parseArgs([
        '--max-params=5',
        '--max-list-index',
        '6',
        '--max-depth',
        '7',
        '--header-timeout-ms',
        '800',
        '--body-timeout-ms',
        '900',
        '--max-connections',
        '3',
        '--shutdown-grace-ms',
        '0',
      ]).limits,
    ).toEqual({
      maxParams: 5,
      maxListIndex: 6,
      maxDepth: 7,
      headersTimeoutMs: 800,
      bodyTimeoutMs: 900,
      maxConnections: 3,
      shutdownGraceMs: 0,
    });
    expect(parseArgs([]).port).toBe(8787);
    expect(parseArgs([]).speed).toBe(1);
  });

  it.each([
    [['--port', '99999'], /--port must be an integer/],
    [['--port'], /--port needs a value/],
    [['--bogus'], /unknown argument --bogus/],
    [['--strict-signatures'], /needs --credentials/],
    [['--max-list-index', '-1'], /--max-list-index must be an integer from 1/],
    [['--header-timeout-ms', '10'], /--header-timeout-ms must be an integer from 100/],
    [['--speed', '0'], /--speed must be a number from 0.01 to 10000/],
    [['--speed', 'fast'], /--speed must be a number/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('main', () => {
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('prints usage for --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('usage: cloudexec-mock');
  });

  it('prints the package version for --version', async () => {
    const result = await run(['--version']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reports a bad flag and a busy port in one line, without a stack trace', async () => {
    const bad = await run(['--max-depth', 'deep']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('cloudexec-mock: --max-depth must be an integer from 2 to 1000 (see cloudexec-mock --help)');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (blocker.address() as AddressInfo).port;
      const busy = await run(['--port', String(port), '--quiet']);
      expect(busy.code).toBe(1);
      expect(busy.err).toBe(
        `cloudexec-mock: cannot listen on 127.0.0.1 port ${port}: the port is already in use (pick another with --port, or --port 0 for a free one)`,
      );
    } finally {
      blocker.close();
    }
  });

  it('exits 2 on bad options and bad files, without printing the credentials file content', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mock-cli-'));
    await writeFile(join(dir, 'creds.json'), '{"AKID": "s3cr3t-value", "broken": ');
    await writeFile(join(dir, 'array.json'), '["s3cr3t-value"]');
    await writeFile(join(dir, 'data.json'), '{"tencent-cvm": {}}');
    for (const argv of [
      ['--nope'],
      ['--credentials', join(dir, 'creds.json')],
      ['--credentials', join(dir, 'array.json')],
      ['--data', join(dir, 'data.json')],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^cloudexec-mock: /);
      expect(result.err).not.toContain('s3cr3t');
    }
    expect((await run(['--data', join(dir, 'data.json')])).err).toContain('unknown provider "tencent-cvm"');
  });
});
