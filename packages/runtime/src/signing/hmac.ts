// HMAC (RFC 2104) with the key "imported" once: the inner and outer pads are compressed up front and
// kept as mid-states, so each signature only hashes the message plus one outer block. The states are
// private fields, so a key object never shows secret-equivalent material when logged or inspected.
import { bytesToBase64, encodeUtf8, wipeEncoded, wordsToBytes, wordsToHex } from './bytes.ts';
import type { HashFunction } from './hash.ts';

const BLOCK = 64;
const pad = new Uint8Array(BLOCK);
const innerWords = new Int32Array(8);
const innerBytes = new Uint8Array(32);
const outWords = new Int32Array(8);
const keyWords = new Int32Array(8);

export class HmacKey {
  readonly #hash: HashFunction;
  readonly #inner: Int32Array;
  readonly #outer: Int32Array;

  constructor(hash: HashFunction, key: string | Uint8Array) {
    this.#hash = hash;
    let keyBytes: Uint8Array;
    let keyLength: number;
    if (typeof key === 'string') {
      const text = encodeUtf8(key);
      keyBytes = text.bytes;
      keyLength = text.length;
    } else {
      keyBytes = key;
      keyLength = key.length;
    }
    if (keyLength > BLOCK) {
      hash.run(hash.iv, 0, keyBytes, keyLength, keyWords);
      keyBytes = wordsToBytes(keyWords, hash.words, new Uint8Array(hash.words * 4));
      keyLength = keyBytes.length;
      keyWords.fill(0);
    }
    this.#inner = this.#padState(keyBytes, keyLength, 0x36);
    this.#outer = this.#padState(keyBytes, keyLength, 0x5c);
    // Leave no key material in the shared buffers.
    pad.fill(0);
    if (typeof key === 'string') wipeEncoded();
  }

  #padState(keyBytes: Uint8Array, keyLength: number, fill: number): Int32Array {
    for (let i = 0; i < BLOCK; i++) pad[i] = (i < keyLength ? keyBytes[i]! : 0) ^ fill;
    const state = Int32Array.from(this.#hash.iv);
    this.#hash.compress(state, pad, 0, 1);
    return state;
  }

  /** MAC words of `message`, in a shared buffer that the next HMAC overwrites. */
  #mac(message: string | Uint8Array): Int32Array {
    const hash = this.#hash;
    if (typeof message === 'string') {
      const text = encodeUtf8(message);
      hash.run(this.#inner, BLOCK, text.bytes, text.length, innerWords);
    } else {
      hash.run(this.#inner, BLOCK, message, message.length, innerWords);
    }
    wordsToBytes(innerWords, hash.words, innerBytes);
    hash.run(this.#outer, BLOCK, innerBytes, hash.words * 4, outWords);
    return outWords;
  }

  hex(message: string | Uint8Array): string {
    return wordsToHex(this.#mac(message), this.#hash.words);
  }

  base64(message: string | Uint8Array): string {
    const words = this.#hash.words;
    return bytesToBase64(wordsToBytes(this.#mac(message), words, innerBytes), words * 4);
  }

  /** A fresh byte array, e.g. to key the next HMAC of a derivation chain. */
  bytes(message: string | Uint8Array): Uint8Array {
    const words = this.#hash.words;
    return wordsToBytes(this.#mac(message), words, new Uint8Array(words * 4));
  }
}
