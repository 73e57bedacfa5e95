// Per-action overrides queue up: each call of the action takes the oldest override still in force, and an
// override with `times` drops out after that many calls (without `times` it stays until reset()).
import type { DeepPartial } from './operation-types.ts';

/** `Response`: the operation's generated response type, when the mock is typed (operation-types.ts). */
export interface MockOverride<Response extends object = object> {
  /** Served instead of the example/dataset data (Tencent: wrapped in the envelope). */
  response?: object extends Response ? object : DeepPartial<Response>;
  /** Answered as this provider error, with its documented HTTP status. */
  errorCode?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Fail like a dropped connection (`Response.error()`, which fetch turns into a TypeError). */
  networkError?: true;
  /** Number of calls the override applies to; unlimited when absent. */
  times?: number;
}

export interface OverrideQueue {
  add(action: string, override: MockOverride): void;
  /** The override for this call, counting it against `times`. */
  take(action: string): MockOverride | undefined;
  reset(): void;
}

export function createOverrideQueue(): OverrideQueue {
  const queues = new Map<string, Array<{ override: MockOverride; left: number }>>();
  return {
    add(action, override) {
      const left = override.times ?? Infinity;
      if (left <= 0) return;
      queues.set(action, [...(queues.get(action) ?? []), { override, left }]);
    },
    take(action) {
      const queue = queues.get(action);
      const head = queue?.[0];
      if (!queue || !head) return undefined;
      head.left -= 1;
      if (head.left <= 0) queue.shift();
      return head.override;
    },
    reset() {
      queues.clear();
    },
  };
}
