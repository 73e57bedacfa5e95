#!/usr/bin/env node
// `pnpm generate [--check] [--specs <dir>] [--out <dir>]`: regenerates every provider package and
// prints one row per package. Expected failures print their message only; exit codes: 0 ok,
// 1 stale output under --check, 2 invalid input or usage.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodegenError } from './load/codegen-error.ts';
import { generate, type GenerateResult } from './pipeline.ts';
import { formatReport, formatStale } from './report.ts';

const USAGE = 'usage: cloudexec-codegen [--check] [--specs <dir>] [--out <packages dir>]';

export interface CliOptions {
  check: boolean;
  specsDir: string;
  outDir: string;
}

/** The repository root, found from this file's location (tools/codegen/src/cli.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function parseArgs(argv: readonly string[], root = repoRoot): CliOptions {
  const options: CliOptions = { check: false, specsDir: path.join(root, 'specs'), outDir: path.join(root, 'packages') };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = (): string => {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new CodegenError(`${arg} needs a directory\n${USAGE}`);
      index += 1;
      return path.resolve(next);
    };
    if (arg === '--check') options.check = true;
    else if (arg === '--specs') options.specsDir = value();
    else if (arg === '--out') options.outDir = value();
    else if (arg === '--help' || arg === '-h') throw new CodegenError(USAGE);
    else throw new CodegenError(`unknown argument ${arg}\n${USAGE}`);
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
