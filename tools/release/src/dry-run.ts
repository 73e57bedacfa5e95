#!/usr/bin/env node
// release:dry-run [--only <package>]... [--lint] [--keep] [--root <dir>]
// The release rehearsed on a temporary copy of the working tree; the repository itself is not touched.
import { parseArgs } from 'node:util';
import { countBySeverity, formatFindings } from './finding.ts';
import { repoRootFromHere } from './public-packages.ts';
import { formatFailures, formatMs, formatNotes, formatTable } from './report-table.ts';
import { runDryRun } from './run-dry-run.ts';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string', multiple: true },
      keep: { type: 'boolean', default: false },
      lint: { type: 'boolean', default: false },
      root: { type: 'string' },
    },
  });
  const started = performance.now();
  const report = await runDryRun({
    root: values.root ?? repoRootFromHere(),
    ...(values.only ? { only: values.only } : {}),
    keep: values.keep,
    lint: values.lint,
    log: (line) => console.error(`release:dry-run: ${line}`),
  });
  console.log(report.steps.map((step) => `${step.step}: ${formatMs(step.ms)}`).join('\n'));
  if (report.error) console.error(`\n${report.error}`);
  if (report.rows.length > 0) console.log(`\n${formatTable(report.rows)}\n${formatNotes(report.rows).join('\n')}`);
  const failures = formatFailures(report.rows);
  if (failures.length > 0) console.error(`\n${failures.join('\n\n')}`);
  if (values.lint) {
    const counts = countBySeverity(report.findings);
    if (report.findings.length > 0) console.log(`\n${formatFindings(report.findings)}`);
    console.log(`packages:lint: ${counts.error} errors, ${counts.warning} warnings, ${counts.suggestion} suggestions`);
  }
  if (report.kept) console.log(`\nkept ${report.workDir}`);
  console.log(`\nrelease dry run ${report.ok ? 'passed' : 'FAILED'} in ${formatMs(Math.round(performance.now() - started))}`);
  return report.ok ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
}
