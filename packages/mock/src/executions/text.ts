// Byte-level text helpers: Base64 of UTF-8 text both ways, output cut at a byte budget, time rendering.
import type { ExecutionsModel } from '@cloudexec/runtime/model';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(text: string): string {
  return bytesToBase64(encoder.encode(text));
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** UTF-8 text of a Base64 string; undefined when it is not Base64 (the constraint check refuses it earlier). */
export function fromBase64(text: string): string | undefined {
  try {
    const binary = atob(text);
    return decoder.decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** Output as the service returns it: the first `maxBytes` bytes, encoded; `dropped` counts the bytes cut off. */
export function encodeOutput(text: string, output: ExecutionsModel['output']): { value: string; dropped: number } {
  const bytes = encoder.encode(text);
  const kept = bytes.subarray(0, Math.max(0, output.maxBytes));
  const dropped = bytes.length - kept.length;
  return { value: output.encoding === 'base64' ? bytesToBase64(kept) : decoder.decode(kept), dropped };
}

export function formatTime(ms: number, format: ExecutionsModel['timeFormat']): string {
  const iso = new Date(ms).toISOString();
  if (format === 'iso-millis') return iso;
  const seconds = iso.replace(/\.\d{3}Z$/, 'Z');
  return format === 'iso-offset' ? seconds.replace(/Z$/, '+00:00') : seconds;
}
