// The CLI as a child process on a free port: 1,000 mixed valid and malformed requests from 16 concurrent
// clients (loopback only), every answer well-formed and logged, the server healthy after, SIGTERM a clean exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { smokePlan, SMOKE_CASES, type Outcome } from './smoke-mix.ts';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const TOTAL = 1000;
const CLIENTS = 16;

let child: ChildProcess;
let stdout = '';
let port = 0;

beforeAll(async () => {
  child = spawn(process.execPath, [CLI, '--port', '0', '--no-rate-limit'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const deadline = Date.now() + 20_000;
  while (port === 0 && Date.now() < deadline && child.exitCode === null) {
    port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout)?.[1] ?? 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (port === 0) throw new Error(`the CLI did not start:\n${stdout}`);
}, 30_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

it('answers 1,000 mixed requests from 16 clients, then exits cleanly on SIGTERM', async () => {
  const plan = smokePlan(TOTAL);
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const results: Array<{ name: string; expected: Outcome; actual: Outcome | string }> = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < plan.length) {
      const item = plan[next++]!;
      const actual = await item.run(port, agent).catch((error: Error) => `failed: ${error.message}`);
      results.push({ name: item.name, expected: item.expected, actual });
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  agent.destroy();

  expect(results).toHaveLength(TOTAL);
  const wrong = results.filter(
    (result) => typeof result.actual === 'string' || result.actual.status !== result.expected.status || result.actual.code !== result.expected.code,
  );
  expect(wrong.slice(0, 5)).toEqual([]);

  // Still healthy: a valid call of every provider answers.
  for (const healthy of SMOKE_CASES.slice(0, 5)) expect(await healthy.run(port, new Agent())).toEqual(healthy.expected);

  // One log line per request: nothing lost, nothing answered twice.
  // (The line is written after the answer, so the last ones may still be in the pipe.)
  const logLines = () => stdout.split('\n').filter((line) => /^\S+Z \S+ \S+ \d{3} \S+ \d+\.\dms$/.test(line));
  for (let wait = 0; wait < 40 && logLines().length < TOTAL + 5; wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(logLines()).toHaveLength(TOTAL + 5);

  child.kill('SIGTERM');
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(stdout).toContain('SIGTERM, shutting down');
}, 60_000);
