// The `cloudexec` bin as a child process, as users run it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

export interface ChildResult {
  code: number | NodeJS.Signals;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; onStdout?: (text: string, child: import('node:child_process').ChildProcess) => void } = {},
): Promise<ChildResult> {
  // A clean environment: no credentials, profile files or region from the machine running the tests.
  const env = { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', ...options.env };
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    options.onStdout?.(stdout, child);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code: signal ?? code ?? -1, stdout, stderr })));
}
