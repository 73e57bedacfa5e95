import { describe, expect, it } from 'vitest';
import { buildMatrix, renderMatrix, type CaseOutcome } from '../src/report/matrix.ts';

const outcome = (action: string, category: CaseOutcome['meta']['category'], state: CaseOutcome['state'], notApplicable = false): CaseOutcome => ({
  name: `p:${action}:${category}`,
  meta: { package: 'p', action, category, case: category, ...(notApplicable ? { notApplicable } : {}) },
  state,
  ...(state === 'failed' ? { error: 'expected 1 to be 2' } : {}),
});

describe('contract matrix', () => {
  const matrix = buildMatrix([
    outcome('B', 'limits', 'passed'),
    outcome('B', 'limits', 'failed'),
    outcome('B', 'rate-limit', 'passed', true),
    outcome('A', 'examples', 'passed'),
    outcome('A', 'rate-limit', 'failed', true),
  ]);

  it('counts passed/total per cell, one row per operation in order', () => {
    expect(matrix.rows.map((row) => row.action)).toEqual(['A', 'B']);
    expect(matrix.rows[1]?.cells.limits).toEqual({ passed: 1, total: 2, notApplicable: false });
    expect(matrix.totals).toEqual({ passed: 3, failed: 2, total: 5 });
  });

  it('renders n/a cells, failures and the failed case names', () => {
    const text = renderMatrix(matrix);
    expect(text).toMatch(/^p\/A\s+1\/1\s+n\/a\s+n\/a\s+n\/a FAIL/m);
    expect(text).toMatch(/^p\/B\s+n\/a\s+1\/2 FAIL\s+n\/a\s+n\/a\s/m);
    expect(text).toContain('contract cases: 3 passed, 2 failed, 5 total');
    expect(text).toContain('  FAIL p:B:limits');
  });
});
