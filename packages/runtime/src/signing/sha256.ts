// SHA-256 (FIPS 180-4) in plain TypeScript. Web Crypto only offers async digests, and one await costs
// far more than hashing a 400-byte canonical request, so the signers hash synchronously here.
// `runSha256` can start from a saved mid-state, which is what makes HMAC keys reusable (see hmac.ts).

import { PADDED_TAIL, writePaddedTail } from './padded-tail.ts';
import { compressSha256 } from './sha256-compress.ts';

export { compressSha256 };

export const SHA256_IV = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/**
 * Hashes `data[0..length)` into `out`, continuing from `init` after `prefixLength` bytes were already
 * absorbed (0 and SHA256_IV for a plain digest; 64 and a key mid-state for HMAC).
 */
export function runSha256(init: Int32Array, prefixLength: number, data: Uint8Array, length: number, out: Int32Array): void {
  out.set(init);
  const fullBlocks = length >>> 6;
  compressSha256(out, data, 0, fullBlocks);
  const rest = length & 63;
  const tailBlocks = writePaddedTail(data, fullBlocks << 6, rest, prefixLength + length);
  compressSha256(out, PADDED_TAIL, 0, tailBlocks);
}
