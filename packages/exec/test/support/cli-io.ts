// An in-process CliIo: captured streams, a scripted prompt, an interrupt the test can fire, and the fake
// adapter in place of a service.
import type { ProviderAdapter } from '../../src/adapter.ts';
import type { CliIo } from '../../src/cli/main.ts';
import type { ProviderId } from '../../src/model.ts';
import type { VirtualClock } from './clock.ts';

export interface TestIo extends CliIo {
  out: string[];
  err: string[];
  interrupt(): void;
  /** The options each adapter was created with (credentials included: the test checks what was handed over). */
  connected: { provider: ProviderId; options: Record<string, unknown> }[];
  asked: string[];
}

export function testIo(options: {
  clock: VirtualClock;
  adapter?: (provider: ProviderId) => ProviderAdapter;
  env?: Record<string, string>;
  isTTY?: boolean;
  answer?: string;
  home?: string;
}): TestIo {
  const out: string[] = [];
  const err: string[] = [];
  const handlers = new Set<() => void>();
  const connected: TestIo['connected'] = [];
  const asked: string[] = [];
  return {
    out,
    err,
    connected,
    asked,
    stdout: { write: (text) => void out.push(text) },
    stderr: { write: (text) => void err.push(text) },
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    canAsk: options.answer !== undefined,
    clock: options.clock,
    home: options.home ?? '/nonexistent-home',
    async ask(question) {
      asked.push(question);
      return options.answer ?? '';
    },
    onInterrupt(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    interrupt() {
      for (const handler of handlers) handler();
    },
    async adapter(provider, adapterOptions) {
      connected.push({ provider, options: adapterOptions as Record<string, unknown> });
      if (!options.adapter) throw new Error('no adapter in this test');
      return options.adapter(provider);
    },
  };
}
