#!/usr/bin/env node
// pnpm lint:cycles — every package's src, the tools, bench and examples must be free of import cycles,
// except those listed in known-cycles.txt. Prints each cycle; exits 1 on a new or a stale entry.
// `node src/cli.ts --root <dir> [--allowlist <file>] [glob...]` checks another tree (the tests use it).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { judge, parseAllowlist } from './allowlist.ts';
import { findCycles } from './find-cycles.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const DEFAULT_GLOBS = ['packages/*/src/**/*.ts', 'tools/*/src/**/*.ts', 'bench/src/**/*.ts', 'examples/src/**/*.ts'];
const DEFAULT_ALLOWLIST = path.join(import.meta.dirname, '..', 'known-cycles.txt');

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { root: { type: 'string' }, allowlist: { type: 'string' } } });
  const root = path.resolve(values.root ?? REPO_ROOT);
  const allowlistFile = values.allowlist ?? (values.root === undefined ? DEFAULT_ALLOWLIST : undefined);
  const allowlist = allowlistFile === undefined ? [] : parseAllowlist(await readFile(allowlistFile, 'utf8'));
  const found = await findCycles(root, positionals.length > 0 ? positionals : DEFAULT_GLOBS);
  const verdict = judge(found, allowlist);
  for (const key of verdict.unexpected) console.log(`import cycle: ${key}`);
  for (const key of verdict.allowed) console.log(`import cycle (allowed in known-cycles.txt): ${key}`);
  for (const key of verdict.stale) console.log(`stale allowlist entry, the cycle is gone, remove it from known-cycles.txt: ${key}`);
  const failed = verdict.unexpected.length + verdict.stale.length;
  console.log(failed === 0 ? `no import cycles (${verdict.allowed.length} allowed)` : `${failed} import-cycle problem${failed === 1 ? '' : 's'}`);
  return failed === 0 ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
