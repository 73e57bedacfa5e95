// Output as the services return it → text: TAT and SWAS (and ECS by default) send Base64, ECS with
// ContentEncoding=PlainText sends text. `dropped` is the services' count of bytes cut off (24 KB limit).

export interface DecodedOutput {
  text: string;
  truncated: boolean;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64(value: string): string {
  const binary = atob(value);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  // Output is whatever the command printed: bad UTF-8 becomes U+FFFD rather than an error.
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

export function encodeBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Decodes one target's output. A value that claims Base64 but is not (a service or mock answering in plain
 * text) is kept as it is rather than turned into noise.
 */
export function decodeOutput(value: string | null | undefined, encoding: 'base64' | 'plain', dropped?: number | null): DecodedOutput {
  const truncated = typeof dropped === 'number' && dropped > 0;
  if (value === null || value === undefined) return { text: '', truncated };
  if (encoding === 'plain' || value.length % 4 !== 0 || !BASE64.test(value)) return { text: value, truncated };
  try {
    return { text: decodeBase64(value), truncated };
  } catch {
    return { text: value, truncated };
  }
}

/** The first line of an output, for tables. */
export function firstLine(text: string | undefined, max = 60): string {
  const line = (text ?? '').split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
