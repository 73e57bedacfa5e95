// Starts one load-worker.ts process per client and sends it commands, one at a time.
import { fork, type ChildProcess } from 'node:child_process';
import type { LoadFigures } from './load.ts';
import { nextMessage } from './stub.ts';

export class LoadWorker {
  readonly #child: ChildProcess;

  private constructor(child: ChildProcess) {
    this.#child = child;
  }

  static async start(index: number, port: number): Promise<LoadWorker> {
    const child = fork(new URL('./load-worker.ts', import.meta.url), [String(index), String(port)], {
      execArgv: ['--conditions=source'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await nextMessage(child);
    return new LoadWorker(child);
  }

  async #send<T>(command: object): Promise<T> {
    const reply = nextMessage<T & { error?: string }>(this.#child);
    this.#child.send(command);
    const result = await reply;
    if (result.error !== undefined) throw new Error(result.error);
    return result;
  }

  /** One call; resolves with the answer's TotalCount. */
  async check(): Promise<number | undefined> {
    return (await this.#send<{ total?: number }>({ type: 'check' })).total;
  }

  run(requests: number, concurrency: number): Promise<LoadFigures> {
    return this.#send({ type: 'run', requests, concurrency });
  }

  close(): void {
    this.#child.kill();
  }
}
