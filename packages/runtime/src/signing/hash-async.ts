// Large bodies are hashed with Web Crypto: native speed, and off the main thread where the runtime
// allows. Small ones stay on the synchronous path, where an await would cost more than the hash.
import { sha256Hex } from './hash.ts';

export const ASYNC_HASH_THRESHOLD = 256 * 1024;

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push(i.toString(16).padStart(2, '0'));

export async function sha256HexAsync(text: string): Promise<string> {
  if (text.length < ASYNC_HASH_THRESHOLD) return sha256Hex(text);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += HEX[byte]!;
  return hex;
}
