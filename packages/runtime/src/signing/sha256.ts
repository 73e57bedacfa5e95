// SHA-256 (FIPS 180-4) in plain TypeScript. Web Crypto only offers async digests, and one await costs
// far more than hashing a 400-byte canonical request, so the signers hash synchronously here.
// `runSha256` can start from a saved mid-state, which is what makes HMAC keys reusable (see hmac.ts).

import { PADDED_TAIL, writePaddedTail } from './padded-tail.ts';
import { compressSha256, SHA256_IV } from './sha256-compress.ts';

export { compressSha256, SHA256_IV };

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
