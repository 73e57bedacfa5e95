import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGE_RULES, maxBump, renderRulesTable } from '../src/rules.ts';

/** The formatter pads table cells; the copy must say the same, whatever the padding. */
function normalizeTable(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim().replace(/^:?-+:?$/, '---'))
        .join('|'),
    )
    .join('\n');
}

describe('classification table', () => {
  it.each(['../README.md', '../../../specs/README.md'])('is copied verbatim into %s', (file) => {
    const readme = readFileSync(new URL(file, import.meta.url), 'utf8');
    const section = /<!-- spec-diff:rules:start -->\n([\s\S]*?)\n<!-- spec-diff:rules:end -->/.exec(readme)?.[1];
    expect(section, `${file} is missing the spec-diff:rules markers`).toBeDefined();
    expect(normalizeTable(section ?? '')).toBe(normalizeTable(renderRulesTable()));
  });

  it('keeps documentation-only kinds at patch and removals at major', () => {
    for (const kind of ['examples-changed', 'description-changed', 'provenance-changed', 'discrepancies-changed'] as const) {
      expect(CHANGE_RULES[kind].bump).toBe('patch');
    }
    for (const kind of ['operation-removed', 'request-field-removed', 'response-field-removed', 'filter-name-removed', 'error-code-removed'] as const) {
      expect(CHANGE_RULES[kind].bump).toBe('major');
    }
  });

  it('takes the maximum bump', () => {
    expect(maxBump(['patch', 'minor', 'patch'])).toBe('minor');
    expect(maxBump(['minor', 'major', 'patch'])).toBe('major');
    expect(maxBump([])).toBeUndefined();
  });
});
