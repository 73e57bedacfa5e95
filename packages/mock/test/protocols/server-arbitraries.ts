// Helpers shared by the mock-side tests: turning a signed WireRequest into what a server receives,
// the wire shape of parameters, and a one-character change.
import type { RawHttpRequest } from '../../src/protocols/server-request.ts';
import type { WireRequest } from '@cloudexec/runtime';

export { wireShape } from '../../../runtime/test/protocols/wire-shape.ts';

export function received(wire: WireRequest): RawHttpRequest {
  return { method: wire.method, url: wire.url, headers: wire.headers, body: wire.body ?? '' };
}

/**
 * `text` with one character replaced by a different one, chosen by `position` (modulo length) among
 * the characters outside `%XY` escapes (changing an escape's hex case would not change its meaning).
 */
export function changeOneCharacter(text: string, position: number): string {
  const candidates: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%') i += 2;
    else candidates.push(i);
  }
  const index = candidates.length === 0 ? position % text.length : candidates[position % candidates.length]!;
  const replacement = text[index] === 'a' ? 'b' : 'a';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

export const NOW = new Date('2024-05-01T12:00:00Z');
