// cloudexec-mock as a child process, as a user starts it, with a helper for its control endpoint.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MOCK_CLI = fileURLToPath(new URL('../../../mock-server/src/cli.ts', import.meta.url));

export interface ChildMock {
  origin: string;
  control(route: string, body?: Record<string, unknown>): Promise<unknown>;
  stop(): Promise<void>;
}

export async function startChildMock(args: string[] = []): Promise<ChildMock> {
  const child = spawn(process.execPath, [MOCK_CLI, '--port', '0', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      const found = /listening on http:\/\/[^:]+:(\d+)/.exec(output)?.[1];
      if (found) {
        clearInterval(poll);
        resolve(Number(found));
      }
    }, 20);
    void exited.then(() => {
      clearInterval(poll);
      reject(new Error(`cloudexec-mock exited before listening: ${output}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    async control(route, body) {
      const response = await fetch(
        `${origin}/__cloudexec/${route}`,
        body ? { method: 'POST', body: JSON.stringify(body) } : { method: route === 'state' ? 'GET' : 'POST' },
      );
      if (!response.ok) throw new Error(`control ${route}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
