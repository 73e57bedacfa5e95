// The raw-text shape checks agree with what the engine's parser would build: names within the limits pass,
// one index, segment or pair too many is caught, and the scan never allocates in proportion to the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFlattenedParams, checkJsonDepth, checkRequestShape } from '../src/limits.ts';

const limits = { maxParams: 20, maxListIndex: 100, maxDepth: 6 };
const segment = fc.oneof(fc.stringMatching(/^[A-Z][A-Za-z]{0,8}$/), fc.integer({ min: 0, max: 100 }).map(String));
const name = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.'));
const pairs = fc.array(fc.tuple(name, fc.string({ maxLength: 8 })), { maxLength: 20 });
const encode = (list: [string, string][]) => list.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');

describe('checkFlattenedParams', () => {
  it('passes every query within the limits', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        expect(checkFlattenedParams(encode(list), limits).violation).toBeUndefined();
      }),
    );
  });

  it('catches one index, one segment or one pair too many, wherever it is', () => {
    fc.assert(
      fc.property(pairs, fc.nat(), fc.integer({ min: 101, max: 2 ** 40 }), (list, at, index) => {
        const position = list.length === 0 ? 0 : at % list.length;
        const withIndex: [string, string][] = [...list.slice(0, position), [`Tag.${index}.Key`, 'v'] as [string, string], ...list.slice(position)].slice(0, 20);
        expect(checkFlattenedParams(encode(withIndex), limits).violation?.message).toMatch(/list index/);
        const deep: [string, string][] = [...list.slice(0, position), ['a.b.c.d.e.f.g', 'v'] as [string, string], ...list.slice(position)].slice(0, 20);
        expect(checkFlattenedParams(encode(deep), limits).violation?.message).toMatch(/nested more than 6/);
      }),
    );
    const many = Array.from({ length: 21 }, (_, i) => `K${i}=v`).join('&');
    expect(checkFlattenedParams(many, limits).violation?.message).toMatch(/more than 20 parameters/);
    expect(checkFlattenedParams('A=1&&&B=2&', limits)).toEqual({ count: 2 });
  });

  it('scans a megabyte of pairs in well under a second', () => {
    const started = performance.now();
    expect(checkFlattenedParams('a=1&'.repeat(262_144), { ...limits, maxParams: 1_000_000 }).count).toBe(262_144);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('checkJsonDepth', () => {
  it('counts only brackets outside strings', () => {
    expect(checkJsonDepth('{"a":[[[[1]]]]}', limits)).toBeUndefined();
    expect(checkJsonDepth('{"a":[[[[[[1]]]]]]}', limits)?.message).toMatch(/nested more than 6/);
    expect(checkJsonDepth('{"a":"[[[[[[[[\\"[[[[["}', limits)).toBeUndefined();
  });

  it('agrees with JSON.parse on the depth of generated JSON', () => {
    const depthOf = (value: unknown): number => (value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 9 }), (value) => {
        const text = JSON.stringify(value);
        expect(checkJsonDepth(text, limits) === undefined).toBe(depthOf(value) <= limits.maxDepth);
      }),
    );
  });
});

describe('checkRequestShape', () => {
  it('checks the form body against the budget the query left, and JSON bodies for depth', () => {
    const form = 'application/x-www-form-urlencoded; charset=utf-8';
    expect(checkRequestShape(`/?${'a=1&'.repeat(15)}`, form, Buffer.from('b=1&'.repeat(5)), limits)).toBeUndefined();
    expect(checkRequestShape(`/?${'a=1&'.repeat(15)}`, form, Buffer.from('b=1&'.repeat(6)), limits)?.message).toMatch(/parameters/);
    expect(checkRequestShape('/', 'application/json', Buffer.from('[[[[[[[]]]]]]]'), limits)?.message).toMatch(/JSON body/);
    expect(checkRequestShape('/', 'text/plain', Buffer.from('[[[[[[[]]]]]]]'), limits)).toBeUndefined();
  });
});
