#!/usr/bin/env node
// spec-check CLI. `check [--specs <dir>]` validates specs/ (exit 0 with a summary table, 1 with the
// problems, 2 on usage errors); `infer <example.json> [--name <Schema>] [--json]` prints a schema fragment.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { checkSpecs } from './check.ts';
import { DEFAULT_SPECS_DIR } from './load.ts';
import { inferSchemaFragment, schemaNameFromFile } from './infer-fragment.ts';
import { formatProblems } from './problem.ts';
import { formatSummary } from './summary.ts';

const USAGE = `usage: spec-check check [--specs <dir>]
       spec-check infer <example.json> [--name <SchemaName>] [--json]`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Directory relative paths are resolved from; pnpm sets INIT_CWD to where the user ran `pnpm`. */
  cwd: string;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.env.INIT_CWD ?? process.cwd(),
};

export async function runCli(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  const flags = parseFlags(rest);
  if (typeof flags === 'string') return usage(io, flags);
  try {
    if (command === 'check' && flags.positional.length === 0) return await runCheck(flags.values.specs, io);
    if (command === 'infer' && flags.positional.length === 1) return await runInfer(flags.positional[0] ?? '', flags, io);
    if (command === 'help' || command === '--help') return usage(io, undefined, 0);
    if (command === undefined) return usage(io, 'missing command');
    return usage(io, `unexpected arguments: ${argv.join(' ')}`);
  } catch (error) {
    io.err(`spec-check: ${(error as Error).message}`);
    return 2;
  }
}

async function runCheck(specsFlag: string | true | undefined, io: Io): Promise<number> {
  if (specsFlag === true) return usage(io, '--specs needs a directory');
  const specsDir = specsFlag === undefined ? DEFAULT_SPECS_DIR : resolve(io.cwd, specsFlag);
  const result = await checkSpecs(specsDir);
  if (!result.ok) {
    io.err(formatProblems(result.problems));
    return 1;
  }
  io.out(formatSummary(result.summary));
  io.out(`${result.specs.length} specs and ${result.commons.length} common files OK`);
  return 0;
}

async function runInfer(file: string, flags: Flags, io: Io): Promise<number> {
  const path = resolve(io.cwd, file);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) {
    io.err(`spec-check: cannot read ${file}`);
    return 2;
  }
  let sample: unknown;
  try {
    sample = JSON.parse(text);
  } catch (error) {
    io.err(`${file}: not valid JSON: ${(error as Error).message}`);
    return 1;
  }
  const name = typeof flags.values.name === 'string' ? flags.values.name : schemaNameFromFile(file);
  const { unwrapped, fragment } = await inferSchemaFragment(sample, name);
  if (flags.values.json) {
    io.out(JSON.stringify(fragment, null, 2));
    return 0;
  }
  const note = unwrapped ? ' (Tencent "Response" envelope removed)' : '';
  io.out(`# Inferred by quicktype-core from ${file}${note}.\n# Review before use: names, required, limits, descriptions.`);
  io.out(stringify(fragment).trimEnd());
  return 0;
}

interface Flags {
  positional: string[];
  values: Record<string, string | true>;
}

const OPTIONS = { specs: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' } } satisfies ParseArgsOptionsConfig;

// node:util splits the arguments; strict: false and tokens keep this CLI's own one-line messages.
function parseFlags(args: string[]): Flags | string {
  const flags: Flags = { positional: [], values: {} };
  const { tokens } = parseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') flags.positional.push(token.value);
    if (token.kind !== 'option') continue;
    if (!(token.name in OPTIONS) || !token.rawName.startsWith('--')) return `unknown option ${token.rawName}`;
    if (token.name === 'json') flags.values.json = true;
    // A missing value (or the next flag taken as one) reads as "no value": runCheck names the problem.
    else if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) {
      if (token.value !== undefined) return `${token.rawName} needs a value`;
      flags.values[token.name] = true;
    } else flags.values[token.name] = token.value;
  }
  return flags;
}

function usage(io: Io, problem: string | undefined, code = 2): number {
  if (problem) io.err(`spec-check: ${problem}`);
  (code === 0 ? io.out : io.err)(USAGE);
  return code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runCli(process.argv.slice(2));
}
