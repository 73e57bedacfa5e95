// The `cloudexec` CLI: parse → check (exit 2 before any request) → connect → act → report → exit code.
// Everything the process touches (streams, environment, signals, prompts) comes in through CliIo so tests can
// drive it in-process as well as through the bin.
import { CloudApiError, CredentialsError, TimeoutError, TransportError, ValidationError, type Clock } from '@cloudexec/runtime';
import type { ProviderAdapter } from '../adapter.ts';
import { loadAdapter, type ExecClientOptions } from '../connect.ts';
import { ExecUsageError, ExecutionNotFoundError, UnsupportedOperationError } from '../errors.ts';
import { Executor } from '../execution.ts';
import { parseExecutionId } from '../ids.ts';
import { PROVIDER_LIMITS } from '../limits.ts';
import { PROVIDER_IDS, type ExecutionHandle, type ProviderId, type RunInput } from '../model.ts';
import { validateRun, validateTargets } from '../validate.ts';
import { parseCommandLine, type CommandName, type ParsedCommand } from './args.ts';
import { findCredentials, findProfileRegion } from './credentials.ts';
import { EXIT } from './exit-codes.ts';
import { COMMAND_HELP, GLOBAL_HELP } from './help.ts';
import { createReporter, resultEvent, type Output } from './reporter.ts';
import { renderTable, stateTable } from './table.ts';

export interface CliIo {
  stdout: Output;
  stderr: Output;
  env: Readonly<Record<string, string | undefined>>;
  /** stdout is a terminal (or CLOUDEXEC_FORCE_TTY=1): progress is redrawn in place. */
  isTTY: boolean;
  /** Someone can answer a question on stdin. */
  canAsk: boolean;
  ask(question: string): Promise<string>;
  /** Registers the Ctrl-C handler; returns the function that removes it. */
  onInterrupt(handler: () => void): () => void;
  home?: string;
  /** Test seam: virtual time for the follower. */
  clock?: Clock;
  /** Test seam: replaces the adapter loaded for the provider. */
  adapter?: (provider: ProviderId, options: ExecClientOptions & { region: string }) => Promise<ProviderAdapter>;
}

class Interrupted extends Error {}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ParsedCommand;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    return fail(io, error);
  }
  if (parsed.command === 'help') {
    io.stdout.write(parsed.helpFor ? (COMMAND_HELP[parsed.helpFor] ?? GLOBAL_HELP) : GLOBAL_HELP);
    return EXIT.ok;
  }
  try {
    return await dispatch(parsed.command, parsed, io);
  } catch (error) {
    return fail(io, error);
  }
}

async function dispatch(command: CommandName, args: ParsedCommand, io: CliIo): Promise<number> {
  if (command === 'providers') return providers(args, io);
  if (command === 'run') return run(args, io);
  if (command === 'agents') return agents(args, io);
  return byId(command, args, io);
}

function providers(args: ParsedCommand, io: CliIo): number {
  const rows = PROVIDER_IDS.map((id) => {
    const limits = PROVIDER_LIMITS[id];
    return { provider: id, target: limits.targetNoun, ...limits };
  });
  if (args.common.json) {
    for (const row of rows) io.stdout.write(`${JSON.stringify(row)}\n`);
    return EXIT.ok;
  }
  io.stdout.write(
    `${renderTable(
      ['PROVIDER', 'TARGET', 'PER RUN', 'RUNS/S', 'CONTENT', 'TIMEOUT (S)', 'CANCEL'],
      rows.map((row) => [
        row.provider,
        row.target,
        String(row.targetsPerRun),
        String(row.runsPerSecond),
        `${row.maxContentBytes / 1024} KB`,
        `${row.timeout.min}-${row.timeout.max}`,
        row.targetsPerCancel === 0 ? 'no' : `${row.targetsPerCancel} per call`,
      ]),
    )}\n`,
  );
  return EXIT.ok;
}

async function run(args: ParsedCommand, io: CliIo): Promise<number> {
  const provider = requireProvider(args.common.provider);
  const region = regionOf(args, provider, io);
  const input: RunInput = {
    provider,
    region,
    targets: args.targets,
    command: args.commandText ?? '',
    ...(args.timeout === undefined ? {} : { timeout: args.timeout }),
    ...(args.workdir === undefined ? {} : { workingDirectory: args.workdir }),
    ...(args.user === undefined ? {} : { user: args.user }),
    ...(args.parameters === undefined ? {} : { parameters: args.parameters }),
  };
  // Every check that needs no service runs before any request.
  validateRun(input);
  if (provider === 'tencent-batch' && !args.zone)
    throw new ExecUsageError('zone', 'tencent-batch needs --zone (the availability zone of the job, e.g. ap-guangzhou-3)');
  const executor = await connect(provider, region, args, io);
  const reporter = createReporter(args.common.json ? 'json' : args.common.quiet ? 'quiet' : io.isTTY ? 'tty' : 'plain', io.stdout, io.stderr);
  const controller = new AbortController();
  let handle: ExecutionHandle | undefined;
  const removeInterrupt = io.onInterrupt(() => controller.abort(new Interrupted('interrupted')));
  try {
    handle = await executor.run({ ...input, signal: controller.signal }, args.zone ? { zone: args.zone } : {});
    if (!args.wait) {
      if (args.common.json) reporter.started(handle);
      else io.stdout.write(`${handle.id}\n`);
      return EXIT.ok;
    }
    reporter.started(handle);
    const result = await executor.wait(handle, { onProgress: (state) => reporter.progress(state), signal: controller.signal });
    reporter.finished(result);
    return result.status === 'succeeded' ? EXIT.ok : EXIT.failed;
  } catch (error) {
    reporter.close();
    if (!controller.signal.aborted) throw error;
    removeInterrupt();
    return interrupted(executor, handle, args, io);
  } finally {
    removeInterrupt();
  }
}

/** Ctrl-C while following: cancel the remote execution if asked to (or if the user says so), exit 130. */
async function interrupted(executor: Executor, handle: ExecutionHandle | undefined, args: ParsedCommand, io: CliIo): Promise<number> {
  if (!handle) {
    io.stderr.write('cloudexec: interrupted before the execution started\n');
    return EXIT.interrupted;
  }
  const canCancel = PROVIDER_LIMITS[handle.provider].targetsPerCancel > 0;
  let cancel = args.cancelOnInterrupt;
  if (!cancel && canCancel && io.canAsk) {
    const answer = await io.ask(`\ncancel the remote execution ${handle.id}? [y/N] `);
    cancel = /^y(es)?$/i.test(answer.trim());
  }
  if (cancel && canCancel) {
    await executor.cancel(handle);
    io.stderr.write(`cloudexec: interrupted; cancelled ${handle.id}\n`);
  } else {
    io.stderr.write(`cloudexec: interrupted; ${handle.id} goes on (cloudexec status ${handle.id})\n`);
  }
  return EXIT.interrupted;
}

async function byId(command: 'status' | 'output' | 'cancel', args: ParsedCommand, io: CliIo): Promise<number> {
  const parsedId = parseExecutionId(args.id ?? '');
  const provider = requireProvider(parsedId.provider ?? args.common.provider);
  const region = parsedId.region ?? regionOf(args, provider, io);
  if (command === 'cancel' && PROVIDER_LIMITS[provider].targetsPerCancel === 0) {
    throw new UnsupportedOperationError(`${provider} documents no way to stop a running command`);
  }
  const executor = await connect(provider, region, args, io);
  const handle = await executor.describe(args.id ?? '', { region });
  if (command === 'cancel') {
    await executor.cancel(handle, args.targets.length > 0 ? { targets: args.targets } : {});
    if (args.common.json)
      io.stdout.write(`${JSON.stringify({ event: 'cancelled', id: handle.id, targets: args.targets.length > 0 ? args.targets : 'all' })}\n`);
    else if (!args.common.quiet) io.stdout.write(`cancel asked for ${handle.id}\n`);
    return EXIT.ok;
  }
  const state = await executor.poll(handle, { withOutput: true });
  const ended = state.status !== 'pending' && state.status !== 'running';
  const code = ended && state.status !== 'succeeded' ? EXIT.failed : EXIT.ok;
  if (command === 'status') {
    if (args.common.json) io.stdout.write(`${JSON.stringify(resultEvent(state))}\n`);
    else if (!args.common.quiet) io.stdout.write(`${handle.id}: ${state.status}\n${stateTable(state)}\n`);
    return code;
  }
  const wanted = args.targets.length > 0 ? new Set(args.targets) : undefined;
  const targets = wanted ? state.targets.filter((target) => wanted.has(target.target)) : state.targets;
  const unknown = [...(wanted ?? [])].filter((target) => !targets.some((candidate) => candidate.target === target));
  if (unknown.length > 0) throw new ExecUsageError('target', `${unknown.join(', ')} not in ${handle.id}`);
  if (args.common.json) {
    for (const target of targets) io.stdout.write(`${JSON.stringify({ event: 'output', ...target })}\n`);
    return code;
  }
  const alone = targets.length === 1 && wanted !== undefined;
  for (const target of targets) {
    if (!alone) io.stdout.write(`== ${target.target} ${target.status}${target.exitCode === undefined ? '' : ` exit ${target.exitCode}`} ==\n`);
    const text = target.output ?? '';
    io.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
    if (target.truncated) io.stderr.write(`cloudexec: the output of ${target.target} was cut off by the service\n`);
  }
  return code;
}

async function agents(args: ParsedCommand, io: CliIo): Promise<number> {
  const provider = requireProvider(args.common.provider);
  if (provider === 'tencent-batch') throw new ExecUsageError('provider', 'tencent-batch runs on compute environments and has no agent status operation');
  validateTargets(provider, args.targets);
  const region = regionOf(args, provider, io);
  const executor = await connect(provider, region, args, io);
  const states = await executor.adapter.agents(args.targets, {});
  if (args.common.json) {
    for (const state of states) io.stdout.write(`${JSON.stringify({ event: 'agent', ...state })}\n`);
  } else if (!args.common.quiet) {
    io.stdout.write(
      `${renderTable(
        ['TARGET', 'AGENT', 'VERSION', 'LAST HEARTBEAT'],
        states.map((state) => [
          state.target,
          `${state.online ? 'online' : 'offline'} (${state.providerStatus})`,
          state.version ?? '-',
          state.lastHeartbeat ?? '-',
        ]),
      )}\n`,
    );
  }
  return states.every((state) => state.online) ? EXIT.ok : EXIT.failed;
}

function requireProvider(provider: ProviderId | undefined): ProviderId {
  if (!provider) throw new ExecUsageError('provider', `--provider is required: one of ${PROVIDER_IDS.join(', ')}`);
  return provider;
}

const ecosystemOf = (provider: ProviderId) => (provider.startsWith('tencent') ? 'tencent' : 'aliyun');

function regionOf(args: ParsedCommand, provider: ProviderId, io: CliIo): string {
  const fromEnv = ecosystemOf(provider) === 'tencent' ? io.env.TENCENTCLOUD_REGION : io.env.ALIBABA_CLOUD_REGION_ID;
  const region = args.common.region ?? fromEnv;
  if (region) return region;
  const fromProfile = findProfileRegion(ecosystemOf(provider), { profile: args.common.profile, env: io.env, ...(io.home ? { home: io.home } : {}) });
  if (fromProfile) return fromProfile;
  throw new ExecUsageError('region', '--region is required (or TENCENTCLOUD_REGION / ALIBABA_CLOUD_REGION_ID, or a profile with a region)');
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

async function connect(provider: ProviderId, region: string, args: ParsedCommand, io: CliIo): Promise<Executor> {
  const { endpoint, profile } = args.common;
  let allowInsecureHttp = false;
  let local = false;
  if (endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new ExecUsageError('endpoint', `--endpoint ${JSON.stringify(endpoint)} is not a URL (e.g. http://127.0.0.1:8787)`);
    }
    local = LOOPBACK.has(url.hostname);
    if (url.protocol === 'http:') {
      // Signed requests over plain HTTP only to this machine (a mock); anywhere else keys would travel in clear.
      if (!local) throw new ExecUsageError('endpoint', 'an http:// endpoint must be on this machine (127.0.0.1, localhost, [::1]); use https://');
      allowInsecureHttp = true;
    } else if (url.protocol !== 'https:') {
      throw new ExecUsageError('endpoint', `--endpoint must be http:// or https://, got ${url.protocol}`);
    }
  }
  const found = findCredentials(ecosystemOf(provider), { profile, env: io.env, ...(io.home ? { home: io.home } : {}) });
  let credentials = found?.credentials;
  if (!credentials) {
    if (!local) {
      const vars =
        ecosystemOf(provider) === 'tencent'
          ? 'TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY'
          : 'ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET';
      throw new ExecUsageError('credentials', `no credentials: set ${vars}, or pass --profile <name>`);
    }
    // The mock signs nothing it cannot check without keys it was given; stand-ins keep the request well-formed.
    credentials = { accessKeyId: 'cloudexec-local', accessKeySecret: 'cloudexec-local' };
  }
  const options = { region, credentials, ...(endpoint ? { endpoint, allowInsecureHttp } : {}) };
  const adapter = io.adapter ? await io.adapter(provider, options) : await loadAdapter({ provider, ...options });
  return new Executor(adapter, io.clock ? { clock: io.clock } : {});
}

function fail(io: CliIo, error: unknown): number {
  const message = (error as Error)?.message ?? String(error);
  if (error instanceof ExecUsageError || error instanceof ValidationError || error instanceof UnsupportedOperationError) {
    io.stderr.write(`cloudexec: ${message}\n`);
    return EXIT.usage;
  }
  if (
    error instanceof CloudApiError ||
    error instanceof ExecutionNotFoundError ||
    error instanceof CredentialsError ||
    error instanceof TransportError ||
    error instanceof TimeoutError
  ) {
    io.stderr.write(`cloudexec: ${message}\n`);
    return EXIT.refused;
  }
  io.stderr.write(`cloudexec: unexpected error: ${(error as Error)?.stack ?? message}\n`);
  return EXIT.refused;
}
