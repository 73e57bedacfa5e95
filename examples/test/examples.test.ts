// Each example program, run as a user runs it (node --conditions=source, no credentials in the environment),
// prints its table from the in-process mock.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const CREDENTIAL_VARIABLES = /^(TENCENTCLOUD_|ALIBABA_CLOUD_|ALICLOUD_)/;

async function runExample(name: string): Promise<string[]> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !CREDENTIAL_VARIABLES.test(key)));
  const { stdout, stderr } = await run(process.execPath, ['--conditions=source', `src/${name}.ts`], { cwd: root, env, timeout: 30_000 });
  expect(stderr).toBe('');
  return stdout.trimEnd().split('\n');
}

/** Rows under the dashes line, split on runs of 2+ spaces (cells never contain two spaces in a row at the start). */
function tableOf(lines: string[]): { header: string[]; rows: string[] } {
  const dashes = lines.findIndex((line) => /^-+(\s+-+)+$/.test(line));
  return { header: lines[dashes - 1]!.split(/\s{2,}/), rows: lines.slice(dashes + 1) };
}

describe('example programs against the mock', () => {
  it('tencent-tat: newest invocations with one row per instance task', async () => {
    const lines = await runExample('tencent-tat');
    expect(lines[0]).toBe('TAT invocations in ap-guangzhou (mock): 70 in total, newest 5');
    const { header, rows } = tableOf(lines);
    expect(header).toEqual(['INVOCATION', 'COMMAND', 'STATUS', 'CREATED (UTC)', 'INSTANCE', 'TASK', 'EXIT', 'OUTPUT']);
    expect(rows.filter((row) => /^inv-[a-z0-9]{8}\s/.test(row))).toHaveLength(5);
    expect(rows.every((row) => /\sins-[a-z0-9]{8}\s+[A-Z_]+\s/.test(row))).toBe(true);
  });

  it('tencent-batch: task instance summary and the newest 10', async () => {
    const lines = await runExample('tencent-batch');
    expect(lines[0]).toMatch(/^Batch task A of job-97zcl3wt in ap-guangzhou \(mock\): 350 instances \((\d+ [A-Z_]+(, )?)+\), newest 10$/);
    const { header, rows } = tableOf(lines);
    expect(header).toEqual(['INDEX', 'STATE', 'EXIT', 'LAUNCHED (UTC)', 'ENDED (UTC)', 'STDOUT LOG']);
    expect(rows.map((row) => Number(row.split(/\s+/)[0]))).toEqual([349, 348, 347, 346, 345, 344, 343, 342, 341, 340]);
  });

  it('aliyun-ecs: newest executions with one row per instance', async () => {
    const lines = await runExample('aliyun-ecs');
    expect(lines[0]).toBe('ECS command executions in cn-hangzhou (mock): newest 5, more available');
    const { header, rows } = tableOf(lines);
    expect(header).toEqual(['INVOKE ID', 'COMMAND', 'STATUS', 'CREATED (UTC)', 'INSTANCE', 'RESULT', 'EXIT', 'OUTPUT / ERROR']);
    expect(rows.filter((row) => row.startsWith('t-'))).toHaveLength(5);
    expect(rows.every((row) => /\si-bp1[a-z0-9]{17}\s+[A-Z][A-Za-z]+\s/.test(row))).toBe(true);
  });

  it('aliyun-swas: newest executions on the instance', async () => {
    const lines = await runExample('aliyun-swas');
    expect(lines[0]).toMatch(/^SWAS command executions on \S+ in cn-hangzhou \(mock\): 35 in total, newest 10$/);
    const { header, rows } = tableOf(lines);
    expect(header).toEqual(['INVOKE ID', 'COMMAND NAME', 'COMMAND', 'RESULT', 'STATUS', 'CREATED (UTC)']);
    expect(rows).toHaveLength(10);
    expect(rows.every((row) => /^t-hz0\w+\s+\S+\s+.+\s[A-Z][A-Za-z]+\s+[A-Z][A-Za-z]+\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(row))).toBe(true);
  });
});
