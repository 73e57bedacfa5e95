// The in-house SHA-256 / SHA-1 / HMAC against Web Crypto, plus FIPS 180 and RFC 4231 known answers.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SHA1, SHA256, sha256Hex } from '../../src/signing/hash.ts';
import { sha256HexAsync, ASYNC_HASH_THRESHOLD } from '../../src/signing/hash-async.ts';
import { HmacKey } from '../../src/signing/hmac.ts';

const toHex = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
const toBase64 = (buffer: ArrayBuffer): string => btoa(String.fromCharCode(...new Uint8Array(buffer)));

async function webHmac(hash: 'SHA-1' | 'SHA-256', key: Uint8Array, message: Uint8Array): Promise<ArrayBuffer> {
  // Web Crypto rejects a zero-length HMAC key; HMAC defines it as the all-zero block, which pads the same.
  const raw = key.length === 0 ? new Uint8Array(1) : new Uint8Array(key);
  const imported = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash }, false, ['sign']);
  return crypto.subtle.sign('HMAC', imported, new Uint8Array(message));
}

describe('known answers', () => {
  test('SHA-256 of "", "abc" and the 448-bit FIPS message', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  test('HMAC-SHA-256 RFC 4231 case 2 and a key longer than one block (case 6)', () => {
    expect(new HmacKey(SHA256, 'Jefe').hex('what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
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

  test('a reused key gives the same MAC as a fresh one (no state leaks between calls)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (secret, messages) => {
        const reused = new HmacKey(SHA256, secret);
        for (const message of messages) expect(reused.hex(message)).toBe(new HmacKey(SHA256, secret).hex(message));
      }),
    );
  });

  test('large text: the sync hash, the async Web Crypto path and a lone surrogate agree', async () => {
    const big = 'ä'.repeat(ASYNC_HASH_THRESHOLD) + '\ud800' + 'x'.repeat(70_000);
    const expected = toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(big)));
    expect(sha256Hex(big)).toBe(expected);
    expect(await sha256HexAsync(big)).toBe(expected);
  });
});
