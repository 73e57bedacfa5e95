// The content rules (x-cloudexec-content) and notPattern, rule by rule: Base64 where the content travels
// Base64 (fixed, or chosen case-insensitively by a sibling parameter), the byte budget measured as sent or
// after Base64-encoding, with other parameters in the same budget; messages that never echo the content.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { firstViolation, rowOf, violationMessage, withErrors, type ConstraintRule } from '../src/constraints.ts';
import { contentEncodingOf, contentSize } from '../src/content-rules.ts';
import type { ContentBudget, ContentEncoding } from '../src/model.ts';

const chosen: ContentEncoding = { parameter: 'ContentEncoding', values: { PlainText: 'plain', Base64: 'base64' }, default: 'plain', caseInsensitive: true };
const b64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

interface Case {
  name: string;
  rule: ConstraintRule;
  input: Record<string, unknown>;
  /** `[path, value, message]`, or undefined when the input holds. */
  want?: [string, unknown, string];
}

const tatBudget: ContentBudget = { maxBytes: 16, measure: 'sent', encoding: 'base64' };
const ecsBudget: ContentBudget = { maxBytes: 16, measure: 'base64', encoding: chosen, includes: ['Parameters'] };

const cases: Case[] = [
  { name: 'notPattern: holds', rule: { kind: 'notPattern', path: 'Tag[].Key', pattern: '^(aliyun|acs:)' }, input: { Tag: [{ Key: 'env' }] } },
  {
    name: 'notPattern: second element starts with a reserved prefix',
    rule: { kind: 'notPattern', path: 'Tag[].Key', pattern: '^(aliyun|acs:)' },
    input: { Tag: [{ Key: 'env' }, { Key: 'acs:team' }] },
    want: ['Tag[1].Key', 'acs:team', 'Tag[1].Key must not match ^(aliyun|acs:) (got "acs:team")'],
  },
  { name: 'notPattern: non-strings and empty pass', rule: { kind: 'notPattern', path: 'K', pattern: '.' }, input: { K: '' } },
  { name: 'contentEncoding fixed base64: valid', rule: { kind: 'contentEncoding', path: 'Content', encoding: 'base64' }, input: { Content: 'bHM=' } },
  {
    name: 'contentEncoding fixed base64: plain text given',
    rule: { kind: 'contentEncoding', path: 'Content', encoding: 'base64' },
    input: { Content: 'echo hello' },
    want: ['Content', 'echo hello', 'Content must be valid Base64 (got "echo hello")'],
  },
  {
    name: 'contentEncoding: bad padding',
    rule: { kind: 'contentEncoding', path: 'Content', encoding: 'base64' },
    input: { Content: 'bHM' },
    want: ['Content', 'bHM', 'Content must be valid Base64 (got "bHM")'],
  },
  {
    name: 'contentEncoding: plain by default',
    rule: { kind: 'contentEncoding', path: 'CommandContent', encoding: chosen },
    input: { CommandContent: 'ls -l' },
  },
  {
    name: 'contentEncoding: the parameter chooses Base64, in any case',
    rule: { kind: 'contentEncoding', path: 'CommandContent', encoding: chosen },
    input: { CommandContent: 'ls -l', ContentEncoding: 'bAsE64' },
    want: ['CommandContent', 'ls -l', 'CommandContent must be valid Base64 (got "ls -l")'],
  },
  {
    name: 'contentEncoding: an unknown value counts as the default',
    rule: { kind: 'contentEncoding', path: 'CommandContent', encoding: chosen },
    input: { CommandContent: 'ls -l', ContentEncoding: 'Hex' },
  },
  {
    name: 'contentEncoding: a long content is echoed as an excerpt only',
    rule: { kind: 'contentEncoding', path: 'Content', encoding: 'base64' },
    input: { Content: `secret ${'x'.repeat(5000)}` },
    want: ['Content', `secret ${'x'.repeat(17)}…`, `Content must be valid Base64 (got "secret ${'x'.repeat(17)}…")`],
  },
  { name: 'maxContentBytes sent: at the limit', rule: { kind: 'maxContentBytes', path: 'Content', limit: tatBudget }, input: { Content: 'a'.repeat(16) } },
  {
    name: 'maxContentBytes sent: one past',
    rule: { kind: 'maxContentBytes', path: 'Content', limit: tatBudget },
    input: { Content: 'a'.repeat(20) },
    want: ['Content', 20, 'Content must be at most 16 bytes (got 20 bytes)'],
  },
  // 12 plain bytes are 16 after Base64; 13 are 20.
  {
    name: 'maxContentBytes base64: plain at the limit',
    rule: { kind: 'maxContentBytes', path: 'C', limit: { ...ecsBudget, includes: [] } },
    input: { C: 'x'.repeat(12) },
  },
  {
    name: 'maxContentBytes base64: plain one byte past',
    rule: { kind: 'maxContentBytes', path: 'C', limit: { maxBytes: 16, measure: 'base64', encoding: 'plain' } },
    input: { C: 'x'.repeat(13) },
    want: ['C', 20, 'C must be at most 16 bytes after Base64 encoding (got 20 bytes)'],
  },
  {
    name: 'maxContentBytes base64: multi-byte characters count as UTF-8',
    rule: { kind: 'maxContentBytes', path: 'C', limit: { maxBytes: 16, measure: 'base64', encoding: 'plain' } },
    input: { C: 'é'.repeat(7) },
    want: ['C', 20, 'C must be at most 16 bytes after Base64 encoding (got 20 bytes)'],
  },
  {
    name: 'maxContentBytes: content and a parameter value exactly fill the budget',
    rule: { kind: 'maxContentBytes', path: 'CommandContent', limit: ecsBudget },
    input: { CommandContent: b64('x'.repeat(9)), ContentEncoding: 'Base64', Parameters: { name: 'abc' } },
  },
];

describe('content rules, one at a time', () => {
  it.each(cases)('$name', ({ rule, input, want }) => {
    const found = firstViolation(input, [rule]);
    if (!want) return expect(found).toBeUndefined();
    const [path, value, message] = want;
    expect(found && [found.path, found.value, violationMessage(found)]).toEqual([path, value, message]);
  });

  it('a Base64 content counts as sent; plain content and included values count after encoding', () => {
    const holder = { ContentEncoding: 'base64', Parameters: '{"a":"xyz","b":"1"}' };
    // 12 sent + 4 ("xyz") + 4 ("1")
    expect(contentSize(b64('x'.repeat(9)), holder, ecsBudget)).toBe(20);
    expect(
      firstViolation({ CommandContent: b64('x'.repeat(9)), ...holder }, [{ kind: 'maxContentBytes', path: 'CommandContent', limit: ecsBudget }]),
    ).toMatchObject({
      path: 'CommandContent',
      value: 20,
    });
    expect(
      violationMessage(
        firstViolation({ CommandContent: b64('x'.repeat(9)), ...holder }, [{ kind: 'maxContentBytes', path: 'CommandContent', limit: ecsBudget }])!,
      ),
    ).toBe('CommandContent must be at most 16 bytes after Base64 encoding, counting Parameters (got 20 bytes)');
  });

  it('a too-large content is reported by its size, never echoed', () => {
    const found = firstViolation({ Content: `c2VjcmV0${'A'.repeat(4000)}` }, [{ kind: 'maxContentBytes', path: 'Content', limit: tatBudget }]);
    expect(found?.value).toBe(4008);
    expect(violationMessage(found!)).not.toContain('c2VjcmV0');
  });

  it('contentEncodingOf: fixed, default when absent, case-sensitive unless told', () => {
    expect(contentEncodingOf('base64', {})).toBe('base64');
    expect(contentEncodingOf(chosen, {})).toBe('plain');
    expect(contentEncodingOf(chosen, { ContentEncoding: 'BASE64' })).toBe('base64');
    expect(contentEncodingOf({ ...chosen, caseInsensitive: false }, { ContentEncoding: 'BASE64' })).toBe('plain');
  });

  it('nested content reads its encoding parameter beside it', () => {
    const rule: ConstraintRule = { kind: 'contentEncoding', path: 'Tasks[].Content', encoding: chosen };
    expect(firstViolation({ Tasks: [{ Content: 'ls', ContentEncoding: 'Base64' }] }, [rule])?.path).toBe('Tasks[0].Content');
    expect(firstViolation({ Tasks: [{ Content: 'ls' }], ContentEncoding: 'Base64' }, [rule])).toBeUndefined();
  });

  it('each new kind survives row → withErrors unchanged', () => {
    const rules = cases.map((c) => c.rule);
    const back = withErrors(
      rules.map(rowOf),
      rules.map(() => ['InvalidParameterValue', 200, 'documented'] as const),
    );
    expect(back).toEqual(rules.map((rule) => ({ ...rule, code: 'InvalidParameterValue', httpStatus: 200, basis: 'documented' })));
  });
});

describe('bundling', () => {
  const index = JSON.stringify(fileURLToPath(new URL('../src/index.ts', import.meta.url)));
  const bundle = async (rules: string, table: string) => {
    const program = `import { validateInput, ${rules} } from ${index};\nexport const run = (input) => validateInput('Run', [${table}], input);`;
    const result = await build({
      stdin: { contents: program, resolveDir: '.', loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  };

  it('a table without content rules bundles none of their code', async () => {
    const code = await bundle('maximumRule', "[maximumRule, 'Limit', 100]");
    for (const marker of ['valid Base64', 'after Base64 encoding', 'must not match']) expect(code).not.toContain(marker);
  });

  it('a table that names them bundles them (the check can see them)', async () => {
    const code = await bundle(
      'contentEncodingRule, maxContentBytesRule, notPatternRule',
      "[contentEncodingRule, 'C', 'base64'], [maxContentBytesRule, 'C', { maxBytes: 1, measure: 'base64', encoding: 'plain' }], [notPatternRule, 'K', '^a']",
    );
    for (const marker of ['valid Base64', 'after Base64 encoding', 'must not match']) expect(code).toContain(marker);
  });
});
