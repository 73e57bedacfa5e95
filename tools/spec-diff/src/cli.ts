#!/usr/bin/env node
// spec:diff [--base <git-ref>] [--changeset] [--json] [--root <dir>]
import { parseArgs } from 'node:util';
import { writeChangesets } from './changeset.ts';
import { diffSpecs } from './diff-specs.ts';
import { formatReport } from './format.ts';
import { repoRootFromHere } from './repo.ts';

const USAGE = `Usage: spec:diff [--base <git-ref>] [--changeset] [--json]
  Compares specs/ at <git-ref> (default HEAD) with the working tree and classifies each change.
  --changeset  write one .changeset/spec-<package>-<hash>.md per affected package
  --json       print the diff as JSON
  --root       repository root (default: found from this file's location)`;

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: 'string', default: 'HEAD' },
      changeset: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = values.root ?? repoRootFromHere();
  const diffs = diffSpecs({ root, base: values.base });
  if (values.json) console.log(JSON.stringify({ base: values.base, packages: diffs }, null, 2));
  else console.log(formatReport(diffs, values.base));
  if (values.changeset) {
    const result = writeChangesets(root, diffs, values.base);
    const log = values.json ? console.error : console.log;
    for (const file of result.replaced) log(`replaced ${file} (superseded by the current diff)`);
    for (const file of result.written) log(`wrote ${file}`);
    for (const file of result.unchanged) log(`${file} already exists, nothing new written`);
    if (diffs.length === 0) log('no changeset needed');
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
}
