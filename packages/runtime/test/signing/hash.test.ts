// The in-house SHA-256 / SHA-1 / HMAC against Web Crypto, plus FIPS 180 and RFC 4231 known answers.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SHA1, SHA256, sha256Hex } from '../../src/signing/hash.ts';
import { sha256HexAsync, ASYNC_HASH_THRESHOLD } from '../../src/signing/hash-async.ts';
import { HmacKey } from '../../src/signing/hmac.ts';
import { SHA256_IV, SHA256_K } from '../../src/signing/sha256-compress.ts';

const toHex = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
const toBase64 = (buffer: ArrayBuffer): string => btoa(String.fromCharCode(...new Uint8Array(buffer)));

async function webHmac(hash: 'SHA-1' | 'SHA-256', key: Uint8Array, message: Uint8Array): Promise<ArrayBuffer> {
  // Web Crypto rejects a zero-length HMAC key; HMAC defines it as the all-zero block, which pads the same.
  const raw = key.length === 0 ? new Uint8Array(1) : new Uint8Array(key);
  const imported = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash }, false, ['sign']);
  return crypto.subtle.sign('HMAC', imported, new Uint8Array(message));
}

describe('known answers', () => {
  test('the computed SHA-256 constants are the FIPS 180-4 tables (§4.2.2, §5.3.3)', () => {
    expect(Array.from(SHA256_K)).toEqual(
      Array.from(
        new Int32Array([
          0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
          0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
          0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
          0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
          0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
          0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        ]),
      ),
    );
    expect(Array.from(SHA256_IV)).toEqual(
      Array.from(new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19])),
    );
  });

  test('SHA-256 of "", "abc" and the 448-bit FIPS message', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  test('HMAC-SHA-256 RFC 4231 case 2 and a key longer than one block (case 6)', () => {
    expect(new HmacKey(SHA256, 'Jefe').hex('what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(new HmacKey(SHA256, new Uint8Array(131).fill(0xaa)).hex('Test Using Larger Than Block-Size Key - Hash Key First')).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });

  test('an HmacKey shows no key material when serialised or enumerated', () => {
    const key = new HmacKey(SHA256, 'super-secret-value');
    expect(JSON.stringify(key)).toBe('{}');
    expect(Object.keys(key)).toEqual([]);
    expect(String(Object.values(key))).not.toContain('super-secret-value');
  });
});

describe('against Web Crypto', () => {
  test('SHA-256 of arbitrary bytes and strings (every length around the block edges)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expect(sha256Hex(bytes)).toBe(toHex(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes))));
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        expect(sha256Hex(text)).toBe(toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
      }),
    );
  });

  test('HMAC-SHA-256 (hex) and HMAC-SHA-1 (base64) with keys of any length', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 150 }), fc.uint8Array({ maxLength: 200 }), async (key, message) => {
        expect(new HmacKey(SHA256, key).hex(message)).toBe(toHex(await webHmac('SHA-256', key, message)));
        expect(new HmacKey(SHA1, key).base64(message)).toBe(toBase64(await webHmac('SHA-1', key, message)));
      }),
      { numRuns: 200 },
    );
  });

  // Generating 'binary' strings alone takes fast-check about 6 s on a loaded 2-core machine (the hashing
  // is a few ms), so this test gets a longer timeout than the default 5 s.
  test('a reused key gives the same MAC as a fresh one (no state leaks between calls)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (secret, messages) => {
        const reused = new HmacKey(SHA256, secret);
        for (const message of messages) expect(reused.hex(message)).toBe(new HmacKey(SHA256, secret).hex(message));
      }),
    );
  }, 30_000);

  test('large text: the sync hash, the async Web Crypto path and a lone surrogate agree', async () => {
    const big = 'ä'.repeat(ASYNC_HASH_THRESHOLD) + '\ud800' + 'x'.repeat(70_000);
    const expected = toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(big)));
    expect(sha256Hex(big)).toBe(expected);
    expect(await sha256HexAsync(big)).toBe(expected);
  });
});
