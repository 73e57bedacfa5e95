// Child processes for the release steps: output captured (never inherited, so a failing step's log can be
// shown once, trimmed), wall time measured, no stdin (pnpm and changesets must not wait for a prompt).
import { spawn } from 'node:child_process';

export interface ExecResult {
  command: string;
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface ExecOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export function exec(file: string, args: readonly string[], options: ExecOptions): Promise<ExecResult> {
  const command = [file, ...args].join(' ');
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 300_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const finish = (code: number, extra = ''): void =>
      resolve({
        command,
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8') + extra,
        ms: Math.round(performance.now() - started),
      });
    child.on('error', (error) => finish(127, `\n${error.message}`));
    child.on('close', (code, signal) => finish(code ?? 1, signal ? `\nkilled by ${signal}` : ''));
  });
}

/** The last lines of a step's output, enough to see why it failed without flooding the report. */
export function tail(result: ExecResult, lines = 25): string {
  const text = `${result.stdout}\n${result.stderr}`.trim().split('\n');
  return text.slice(-lines).join('\n');
}

export class StepError extends Error {
  readonly result: ExecResult;
  constructor(step: string, result: ExecResult) {
    super(`${step} failed (exit ${result.code}): ${result.command}\n${tail(result)}`);
    this.name = 'StepError';
    this.result = result;
  }
}

/** Runs a step that must succeed. */
export async function mustExec(step: string, file: string, args: readonly string[], options: ExecOptions): Promise<ExecResult> {
  const result = await exec(file, args, options);
  if (result.code !== 0) throw new StepError(step, result);
  return result;
}
