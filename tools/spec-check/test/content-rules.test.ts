// Content rules and forbidden formats in a spec: `not: {pattern}` and x-cloudexec-content on string schemas
// pass every check, and a constraintErrors entry for contentEncoding / maxContentBytes / notPattern must name a
// parameter that carries what the rule is read from.
import { afterAll, describe, expect, it } from 'vitest';
import { checkFixtures, removeAssembled } from './helpers.ts';

afterAll(removeAssembled);

const at = (index: number) => `/paths/~1DescribeThings/post/x-cloudexec-operation/constraintErrors/${index}`;

describe('content rules in specs', () => {
  it('a content parameter and a forbidden format pass', async () => {
    const result = await checkFixtures(['valid/tencent/content.yaml']);
    expect(result.lines).toEqual([]);
    expect(result.ok).toBe(true);
    // valid.yaml's 8, plus the content's size and Base64 rules and the key's forbidden form.
    expect(result.summary).toMatchObject([{ file: 'specs/tencent/content.yaml', limits: 11 }]);
  });

  it('entries for parameters without the construct are reported', async () => {
    const result = await checkFixtures(['broken/tencent/content-mismatch.yaml']);
    expect(result.ok).toBe(false);
    const file = 'specs/tencent/content-mismatch.yaml';
    expect(result.lines).toEqual([
      `${file}:35:13 ${at(0)} [extension] contentEncoding for Content: the request parameter carries no x-cloudexec-content whose encoding may be base64`,
      `${file}:36:13 ${at(1)} [extension] maxContentBytes for Script: the request parameter carries no x-cloudexec-content`,
      `${file}:37:13 ${at(2)} [extension] notPattern for Key: the request parameter carries no not: {pattern}`,
    ]);
  });
});
