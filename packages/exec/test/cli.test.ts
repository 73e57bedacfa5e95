// The CLI in-process on a fake service and virtual time: output modes, exit codes, Ctrl-C, credentials.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudApiError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/args.ts';
import { main } from '../src/cli/main.ts';
import { virtualClock } from './support/clock.ts';
import { testIo } from './support/cli-io.ts';
import { fakeAdapter, type FakeAdapter } from './support/fake-adapter.ts';

const MOCK = ['--endpoint', 'http://127.0.0.1:9'];
const run = (...flags: string[]) => ['run', '-p', 'tencent-tat', '-r', 'ap-guangzhou', '-t', 'ins-a,ins-b', ...MOCK, ...flags, '--', 'echo', 'hi'];
const RUN = run();

function setup(options: Parameters<typeof fakeAdapter>[2] & { isTTY?: boolean; answer?: string; env?: Record<string, string>; home?: string } = {}) {
  const clock = virtualClock();
  let adapter: FakeAdapter | undefined;
  const io = testIo({
    clock,
    ...options,
    adapter: (provider) => {
      adapter = fakeAdapter(provider, clock, options);
      return adapter;
    },
  });
  return { io, clock, adapter: () => adapter as FakeAdapter };
}

describe('cloudexec help', () => {
  it.each(COMMANDS)('%s --help says how to use it and exits 0', async (command) => {
    const { io } = setup();
    expect(await main([command, '--help'], io)).toBe(0);
    expect(io.out.join('')).toContain(`Usage: cloudexec ${command}`);
  });
  it('without a command prints the overview with the exit codes', async () => {
    const { io } = setup();
    expect(await main([], io)).toBe(0);
    expect(io.out.join('')).toMatch(/Exit codes: 0 all targets succeeded/);
  });
});

describe('cloudexec run', () => {
  it('prints one line per change and the final table when not on a terminal; exit 0', async () => {
    const { io } = setup();
    expect(await main(RUN, io)).toBe(0);
    const text = io.out.join('');
    expect(text).toMatch(/^started tencent-tat:ap-guangzhou:run-0 on 2 targets\n/);
    expect(text).toMatch(/ins-a pending \(PENDING\)\n/);
    expect(text).toMatch(/ins-a running \(RUNNING\)\n/);
    expect(text).toMatch(/TARGET +STATUS +EXIT +DURATION +OUTPUT\nins-a +succeeded \(SUCCEEDED\) +0 +- +ran echo hi on ins-a/);
    expect(text).not.toContain('\x1b[');
  });

  it('redraws a progress line in place on a terminal, on stderr, and leaves the table on stdout', async () => {
    const { io } = setup({ isTTY: true });
    expect(await main(RUN, io)).toBe(0);
    const progress = io.err.join('');
    expect(progress).toContain('\r\x1b[2K');
    expect(progress).toMatch(/running · 2 targets · running 2/);
    expect(io.out.join('')).toMatch(/succeeded · 2 targets · succeeded 2/);
  });

  it('--json writes one JSON object per event, then the result', async () => {
    const { io } = setup({ endings: { 'ins-b': { status: 'failed', exitCode: 3, output: 'no' } } });
    expect(await main(run('--json'), io)).toBe(1);
    const events = io.out
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events[0]).toMatchObject({ event: 'started', id: 'tencent-tat:ap-guangzhou:run-0' });
    expect(events.filter((event) => event.event === 'target').length).toBeGreaterThanOrEqual(6);
    expect(events.at(-1)).toMatchObject({ event: 'result', status: 'failed', counts: { succeeded: 1, failed: 1 } });
    expect(events.at(-1).targets[1]).toMatchObject({ target: 'ins-b', exitCode: 3, output: 'no' });
  });

  it('exits 1 on a time-out, 0 with --no-wait after printing the id, and prints nothing with --quiet', async () => {
    let { io } = setup({ endings: { 'ins-a': { status: 'timed-out' } } });
    expect(await main(run('--quiet'), io)).toBe(1);
    expect(io.out.join('')).toBe('');
    ({ io } = setup());
    expect(await main(run('--no-wait'), io)).toBe(0);
    expect(io.out.join('')).toBe('tencent-tat:ap-guangzhou:run-0\n');
  });

  it('exits 3 when the service refuses', async () => {
    const clock = virtualClock();
    const io = testIo({
      clock,
      adapter: (provider) => ({
        ...fakeAdapter(provider, clock),
        start: async () => {
          throw new CloudApiError({
            provider: 'tencent',
            action: 'RunCommand',
            code: 'UnauthorizedOperation.CamAuthFailed',
            message: 'denied',
            httpStatus: 200,
            retryable: false,
          });
        },
      }),
    });
    expect(await main(RUN, io)).toBe(3);
    expect(io.err.join('')).toMatch(/RunCommand failed with UnauthorizedOperation.CamAuthFailed/);
  });

  it.each([
    [['run', '-p', 'nope', '-r', 'x', '-t', 'a', '--', 'ls'], /unknown provider "nope"/],
    [['run', '-p', 'tencent-tat', '-r', 'ap-guangzhou', '-t', '', '--', 'ls'], /no targets given/],
    [['run', '-p', 'aliyun-ecs', '-r', 'cn-hangzhou', '-t', Array.from({ length: 10_001 }, (_, i) => `i-${i}`).join(','), '--', 'ls'], /too many targets/],
    [['run', '-p', 'aliyun-swas', '-r', 'cn-hangzhou', '-t', 's1', '--', 'x'.repeat(20_000)], /too large for aliyun-swas/],
    [['run', '-p', 'tencent-tat', '-r', 'ap-guangzhou', '-t', 'ins-a'], /no command given/],
    [['run', '-p', 'tencent-tat', '-t', 'ins-a', '--', 'ls'], /--region is required/],
    [['run', '-p', 'tencent-tat', '-r', 'r', '-t', 'ins-a', '--timeout', 'soon', '--', 'ls'], /whole number/],
    [['run', '-p', 'tencent-batch', '-r', 'ap-guangzhou', '-t', 'env-a', '--', 'ls'], /needs --zone/],
    [['status', '-p', 'tencent-tat', '--targets', 'x', 'inv-a'], /status takes no --targets/],
    [['agents', '-p', 'tencent-batch', '-r', 'r', '-t', 'env-a'], /no agent status/],
    [['launch'], /unknown command "launch"/],
  ])('bad input %# → exit 2 before connecting', async (argv, message) => {
    const { io } = setup();
    expect(await main(argv, io)).toBe(2);
    expect(io.err.join('')).toMatch(message);
    expect(io.connected).toEqual([]);
  });
});

describe('cloudexec run, Ctrl-C', () => {
  const interruptWhileRunning = async (argv: string[], answer?: string) => {
    const { io, adapter } = setup({ runningMs: 600_000, ...(answer === undefined ? {} : { answer }) });
    const done = main(argv, io);
    // Let it start and poll once, then interrupt.
    while (!adapter()?.calls.some((call) => call.action === 'poll')) await new Promise((resolve) => setTimeout(resolve, 0));
    io.interrupt();
    return { code: await done, io, cancels: adapter().calls.filter((call) => call.action === 'cancel') };
  };

  it('--cancel-on-interrupt cancels the remote execution and exits 130', async () => {
    const { code, io, cancels } = await interruptWhileRunning(run('--cancel-on-interrupt'));
    expect(code).toBe(130);
    expect(cancels).toHaveLength(1);
    expect(io.err.join('')).toMatch(/interrupted; cancelled tencent-tat:ap-guangzhou:run-0/);
  });

  it('asks on a terminal and cancels on yes, leaves it running on no', async () => {
    const yes = await interruptWhileRunning(RUN, 'y');
    expect(yes.code).toBe(130);
    expect(yes.io.asked[0]).toMatch(/cancel the remote execution .*\[y\/N\]/);
    expect(yes.cancels).toHaveLength(1);
    const no = await interruptWhileRunning(RUN, '');
    expect(no.cancels).toHaveLength(0);
    expect(no.io.err.join('')).toMatch(/goes on \(cloudexec status /);
  });
});

describe('cloudexec status, output, cancel, agents', () => {
  it('reads an execution by id, prints outputs, cancels, and lists agents', async () => {
    const { io, adapter } = setup();
    expect(await main(run('--no-wait'), io)).toBe(0);
    const id = io.out.join('').trim();
    // The ids are reused by a second CLI call on the same fake service.
    const service = adapter();
    const clock = virtualClock();
    const again = testIo({ clock, adapter: () => service });
    expect(await main(['status', id, ...MOCK], again)).toBe(0);
    expect(again.out.join('')).toMatch(/: pending\nTARGET/);
    service.runs[0]!.startedAt -= 10_000;
    again.out.length = 0;
    expect(await main(['output', id, ...MOCK], again)).toBe(0);
    expect(again.out.join('')).toBe('== ins-a succeeded exit 0 ==\nran echo hi on ins-a\n== ins-b succeeded exit 0 ==\nran echo hi on ins-b\n');
    again.out.length = 0;
    expect(await main(['output', id, '--target', 'ins-b', ...MOCK], again)).toBe(0);
    expect(again.out.join('')).toBe('ran echo hi on ins-b\n');
    expect(await main(['output', id, '--target', 'ins-z', ...MOCK], again)).toBe(2);
    expect(await main(['cancel', id, ...MOCK], again)).toBe(0);
    expect(await main(['agents', '-p', 'tencent-tat', '-r', 'ap-guangzhou', '-t', 'ins-a,ins-off', ...MOCK], again)).toBe(1);
    expect(again.out.join('')).toMatch(/ins-off +offline \(Offline\)/);
  });
});

describe('credentials', () => {
  const secret = 'do-not-print-this-secret';

  it('reads a tccli profile and never prints the secret', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cloudexec-home-'));
    mkdirSync(join(home, '.tccli'));
    writeFileSync(join(home, '.tccli', 'work.credential'), JSON.stringify({ secretId: 'AKIDwork', secretKey: secret }));
    writeFileSync(join(home, '.tccli', 'work.configure'), JSON.stringify({ _sys_param: { region: 'ap-shanghai' } }));
    const { io } = setup({ home });
    const argv = ['run', '-p', 'tencent-tat', '-t', 'ins-a', '--profile', 'work', '--', 'ls'];
    expect(await main(argv, io)).toBe(0);
    expect(io.connected[0]?.options).toMatchObject({ region: 'ap-shanghai', credentials: { accessKeyId: 'AKIDwork', accessKeySecret: secret } });
    expect(io.out.join('') + io.err.join('')).not.toContain(secret);
  });

  it('reads the aliyun CLI config, prefers the environment, and refuses modes it cannot use', async () => {
    const home = mkdtempSync(join(tmpdir(), 'cloudexec-home-'));
    mkdirSync(join(home, '.aliyun'));
    const profiles = [
      { name: 'default', mode: 'AK', access_key_id: 'LTAIdefault', access_key_secret: secret, region_id: 'cn-beijing' },
      { name: 'sso', mode: 'CloudSSO' },
    ];
    writeFileSync(join(home, '.aliyun', 'config.json'), JSON.stringify({ current: 'default', profiles }));
    const argv = ['run', '-p', 'aliyun-ecs', '-t', 'i-a', ...MOCK, '--', 'ls'];
    let { io } = setup({ home });
    expect(await main(argv, io), io.err.join('')).toBe(0);
    expect(io.connected[0]?.options).toMatchObject({ region: 'cn-beijing', credentials: { accessKeyId: 'LTAIdefault' } });
    ({ io } = setup({ home, env: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenv', ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret } }));
    expect(await main(argv, io)).toBe(0);
    expect(io.connected[0]?.options).toMatchObject({ credentials: { accessKeyId: 'LTAIenv' } });
    ({ io } = setup({ home }));
    expect(await main(['run', '--profile', 'sso', ...argv.slice(1)], io)).toBe(2);
    expect(io.err.join('')).toMatch(/uses mode CloudSSO/);
    expect(io.out.join('') + io.err.join('')).not.toContain(secret);
  });

  it('needs credentials unless the endpoint is on this machine, and https elsewhere', async () => {
    let { io } = setup();
    expect(await main(['run', '-p', 'aliyun-ecs', '-r', 'cn-hangzhou', '-t', 'i-a', '--', 'ls'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID/);
    ({ io } = setup());
    expect(await main(['run', '-p', 'aliyun-ecs', '-r', 'cn-hangzhou', '-t', 'i-a', '--endpoint', 'http://example.com', '--', 'ls'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/must be on this machine/);
  });
});
