// The real process behind CliIo: streams, environment, SIGINT (a second Ctrl-C exits at once), a y/N prompt.
import { createInterface } from 'node:readline/promises';
import type { CliIo } from './main.ts';

export function nodeIo(): CliIo & { dispose(): void } {
  let interrupts = 0;
  const handlers = new Set<() => void>();
  const onSigint = () => {
    interrupts++;
    if (interrupts > 1 || handlers.size === 0) process.exit(130);
    for (const handler of handlers) handler();
  };
  process.on('SIGINT', onSigint);
  const forced = process.env.CLOUDEXEC_FORCE_TTY === '1';
  return {
    stdout: { write: (text) => void process.stdout.write(text) },
    stderr: { write: (text) => void process.stderr.write(text) },
    env: process.env,
    isTTY: forced || process.stdout.isTTY === true,
    canAsk: process.stdin.isTTY === true,
    async ask(question) {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    onInterrupt(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    dispose() {
      process.off('SIGINT', onSigint);
    },
  };
}
