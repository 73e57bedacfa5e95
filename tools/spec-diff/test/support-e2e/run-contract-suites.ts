// Runs the *.replay-suite.ts files in a vitest of their own (as contract-tests' mutation check does) and
// returns each file's contract cases with their outcome.
import { fileURLToPath } from 'node:url';
import { createVitest, type Reporter } from 'vitest/node';
import type { ContractMeta } from '@cloudexec/contract-tests';

const ROOT = fileURLToPath(new URL('./', import.meta.url));

export interface CaseResult {
  name: string;
  meta: ContractMeta;
  state: string;
  error?: string;
}

/** Outcomes keyed by suite file name without `.replay-suite.ts`. */
export async function runReplaySuites(packagesDir: string): Promise<Map<string, CaseResult[]>> {
  const exitCode = process.exitCode;
  const silent: Reporter = {};
  const vitest = await createVitest('test', { root: ROOT, config: `${ROOT}vitest.config.ts`, run: true, watch: false, reporters: [silent] });
  try {
    vitest.provide('replayPackagesDir', packagesDir);
    await vitest.start();
    const bySuite = new Map<string, CaseResult[]>();
    for (const module of vitest.state.getTestModules()) {
      const cases: CaseResult[] = [];
      for (const test of module.children.allTests()) {
        const meta = test.meta().contract;
        if (!meta) continue;
        const result = test.result();
        const error = result.state === 'failed' ? result.errors?.[0]?.message?.split('\n')[0] : undefined;
        cases.push({ name: test.name, meta, state: result.state, ...(error ? { error } : {}) });
      }
      const errors = module.errors().map((e) => e.message);
      if (errors.length > 0) throw new Error(`${module.moduleId} failed to load: ${errors.join('; ')}`);
      bySuite.set(module.moduleId.replace(/^.*\//, '').replace(/\.replay-suite\.ts$/, ''), cases);
    }
    return bySuite;
  } finally {
    await vitest.close();
    // Failing cases are results to inspect here (the control must fail); they must not fail the outer run.
    process.exitCode = exitCode;
  }
}
