// The mutation check: the suite, run programmatically against clients broken on purpose (mutations/), must
// fail — and fail in the cases that own the broken behaviour.
import { fileURLToPath } from 'node:url';
import { createVitest, type Reporter } from 'vitest/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractOutcomes } from '../src/report/matrix-reporter.ts';
import type { CaseOutcome } from '../src/report/matrix.ts';

const ROOT = fileURLToPath(new URL('../mutations/', import.meta.url));
const CONFIG = `${ROOT}vitest.config.ts`;

/** Outcomes of each mutant file, keyed by file name without `.mutant.ts`. */
async function runMutants(): Promise<Map<string, CaseOutcome[]>> {
  const exitCode = process.exitCode;
  const silent: Reporter = {};
  const vitest = await createVitest('test', { root: ROOT, config: CONFIG, run: true, watch: false, reporters: [silent] });
  try {
    await vitest.start();
    const byMutant = new Map<string, CaseOutcome[]>();
    for (const module of vitest.state.getTestModules()) {
      byMutant.set(module.moduleId.replace(/^.*\//, '').replace(/\.mutant\.ts$/, ''), contractOutcomes([module]));
    }
    return byMutant;
  } finally {
    await vitest.close();
    // The failing mutant runs are the point; they must not fail the run that checks them.
    process.exitCode = exitCode;
  }
}

const failedNames = (outcomes: CaseOutcome[] | undefined) => (outcomes ?? []).filter((o) => o.state === 'failed').map((o) => o.name);
const failedCategories = (outcomes: CaseOutcome[] | undefined) => new Set((outcomes ?? []).filter((o) => o.state === 'failed').map((o) => o.meta.category));

describe('mutation check', () => {
  let results = new Map<string, CaseOutcome[]>();
  beforeAll(async () => {
    results = await runMutants();
  }, 300_000);

  it('ran every mutant through the whole suite', () => {
    expect([...results.keys()].sort()).toEqual(['drop-limit', 'drop-member', 'error-code', 'misflatten-query', 'signature-char']);
    for (const outcomes of results.values()) expect(outcomes.length).toBeGreaterThan(50);
  });

  it('a validator without the Limit maximum fails the limit case (and only limit cases)', () => {
    const outcomes = results.get('drop-limit');
    expect(failedNames(outcomes)).toContain('tencent-tat:DescribeInvocations:limit maximum Limit past');
    expect(failedCategories(outcomes)).toEqual(new Set(['limits']));
  });

  it("a client that drops a response member fails that member's case", () => {
    const outcomes = results.get('drop-member');
    expect(failedNames(outcomes)).toContain('tencent-tat:DescribeInvocations:response member InvocationSet[].CommandContent');
    expect(failedNames(outcomes)).not.toContain('tencent-tat:DescribeInvocations:response member InvocationSet[].InvocationId');
  });

  it('a query flattened 1-based fails the documented request and the limits sent with a list', () => {
    const outcomes = results.get('misflatten-query');
    expect(failedNames(outcomes)).toEqual(
      expect.arrayContaining([
        'tencent-batch:DescribeTask:request (describe-task-succeeded-instances)',
        'tencent-batch:DescribeTask:limit filterName Filters at',
      ]),
    );
    expect(failedCategories(outcomes)).toEqual(new Set(['examples', 'limits']));
  });

  it('one changed signature character fails every signature the handlers verify', () => {
    const outcomes = results.get('signature-char');
    const failed = failedNames(outcomes);
    for (const action of ['DescribeInvocations', 'DescribeInvocationTasks']) {
      for (const variant of ['tc3 POST', 'tc3 GET', 'v1-hmac-sha256 GET', 'v1-hmac-sha1 POST']) {
        expect(failed).toContain(`tencent-tat:${action}:signature ${variant}`);
      }
    }
    expect(failedCategories(outcomes)).toEqual(new Set(['signatures']));
  });

  it('an error code mapped wrongly fails its error case, the limit that answers it and the paging-status discrepancy', () => {
    const outcomes = results.get('error-code');
    expect(failedNames(outcomes)).toEqual(
      expect.arrayContaining(['aliyun-ecs:DescribeInvocations:error InvalidParam.PageSize', 'aliyun-ecs:DescribeInvocations:limit maximum PageSize raw']),
    );
    expect(failedNames(outcomes)).toContain('aliyun-ecs:DescribeInvocations:discrepancy page-number-size-status (roundTrip, pagingLimitStatus)');
    expect(failedCategories(outcomes)).toEqual(new Set(['errors', 'limits', 'discrepancies']));
  });
});
