// The two hash functions behind a common shape, plus the one-shot digests the signers need.
import { encodeUtf8, wordsToHex } from './bytes.ts';
import { compressSha1, runSha1, SHA1_IV } from './sha1.ts';
import { compressSha256, runSha256, SHA256_IV } from './sha256.ts';

export interface HashFunction {
  readonly name: 'SHA-1' | 'SHA-256';
  /** Digest size in 32-bit words. */
  readonly words: number;
  readonly iv: Int32Array;
  readonly compress: (state: Int32Array, data: Uint8Array, offset: number, blocks: number) => void;
  readonly run: (init: Int32Array, prefixLength: number, data: Uint8Array, length: number, out: Int32Array) => void;
}

export const SHA256: HashFunction = { name: 'SHA-256', words: 8, iv: SHA256_IV, compress: compressSha256, run: runSha256 };
export const SHA1: HashFunction = { name: 'SHA-1', words: 5, iv: SHA1_IV, compress: compressSha1, run: runSha1 };

const digestWords = new Int32Array(8);

/** Lower-case hex SHA-256 of a UTF-8 string or of raw bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  if (typeof data === 'string') {
    const text = encodeUtf8(data);
    runSha256(SHA256_IV, 0, text.bytes, text.length, digestWords);
  } else {
    runSha256(SHA256_IV, 0, data, data.length, digestWords);
  }
  return wordsToHex(digestWords, 8);
}

/** SHA-256 of the empty string: the payload hash of every bodiless request. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
