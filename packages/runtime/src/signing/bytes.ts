// Text and digest encodings for the signers. Strings are encoded into one reusable scratch buffer (the
// hashing is synchronous, so nothing else can touch it in between); large texts get their own buffer
// so the scratch never pins megabytes.

const encoder = new TextEncoder();
const SCRATCH_LIMIT = 64 * 1024;
let scratch = new Uint8Array(2048);

export interface EncodedText {
  bytes: Uint8Array;
  length: number;
}

const encoded: EncodedText = { bytes: scratch, length: 0 };

/** UTF-8 bytes of `text`; the result (and its buffer) is only valid until the next call. */
export function encodeUtf8(text: string): EncodedText {
  const length = text.length;
  if (length * 3 > SCRATCH_LIMIT) {
    const bytes = encoder.encode(text);
    encoded.bytes = bytes;
    encoded.length = bytes.length;
    return encoded;
  }
  if (length * 3 > scratch.length) scratch = new Uint8Array(SCRATCH_LIMIT);
  encoded.bytes = scratch;
  encoded.length = encoder.encodeInto(text, scratch).written;
  return encoded;
}

/** Zeroes the bytes of the last encodeUtf8 result (used after encoding secret material). */
export function wipeEncoded(): void {
  encoded.bytes.fill(0, 0, encoded.length);
}

/** Two-digit lower-case hex of every byte value (shared with hash-async.ts). */
export const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push(i.toString(16).padStart(2, '0'));

/** Lower-case hex of the first `count` big-endian 32-bit words. */
export function wordsToHex(words: Int32Array, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const w = words[i]!;
    out += HEX[w >>> 24]! + HEX[(w >>> 16) & 0xff]! + HEX[(w >>> 8) & 0xff]! + HEX[w & 0xff]!;
  }
  return out;
}

/** Writes `count` big-endian words into `target` (which must hold 4 × count bytes). */
export function wordsToBytes(words: Int32Array, count: number, target: Uint8Array): Uint8Array {
  for (let i = 0, j = 0; i < count; i++, j += 4) {
    const w = words[i]!;
    target[j] = w >>> 24;
    target[j + 1] = w >>> 16;
    target[j + 2] = w >>> 8;
    target[j + 3] = w;
  }
  return target;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard padded base64 of `bytes[0..length)`. */
export function bytesToBase64(bytes: Uint8Array, length: number = bytes.length): string {
  let out = '';
  let i = 0;
  for (; i + 2 < length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += BASE64[n >>> 18]! + BASE64[(n >>> 12) & 63]! + BASE64[(n >>> 6) & 63]! + BASE64[n & 63]!;
  }
  if (i < length) {
    const hasSecond = i + 1 < length;
    const n = (bytes[i]! << 16) | (hasSecond ? bytes[i + 1]! << 8 : 0);
    out += BASE64[n >>> 18]! + BASE64[(n >>> 12) & 63]! + (hasSecond ? BASE64[(n >>> 6) & 63]! : '=') + '=';
  }
  return out;
}

/** Compares two strings in time that depends only on their lengths (signature checks on the server side). */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
