// Ids the engine mints, in the service's documented format (`inv-` + 8 lower-case letters and digits). A seeded
// generator per engine keeps runs reproducible: the same calls after a reset mint the same ids.
import type { IdFormat } from '@cloudexec/runtime/model';

const ALPHABETS: Record<NonNullable<IdFormat['alphabet']>, string> = {
  'lower-alnum': 'abcdefghijklmnopqrstuvwxyz0123456789',
  'upper-alnum': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  hex: '0123456789abcdef',
  'upper-hex': '0123456789ABCDEF',
  digits: '0123456789',
};

export interface IdMinter {
  mint(format: IdFormat): string;
  reset(): void;
}

export function createIdMinter(seed = 0x9e3779b9): IdMinter {
  let state = seed;
  const used = new Set<string>();
  // mulberry32: small, fast, good enough for ids that only have to look real and not collide.
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    mint(format) {
      const alphabet = ALPHABETS[format.alphabet ?? 'lower-alnum'];
      for (;;) {
        let id = format.prefix;
        for (let i = 0; i < format.length; i += 1) id += alphabet[Math.floor(next() * alphabet.length)];
        if (!used.has(id)) {
          used.add(id);
          return id;
        }
      }
    },
    reset() {
      state = seed;
      used.clear();
    },
  };
}
