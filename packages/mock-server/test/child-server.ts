// cloudexec-mock as a child process, as users run it: crashes, exit codes, signals and memory are observable.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

export interface ChildServer {
  child: ChildProcess;
  port: number;
  /** Everything the child wrote so far. */
  output(): string;
  /** Resolves with the exit code (or the signal) once the child ends. */
  exited: Promise<number | NodeJS.Signals>;
  /** Resident set size in KiB, from ps (Linux and macOS). */
  rssKiB(): Promise<number>;
  stop(): Promise<number | NodeJS.Signals>;
}

export async function startChildServer(args: string[]): Promise<ChildServer> {
  const child = spawn(process.execPath, [CLI, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code ?? -1)));
  const port = await new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      const found = /listening on http:\/\/[^:]+:(\d+)/.exec(output)?.[1];
      if (found) {
        clearInterval(poll);
        resolve(Number(found));
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`cloudexec-mock exited (${code}) before listening: ${output}`));
    });
  });
  return {
    child,
    port,
    output: () => output,
    exited,
    rssKiB: async () => Number((await promisify(execFile)('ps', ['-o', 'rss=', '-p', String(child.pid)])).stdout.trim()),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
