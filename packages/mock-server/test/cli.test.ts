import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../src/args.ts';
import { main } from '../src/main.ts';

describe('parseArgs', () => {
  it('reads every option, in both --flag value and --flag=value forms', () => {
    expect(parseArgs(['--port=9000', '--data', 'd.json', '--credentials', 'c.json', '--strict-signatures', '--no-rate-limit', '--local-host', 'mock', '--max-body-bytes', '2048', '--quiet'])).toEqual({
      port: 9000, dataFile: 'd.json', credentialsFile: 'c.json', strictSignatures: true, enforceQps: false, localHosts: ['mock'], maxBodyBytes: 2048, quiet: true, help: false,
    });
    expect(parseArgs([]).port).toBe(8787);
  });

  it.each([
    [['--port', '99999'], /--port must be an integer/],
    [['--port'], /--port needs a value/],
    [['--bogus'], /unknown argument --bogus/],
    [['--strict-signatures'], /needs --credentials/],
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

  it('exits 2 on bad options and bad files, without printing the credentials file content', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mock-cli-'));
    await writeFile(join(dir, 'creds.json'), '{"AKID": "s3cr3t-value", "broken": ');
    await writeFile(join(dir, 'array.json'), '["s3cr3t-value"]');
    await writeFile(join(dir, 'data.json'), '{"tencent-cvm": {}}');
    for (const argv of [['--nope'], ['--credentials', join(dir, 'creds.json')], ['--credentials', join(dir, 'array.json')], ['--data', join(dir, 'data.json')]]) {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^cloudexec-mock: /);
      expect(result.err).not.toContain('s3cr3t');
    }
    expect((await run(['--data', join(dir, 'data.json')])).err).toContain('unknown provider "tencent-cvm"');
  });
});
