// Small helpers the adapters share.
import type { CallOptions } from '@cloudexec/runtime';

/** `{ [key]: value }` when value is set (not undefined, null or ''), else `{}`: keeps optional members absent. */
export function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value === undefined || value === null || value === '' ? {} : ({ [key]: value } as { [P in K]: V });
}

export function signalOf(signal: AbortSignal | undefined): CallOptions {
  return signal ? { signal } : {};
}
