// SHA-1 (FIPS 180-4) for the legacy HMAC-SHA1 signatures (Tencent v1, Alibaba RPC v2); same shape as
// sha256.ts so hmac.ts can drive either.
import { PADDED_TAIL, writePaddedTail } from './padded-tail.ts';

export const SHA1_IV = new Int32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);

const W = new Int32Array(80);

export function compressSha1(state: Int32Array, data: Uint8Array, offset: number, blocks: number): void {
  let h0 = state[0]!,
    h1 = state[1]!,
    h2 = state[2]!,
    h3 = state[3]!,
    h4 = state[4]!;
  for (let block = 0; block < blocks; block++, offset += 64) {
    for (let i = 0, j = offset; i < 16; i++, j += 4) {
      W[i] = (data[j]! << 24) | (data[j + 1]! << 16) | (data[j + 2]! << 8) | data[j + 3]!;
    }
    for (let i = 16; i < 80; i++) {
      const x = W[i - 3]! ^ W[i - 8]! ^ W[i - 14]! ^ W[i - 16]!;
      W[i] = (x << 1) | (x >>> 31);
    }
    let a = h0,
      b = h1,
      c = h2,
      d = h3,
      e = h4;
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + W[i]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  state[0] = h0;
  state[1] = h1;
  state[2] = h2;
  state[3] = h3;
  state[4] = h4;
}

/** Hashes `data[0..length)` into `out`, continuing from `init` after `prefixLength` absorbed bytes. */
export function runSha1(init: Int32Array, prefixLength: number, data: Uint8Array, length: number, out: Int32Array): void {
  out.set(init);
  const fullBlocks = length >>> 6;
  compressSha1(out, data, 0, fullBlocks);
  const rest = length & 63;
  const tailBlocks = writePaddedTail(data, fullBlocks << 6, rest, prefixLength + length);
  compressSha1(out, PADDED_TAIL, 0, tailBlocks);
}
