#!/usr/bin/env node
// packages:lint [--only <package>]... [--root <dir>]
// Hygiene, publint and are-the-types-wrong findings for every public package's tarball; exit 1 on errors.
import { parseArgs } from 'node:util';
import { countBySeverity, formatFindings } from './finding.ts';
import { repoRootFromHere } from './public-packages.ts';
import { lintPackages } from './run-lint.ts';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { only: { type: 'string', multiple: true }, root: { type: 'string' } } });
  const report = await lintPackages({ root: values.root ?? repoRootFromHere(), ...(values.only ? { only: values.only } : {}) });
  if (report.findings.length > 0) console.log(formatFindings(report.findings));
  const counts = countBySeverity(report.findings);
  console.log(
    `\npackages:lint: ${plural(report.packages.length, 'package')}, ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.suggestion, 'suggestion')}`,
  );
  return counts.error > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
}
