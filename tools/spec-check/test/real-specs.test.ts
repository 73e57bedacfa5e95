// The repository's own specs pass every check.
import { describe, expect, it } from 'vitest';
import { checkSpecs, DEFAULT_SPECS_DIR, formatProblems } from '../src/index.ts';

describe('specs/', () => {
  it('the four service specs and two common files pass, covering the five documented operations', async () => {
    const result = await checkSpecs(DEFAULT_SPECS_DIR);
    expect(formatProblems(result.problems)).toBe('no problems');
    expect(result.specs.map((s) => s.file)).toEqual(['specs/aliyun/ecs.yaml', 'specs/aliyun/swas.yaml', 'specs/tencent/batch.yaml', 'specs/tencent/tat.yaml']);
    expect(result.commons.map((c) => c.file)).toEqual(['specs/aliyun/common.yaml', 'specs/tencent/common.yaml']);
    expect(result.summary.reduce((sum, row) => sum + row.operations, 0)).toBe(30);
    for (const spec of result.specs) expect(spec.common, spec.file).toBeDefined();
  }, 30_000);
});
