// A vitest reporter printing the contract matrix after the run and writing it as JSON to
// packages/contract-tests/reports/contract-matrix.json (git-ignored). Use it next to vitest's own reporters:
// `vitest run --reporter=default --reporter=junit --reporter=./src/report/matrix-reporter.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter, TestModule } from 'vitest/node';
import { buildMatrix, renderMatrix, type CaseOutcome } from './matrix.ts';

const DEFAULT_DIR = fileURLToPath(new URL('../../reports/', import.meta.url));

/** Every contract case of the run, with its state and first error line. */
export function contractOutcomes(modules: ReadonlyArray<TestModule>): CaseOutcome[] {
  const outcomes: CaseOutcome[] = [];
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const meta = test.meta().contract;
      if (!meta) continue;
      const result = test.result();
      const error = result.state === 'failed' ? result.errors?.[0]?.message?.split('\n')[0] : undefined;
      outcomes.push({ name: test.name, meta, state: result.state, ...(error ? { error } : {}) });
    }
  }
  return outcomes;
}

export default class MatrixReporter implements Reporter {
  readonly #outputDir: string;

  constructor(options: { outputDir?: string } = {}) {
    this.#outputDir = options.outputDir ?? DEFAULT_DIR;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const matrix = buildMatrix(contractOutcomes(modules));
    if (matrix.rows.length === 0) return;
    process.stdout.write(`\n${renderMatrix(matrix)}`);
    mkdirSync(this.#outputDir, { recursive: true });
    const file = path.join(this.#outputDir, 'contract-matrix.json');
    writeFileSync(file, `${JSON.stringify(matrix, null, 2)}\n`);
    process.stdout.write(`matrix written to ${path.relative(process.cwd(), file)}\n`);
  }
}
