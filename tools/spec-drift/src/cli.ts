#!/usr/bin/env node
// spec:drift [--refresh [--installed]] [--tccli <git-dir>] [--json] [--root <dir>]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { repoRootFromHere } from '@cloudexec/spec-diff';
import { runDrift, unacknowledged } from './drift.ts';
import { formatDrift } from './format.ts';
import { installedFetcher, npmFetcher, refreshSnapshots } from './refresh.ts';

const DEFAULT_TCCLI = '/work/.mirror/TencentCloud+tencentcloud-cli/repo';

const USAGE = `Usage: spec:drift [--refresh [--installed]] [--tccli <git-dir>] [--json]
  Compares every operation in specs/ with its vendor snapshot in specs/vendor/ and prints a table per
  operation; exits 1 when a difference is not acknowledged with x-cloudexec-drift in the spec.
  --refresh    fetch the latest SDK packages from npm (and tccli's api.json from --tccli), rewrite
               specs/vendor/, print what moved, then the drift table
  --installed  with --refresh: read the SDK versions installed in tools/spec-drift instead of the latest
  --tccli      a git directory of TencentCloud/tencentcloud-cli (default ${DEFAULT_TCCLI})
  --json       print the report as JSON`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      refresh: { type: 'boolean', default: false },
      installed: { type: 'boolean', default: false },
      tccli: { type: 'string', default: DEFAULT_TCCLI },
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
  if (values.refresh) {
    const tmp = mkdtempSync(path.join(tmpdir(), 'spec-drift-'));
    try {
      const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
      const fetcher = values.installed ? installedFetcher(packageRoot, values.tccli) : npmFetcher(tmp, values.tccli);
      const moves = await refreshSnapshots(root, fetcher);
      console.log(moves.length === 0 ? 'snapshots: nothing moved' : ['snapshots moved:', ...moves.map((m) => `  ${m}`)].join('\n'));
      console.log('');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const report = runDrift(root);
  console.log(values.json ? JSON.stringify(report, null, 2) : formatDrift(report));
  return unacknowledged(report) === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error((error as Error).message);
    process.exitCode = 2;
  },
);
