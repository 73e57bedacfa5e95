// The minimal valid fixtures pass, and the summary counts what they document.
import { afterAll, describe, expect, it } from 'vitest';
import { checkFixtures, removeAssembled } from './helpers.ts';

afterAll(removeAssembled);

describe('valid fixtures', () => {
  it('pass every check (Tencent POST with envelope, Alibaba GET with 1-based flattened query)', async () => {
    const result = await checkFixtures(['valid/tencent/valid.yaml', 'valid/aliyun/valid.yaml']);
    expect(result.lines).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.specs.map((s) => [s.file, s.commonFile])).toEqual([
      ['specs/aliyun/valid.yaml', 'specs/aliyun/common.yaml'],
      ['specs/tencent/valid.yaml', 'specs/tencent/common.yaml'],
    ]);
  });

  it('summarises operations, parameters, limits, error codes and examples per spec', async () => {
    const result = await checkFixtures(['valid/tencent/valid.yaml']);
    // limits: Limit minimum/maximum/default, Filters maxItems, Filter required, Values maxItems,
    // response required (7 keywords) + the documented QPS.
    expect(result.summary).toEqual([{ file: 'specs/tencent/valid.yaml', operations: 1, parameters: 2, limits: 8, errorCodes: 1, examples: 2 }]);
  });
});
