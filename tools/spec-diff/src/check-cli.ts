#!/usr/bin/env node
// changeset:check [--record-release] [--root <dir>]
import { parseArgs } from 'node:util';
import { checkChangesets, recordRelease } from './check.ts';
import { repoRootFromHere } from './repo.ts';

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { 'record-release': { type: 'boolean', default: false }, root: { type: 'string' } },
  });
  const root = values.root ?? repoRootFromHere();
  if (values['record-release']) {
    const { file, changed } = recordRelease(root);
    console.log(changed ? `recorded release fingerprints in ${file}` : `${file} already up to date`);
    return 0;
  }
  const result = checkChangesets(root);
  (result.ok ? console.log : console.error)(result.message);
  return result.ok ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
}
