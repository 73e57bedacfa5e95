// Roll-up, splitting, validation, output decoding and execution ids.
import { describe, expect, it } from 'vitest';
import { ExecUsageError } from '../src/errors.ts';
import { formatExecutionId, parseExecutionId } from '../src/ids.ts';
import { contentBytes, PROVIDER_LIMITS } from '../src/limits.ts';
import { emptyCounts, type RunInput } from '../src/model.ts';
import { decodeOutput, encodeBase64, firstLine } from '../src/output.ts';
import { rollUp } from '../src/rollup.ts';
import { splitTargets } from '../src/split.ts';
import { validateRun } from '../src/validate.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(8, '0')}`);

describe('rollUp', () => {
  const counts = (values: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...values });
  it.each([
    [{}, 'pending'],
    [{ pending: 3 }, 'pending'],
    [{ pending: 1, succeeded: 2 }, 'running'],
    [{ running: 1, failed: 2 }, 'running'],
    [{ succeeded: 3 }, 'succeeded'],
    [{ succeeded: 2, failed: 1 }, 'failed'],
    [{ succeeded: 2, 'timed-out': 1 }, 'timed-out'],
    [{ succeeded: 2, cancelled: 1 }, 'cancelled'],
    [{ failed: 1, 'timed-out': 1, cancelled: 1 }, 'failed'],
  ] as const)('%o → %s', (values, expected) => {
    expect(rollUp(counts(values))).toBe(expected);
  });
});

describe('splitTargets', () => {
  it('cuts a TAT fleet at 200 and keeps CVM and Lighthouse instances in separate calls', () => {
    const batches = splitTargets('tencent-tat', [...ids('ins-', 450), ...ids('lhins-', 3)]);
    expect(batches.map((batch) => batch.length)).toEqual([200, 200, 50, 3]);
    expect(batches[3]?.every((id) => id.startsWith('lhins-'))).toBe(true);
  });
  it('cuts ECS at 100 and gives every SWAS server its own run', () => {
    expect(splitTargets('aliyun-ecs', ids('i-', 250)).map((batch) => batch.length)).toEqual([100, 100, 50]);
    expect(splitTargets('aliyun-swas', ids('s', 3))).toEqual([['s00000000'], ['s00000001'], ['s00000002']]);
  });
});

describe('validateRun', () => {
  const base: RunInput = { provider: 'tencent-tat', region: 'ap-guangzhou', targets: ['ins-a'], command: 'uptime' };
  const fails = (patch: Partial<RunInput> & Record<string, unknown>, field: string, message: RegExp) => {
    let caught: unknown;
    try {
      validateRun({ ...base, ...patch } as RunInput);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExecUsageError);
    expect((caught as ExecUsageError).field).toBe(field);
    expect((caught as Error).message).toMatch(message);
  };

  it('accepts a run within every limit', () => {
    expect(() => validateRun(base)).not.toThrow();
    expect(() => validateRun({ ...base, provider: 'aliyun-ecs', targets: ids('i-', 5000), timeout: 10 })).not.toThrow();
  });
  it('refuses an unknown provider, no targets, duplicates and too many targets', () => {
    fails({ provider: 'aws-ssm' as never }, 'provider', /unknown provider "aws-ssm"/);
    fails({ targets: [] }, 'targets', /no targets/);
    fails({ targets: ['ins-a', 'ins-a'] }, 'targets', /twice/);
    fails({ targets: ids('ins-', 10_001) }, 'targets', /too many targets: 10001/);
    fails({ provider: 'tencent-batch', targets: ['env-a', 'env-b'] }, 'targets', /one target/);
    fails({ targets: ['i-abc'] }, 'targets', /not a TAT instance id/);
  });
  it('refuses a command over each provider limit, measured after Base64', () => {
    for (const provider of ['tencent-tat', 'aliyun-ecs', 'aliyun-swas'] as const) {
      const limit = PROVIDER_LIMITS[provider].maxContentBytes;
      const fits = 'x'.repeat((limit / 4) * 3);
      const target = provider === 'tencent-tat' ? 'ins-a' : 'i-a';
      expect(contentBytes(fits, undefined)).toBe(limit);
      expect(() => validateRun({ ...base, provider, targets: [target], command: fits })).not.toThrow();
      fails({ provider, targets: [target], command: `${fits}x` }, 'command', new RegExp(`limit is ${limit}`));
    }
  });
  it('counts parameter values in the content budget and checks names and timeouts', () => {
    const limit = PROVIDER_LIMITS['aliyun-ecs'].maxContentBytes;
    fails({ provider: 'aliyun-ecs', targets: ['i-a'], command: 'x'.repeat((limit / 4) * 3 - 3), parameters: { a: 'xyzw' } }, 'command', /too large/);
    fails({ parameters: { 'bad name': 'v' } }, 'parameters', /letters, digits/);
    fails({ timeout: 0 }, 'timeout', /from 1 to 86400/);
    fails({ provider: 'aliyun-swas', targets: ['s1'], timeout: 5 }, 'timeout', /from 10 to 86400/);
    fails({ command: '   ' }, 'command', /empty/);
    fails({ region: '' }, 'region', /region is required/);
  });
});

describe('decodeOutput', () => {
  it('decodes Base64 (UTF-8) and flags dropped bytes', () => {
    expect(decodeOutput(encodeBase64('héllo\n'), 'base64', 0)).toEqual({ text: 'héllo\n', truncated: false });
    expect(decodeOutput(encodeBase64('x'), 'base64', 12)).toEqual({ text: 'x', truncated: true });
  });
  it('keeps plain text, and text that is not Base64, as it is', () => {
    expect(decodeOutput('bHM=', 'plain')).toEqual({ text: 'bHM=', truncated: false });
    expect(decodeOutput('not base64!', 'base64')).toEqual({ text: 'not base64!', truncated: false });
    expect(decodeOutput(null, 'base64')).toEqual({ text: '', truncated: false });
  });
  it('first line skips blank lines and is cut to width', () => {
    expect(firstLine('\n  \nload average 0.1\nmore')).toBe('load average 0.1');
    expect(firstLine('y'.repeat(100), 10)).toBe(`${'y'.repeat(9)}…`);
  });
});

describe('execution ids', () => {
  it('round-trips provider, region and parts', () => {
    const id = formatExecutionId('aliyun-swas', 'cn-hangzhou', [
      { id: 't-1@abc', targets: ['abc'] },
      { id: 't-2@def', targets: ['def'] },
    ]);
    expect(id).toBe('aliyun-swas:cn-hangzhou:t-1@abc+t-2@def');
    expect(parseExecutionId(id)).toEqual({ provider: 'aliyun-swas', region: 'cn-hangzhou', partIds: ['t-1@abc', 't-2@def'] });
    expect(parseExecutionId('inv-abc')).toEqual({ partIds: ['inv-abc'] });
  });
  it('refuses malformed ids', () => {
    expect(() => parseExecutionId('aws:us-east-1:x')).toThrow(/unknown provider/);
    expect(() => parseExecutionId('a:b')).toThrow(ExecUsageError);
    expect(() => parseExecutionId('inv-a b')).toThrow(/not a service execution id/);
  });
});
