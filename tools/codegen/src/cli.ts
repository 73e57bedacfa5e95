#!/usr/bin/env node
// `pnpm generate [--check] [--specs <dir>] [--out <dir>]`: regenerates every provider package and
// prints one row per package. Expected failures print their message only; exit codes: 0 ok,
// 1 stale output under --check, 2 invalid input or usage.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsOptionsConfig, parseArgs as parseArgsNode } from 'node:util';
import { CodegenError } from './load/codegen-error.ts';
import { generate, type GenerateResult } from './pipeline.ts';
import { formatReport, formatStale } from './report.ts';

const USAGE = 'usage: cloudexec-codegen [--check] [--specs <dir>] [--out <packages dir>]';

const OPTIONS = {
  check: { type: 'boolean' },
  specs: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsOptionsConfig;

export interface CliOptions {
  check: boolean;
  specsDir: string;
  outDir: string;
}

/** The repository root, found from this file's location (tools/codegen/src/cli.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function parseArgs(argv: readonly string[], root = repoRoot): CliOptions {
  const options: CliOptions = { check: false, specsDir: path.join(root, 'specs'), outDir: path.join(root, 'packages') };
  // node:util splits the arguments; strict: false and tokens keep this CLI's one-line messages.
  const { tokens } = parseArgsNode({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') throw new CodegenError(`unknown argument ${token.kind === 'positional' ? token.value : '--'}\n${USAGE}`);
    const directory = (): string => {
      if (token.value === undefined || token.value.startsWith('--')) throw new CodegenError(`${token.rawName} needs a directory\n${USAGE}`);
      return path.resolve(token.value);
    };
    if (token.name === 'check' && token.value === undefined) options.check = true;
    else if (token.name === 'specs') options.specsDir = directory();
    else if (token.name === 'out') options.outDir = directory();
    else if (token.name === 'help' && token.value === undefined) throw new CodegenError(USAGE);
    else throw new CodegenError(`unknown argument ${token.rawName}\n${USAGE}`);
  }
  return options;
}

/** Runs the CLI; returns the exit code instead of exiting so tests can call it. */
export async function main(argv: readonly string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let result: GenerateResult;
  try {
    const options = parseArgs(argv);
    result = await generate(options);
    out(formatReport(result, options.outDir, repoRoot));
    const stale = formatStale(result, options.outDir, repoRoot);
    if (result.check && stale) {
      err(stale);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof CodegenError) {
      err(`codegen: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}
