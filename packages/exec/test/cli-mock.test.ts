// The bin against the standalone mock, both as child processes: non-TTY lines, --json, the forced terminal
// display, exit codes, Ctrl-C, and the README quick start.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './support/child.ts';
import { startChildMock, type ChildMock } from './support/mock-server.ts';

let mock: ChildMock;
beforeAll(async () => {
  mock = await startChildMock();
}, 30_000);
afterAll(() => mock?.stop());
beforeEach(() => mock.control('reset'));

const tat = (...flags: string[]) => [
  'run',
  '--endpoint',
  mock.origin,
  '-p',
  'tencent-tat',
  '-r',
  'ap-guangzhou',
  '-t',
  'ins-aaaa0001,ins-aaaa0002',
  ...flags,
  '--',
  'uptime',
];

describe('cloudexec against cloudexec-mock', () => {
  it('follows a run to the end in plain lines and exits 0', async () => {
    const result = await runCli(tat());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^started tencent-tat:ap-guangzhou:inv-\w+ on 2 targets\n/);
    expect(result.stdout).toMatch(/ins-aaaa0001 running \(RUNNING\)/);
    expect(result.stdout).toMatch(/ins-aaaa0002 +succeeded \(SUCCESS\) +0 /);
    expect(result.stdout).not.toContain('\x1b[');
  }, 60_000);

  it('--json: one object per line, the result last; exit 1 when a target fails', async () => {
    await mock.control('scenario', { service: 'tencent-tat', target: 'ins-aaaa0002', outcome: 'fail', exitCode: 7 });
    const result = await runCli(tat('--json'));
    expect(result.code).toBe(1);
    const events = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events[0].event).toBe('started');
    expect(events.at(-1)).toMatchObject({ event: 'result', status: 'failed', counts: { succeeded: 1, failed: 1 } });
    expect(events.at(-1).targets[1]).toMatchObject({ target: 'ins-aaaa0002', exitCode: 7, providerStatus: 'FAILED' });
  }, 60_000);

  it('redraws the progress line in place when forced to the terminal display', async () => {
    const result = await runCli(tat(), { env: { CLOUDEXEC_FORCE_TTY: '1' } });
    expect(result.code).toBe(0);
    // Carriage return + erase-line before each redraw.
    expect(result.stderr).toContain('\r\x1b[2K');
    expect(result.stderr).toMatch(/. tencent-tat:ap-guangzhou:inv-\w+ (pending|running)/);
    expect(result.stdout).toMatch(/succeeded · 2 targets · succeeded 2/);
  }, 60_000);

  it('Ctrl-C with --cancel-on-interrupt cancels the remote run and exits 130', async () => {
    await mock.control('scenario', { service: 'tencent-tat', target: '*', runMs: 600_000 });
    const result = await runCli(tat('--cancel-on-interrupt'), {
      onStdout: (text, child) => {
        if (/running/.test(text) && !child.killed) child.kill('SIGINT');
      },
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/interrupted; cancelled tencent-tat:ap-guangzhou:inv-/);
    const id = /started (\S+)/.exec(result.stdout)?.[1] ?? '';
    const status = await runCli(['status', '--endpoint', mock.origin, id, '--json']);
    expect(JSON.parse(status.stdout).targets.map((target: { providerStatus: string }) => target.providerStatus)).toEqual(
      expect.arrayContaining([expect.stringMatching(/CANCELLING|TERMINATED|CANCELLED/)]),
    );
  }, 60_000);

  it('runs the README quick start', async () => {
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
    const block = /<!-- cloudexec:quick-start[^>]*-->\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const [start, run, output] = block.trim().split('\n');
    expect(start).toBe('cloudexec-mock --port 8787 &');
    // The mock is already running on a free port; the other two lines run as written against it.
    const args = (line: string | undefined) =>
      (line ?? '')
        .replace(/^cloudexec /, '')
        .replaceAll('http://127.0.0.1:8787', mock.origin)
        .split(' ');
    const ran = await runCli(args(run));
    expect(ran.code).toBe(0);
    const id = /started (\S+)/.exec(ran.stdout)?.[1] ?? '';
    const shown = await runCli(args(output?.replace('<id printed by run>', id)));
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^== ins-1a2b3c4d succeeded exit 0 ==\n/);
  }, 60_000);
});
