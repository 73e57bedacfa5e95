// Argument parsing (node:util parseArgs, strict): unknown flags, missing values and bad numbers are usage
// errors (exit 2) before anything else happens.
import { parseArgs } from 'node:util';
import { ExecUsageError } from '../errors.ts';
import type { ProviderId } from '../model.ts';
import { checkProvider } from '../validate.ts';

export const COMMANDS = ['run', 'status', 'output', 'cancel', 'agents', 'providers'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CommonArgs {
  provider?: ProviderId | undefined;
  region?: string | undefined;
  endpoint?: string | undefined;
  profile?: string | undefined;
  json: boolean;
  quiet: boolean;
}

export interface ParsedCommand {
  command: CommandName | 'help';
  /** The command whose help was asked for. */
  helpFor?: CommandName | undefined;
  common: CommonArgs;
  id?: string | undefined;
  targets: string[];
  commandText?: string | undefined;
  timeout?: number | undefined;
  workdir?: string | undefined;
  user?: string | undefined;
  parameters?: Record<string, string> | undefined;
  zone?: string | undefined;
  wait: boolean;
  cancelOnInterrupt: boolean;
}

const COMMON_OPTIONS = {
  provider: { type: 'string', short: 'p' },
  region: { type: 'string', short: 'r' },
  endpoint: { type: 'string' },
  profile: { type: 'string' },
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const OPTIONS = {
  ...COMMON_OPTIONS,
  targets: { type: 'string', short: 't', multiple: true },
  target: { type: 'string', multiple: true },
  command: { type: 'string', short: 'c' },
  timeout: { type: 'string' },
  workdir: { type: 'string' },
  user: { type: 'string' },
  param: { type: 'string', multiple: true },
  zone: { type: 'string' },
  wait: { type: 'boolean', default: true },
  'cancel-on-interrupt': { type: 'boolean', default: false },
} as const;

/** Which options each command takes beyond the common ones (others are usage errors). */
const ALLOWED: Record<CommandName, readonly string[]> = {
  run: ['targets', 'command', 'timeout', 'workdir', 'user', 'param', 'zone', 'wait', 'cancel-on-interrupt'],
  status: [],
  output: ['target'],
  cancel: ['target'],
  agents: ['targets'],
  providers: [],
};

export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const helpFor = rest[0] && (COMMANDS as readonly string[]).includes(rest[0]) ? (rest[0] as CommandName) : undefined;
    return { command: 'help', helpFor, common: { json: false, quiet: false }, targets: [], wait: true, cancelOnInterrupt: false };
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new ExecUsageError('command', `unknown command ${JSON.stringify(first)}; one of ${COMMANDS.join(', ')} (cloudexec --help)`);
  }
  const command = first as CommandName;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; allowNegative: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS, allowPositionals: true, allowNegative: true, strict: true, tokens: true });
  } catch (error) {
    throw new ExecUsageError('arguments', `${(error as Error).message} (cloudexec ${command} --help)`);
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) return { command: 'help', helpFor: command, common: { json: false, quiet: false }, targets: [], wait: true, cancelOnInterrupt: false };
  for (const token of tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (token.name in COMMON_OPTIONS || ALLOWED[command].includes(token.name)) continue;
    throw new ExecUsageError('arguments', `${command} takes no --${token.name} (cloudexec ${command} --help)`);
  }
  const common: CommonArgs = {
    provider: values.provider === undefined ? undefined : checkProvider(values.provider),
    region: values.region,
    endpoint: values.endpoint,
    profile: values.profile,
    json: values.json,
    quiet: values.quiet,
  };
  const result: ParsedCommand = {
    command,
    common,
    targets: splitList(values.targets ?? values.target ?? []),
    wait: values.wait,
    cancelOnInterrupt: values['cancel-on-interrupt'],
    workdir: values.workdir,
    user: values.user,
    zone: values.zone,
  };
  if (command === 'run') {
    const terminator = tokens?.findIndex((token) => token.kind === 'option-terminator') ?? -1;
    const afterDash = terminator >= 0 ? positionals.slice(positionals.length - countAfter(tokens ?? [], terminator)) : [];
    const stray = positionals.slice(0, positionals.length - afterDash.length);
    if (stray.length > 0) throw new ExecUsageError('arguments', `unexpected ${JSON.stringify(stray[0])}; put the command after -- (cloudexec run --help)`);
    if (values.command !== undefined && afterDash.length > 0)
      throw new ExecUsageError('command', 'give the command either with --command or after --, not both');
    result.commandText = values.command ?? (afterDash.length > 0 ? afterDash.join(' ') : undefined);
    if (result.commandText === undefined) throw new ExecUsageError('command', 'no command given: cloudexec run … -- <command>');
    if (values.timeout !== undefined) result.timeout = parseWholeNumber('timeout', values.timeout);
    if (values.param) result.parameters = parseParameters(values.param);
  } else if (command === 'providers' || command === 'agents') {
    if (positionals.length > 0) throw new ExecUsageError('arguments', `unexpected ${JSON.stringify(positionals[0])} (cloudexec ${command} --help)`);
  } else {
    if (positionals.length !== 1) throw new ExecUsageError('id', `${command} takes one execution id (cloudexec ${command} --help)`);
    result.id = positionals[0];
  }
  return result;
}

function countAfter(tokens: readonly { kind: string }[], terminator: number): number {
  return tokens.slice(terminator + 1).filter((token) => token.kind === 'positional').length;
}

function splitList(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function parseWholeNumber(name: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new ExecUsageError(name, `--${name} must be a whole number of seconds, got ${JSON.stringify(text)}`);
  return Number(text);
}

function parseParameters(pairs: readonly string[]): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new ExecUsageError('parameters', `--param takes name=value, got ${JSON.stringify(pair)}`);
    parameters[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return parameters;
}
