// Bounded caches for keys derived from a secret. Entries are keyed by a SHA-256 fingerprint of the
// secret, never by the secret itself, and the values are HmacKey objects whose state is private, so
// nothing enumerable or printable holds secret material.
import { wipeEncoded } from './bytes.ts';
import { sha256Hex } from './hash.ts';

const MAX_ENTRIES = 64;

let lastSecret: string | undefined;
let lastFingerprint = '';

/** Stable, non-reversible cache id for a secret, memoised for the latest secret (held only in this closure). */
export function secretFingerprint(secret: string): string {
  if (secret !== lastSecret) {
    lastFingerprint = sha256Hex('cloudexec-key-cache\n' + secret);
    wipeEncoded();
    lastSecret = secret;
  }
  return lastFingerprint;
}

export class BoundedKeyCache<V> {
  readonly #entries = new Map<string, V>();

  /** Returns the cached value for `id`, creating it with `create` (and evicting the oldest entry) on a miss. */
  getOrCreate(id: string, create: () => V): V {
    const entries = this.#entries;
    let value = entries.get(id);
    if (value === undefined) {
      value = create();
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(id, value);
    }
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
