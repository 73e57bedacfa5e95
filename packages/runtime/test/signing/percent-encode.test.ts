import fc from 'fast-check';
import { expect, test } from 'vitest';
import { percentEncodeRfc3986 } from '../../src/signing/percent-encode.ts';
import { officialAliyun } from './official-signers.ts';

test.each([
  ['A-Za-z0-9-_.~', 'A-Za-z0-9-_.~'],
  ['a b', 'a%20b'],
  ['a+b', 'a%2Bb'],
  ["!'()*", '%21%27%28%29%2A'],
  ['2023-03-13T08:34:30Z', '2023-03-13T08%3A34%3A30Z'],
  ['未命名', '%E6%9C%AA%E5%91%BD%E5%90%8D'],
  ['😀/?&=#%', '%F0%9F%98%80%2F%3F%26%3D%23%25'],
  ['', ''],
])('%j → %j', (input, encoded) => {
  expect(percentEncodeRfc3986(input)).toBe(encoded);
});

test('a lone surrogate is encoded as U+FFFD instead of throwing', () => {
  expect(percentEncodeRfc3986('a\ud800')).toBe('a%EF%BF%BD');
});

test('matches the Alibaba SDK encoder and decodes back to the input', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (value) => {
      const encoded = percentEncodeRfc3986(value);
      expect(encoded).toBe(officialAliyun.getEncodeParam(value));
      expect(decodeURIComponent(encoded)).toBe(value);
      expect(encoded).toMatch(/^[A-Za-z0-9\-_.~%]*$/);
    }),
    { numRuns: 500 },
  );
});
