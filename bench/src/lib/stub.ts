// Starts stub-server.ts in a child process and talks to it over IPC.
import { fork, type ChildProcess } from 'node:child_process';

export interface StubStats {
  connections: number;
  requests: number;
}

export interface Stub {
  port: number;
  /** Zeroes the stub's connection and request counters. */
  reset(): Promise<void>;
  stats(): Promise<StubStats>;
  close(): void;
}

/** The child's next IPC message; rejects if it exits first. */
export function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`stub server exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message as T);
    });
  });
}

export async function startStub(): Promise<Stub> {
  const child = fork(new URL('./stub-server.ts', import.meta.url), [], {
    execArgv: ['--conditions=source'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await nextMessage<{ port: number }>(child);
  return {
    port,
    async reset() {
      child.send({ type: 'reset' });
      child.send({ type: 'stats' });
      await nextMessage<StubStats>(child);
    },
    async stats() {
      child.send({ type: 'stats' });
      return nextMessage<StubStats>(child);
    },
    close() {
      child.kill();
    },
  };
}
