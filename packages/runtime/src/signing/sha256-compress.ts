// The SHA-256 compression function (FIPS 180-4 §6.2.2) as a plain 64-round loop. A fully unrolled
// version was about 1.4× faster per block but 15 KB minified (2 KB gzipped) in every one-call bundle;
// signing stays well above the official signers with this one (decisions/0005, 2026-12-04).

// The round constants are the first 32 bits of the fractional parts of the cube roots of the first 64
// primes, and the initial state the same for the square roots of the first 8 (FIPS 180-4 §4.2.2, §5.3.3).
// Computing them saves shipping 288 incompressible bytes. It is exact on any engine: sqrt is correctly
// rounded, and every cube root lies at least 2^-37 from a 32-bit boundary, thousands of ulps (2^-50)
// away from where a libm cbrt error could flip a bit. The known-answer tests check all 72 words.
export const SHA256_K = new Int32Array(64);
export const SHA256_IV = new Int32Array(8);
for (let n = 2, found = 0; found < 64; n++) {
  let prime = true;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
  if (!prime) continue;
  if (found < 8) SHA256_IV[found] = (Math.sqrt(n) % 1) * 2 ** 32;
  SHA256_K[found++] = (Math.cbrt(n) % 1) * 2 ** 32;
}

const K = SHA256_K;
const W = new Int32Array(64);

export function compressSha256(state: Int32Array, data: Uint8Array, offset: number, blocks: number): void {
  let h0 = state[0]!,
    h1 = state[1]!,
    h2 = state[2]!,
    h3 = state[3]!;
  let h4 = state[4]!,
    h5 = state[5]!,
    h6 = state[6]!,
    h7 = state[7]!;
  for (let block = 0; block < blocks; block++, offset += 64) {
    for (let i = 0, j = offset; i < 16; i++, j += 4) {
      W[i] = (data[j]! << 24) | (data[j + 1]! << 16) | (data[j + 2]! << 8) | data[j + 3]!;
    }
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15]!,
        y = W[i - 2]!;
      W[i] =
        ((((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)) +
          W[i - 7]! +
          (((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)) +
          W[i - 16]!) |
        0;
    }
    let a = h0,
      b = h1,
      c = h2,
      d = h3,
      e = h4,
      f = h5,
      g = h6,
      h = h7;
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[i]! + W[i]!) | 0;
      const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  state[0] = h0;
  state[1] = h1;
  state[2] = h2;
  state[3] = h3;
  state[4] = h4;
  state[5] = h5;
  state[6] = h6;
  state[7] = h7;
}
