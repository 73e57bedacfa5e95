// The CLI's body: options → server → log lines until SIGINT/SIGTERM, then a graceful close (requests in flight
// are answered, new connections refused; a second signal cuts the rest). Every start-up failure is one line.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args.ts';
import { DatasetError, mergeDatasets, readDatasetFile } from './dataset.ts';
import { createDefaultDataset } from './default-dataset.ts';
import { PROVIDER_IDS } from './providers.ts';
import { startMockServer } from './server.ts';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs until a signal arrives; resolves to the exit code (0 after a clean shutdown, 2 for bad options or files). */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let options: CliOptions;
  let credentials: Record<string, string> | undefined;
  let data;
  try {
    options = parseArgs(argv);
    if (options.help) {
      io.out(USAGE);
      return 0;
    }
    if (options.version) {
      io.out(packageVersion());
      return 0;
    }
    credentials = options.credentialsFile ? await readCredentials(options.credentialsFile) : undefined;
    data = options.dataFile ? mergeDatasets(createDefaultDataset(), await readDatasetFile(options.dataFile)) : undefined;
  } catch (error) {
    if (error instanceof UsageError) io.err(`cloudexec-mock: ${error.message} (see cloudexec-mock --help)`);
    else if (error instanceof DatasetError || error instanceof CredentialsFileError) io.err(`cloudexec-mock: ${error.message}`);
    else io.err(`cloudexec-mock: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  let server;
  try {
    server = await startMockServer({
      port: options.port,
      hostname: options.host,
      credentials,
      strictSignatures: options.strictSignatures,
      dataset: data,
      enforceQps: options.enforceQps,
      localHosts: options.localHosts,
      speed: options.speed,
      limits: options.limits,
      log: options.quiet ? undefined : io.out,
    });
  } catch (error) {
    io.err(`cloudexec-mock: cannot listen on ${options.host} port ${options.port}: ${listenFailure(error as NodeJS.ErrnoException)}`);
    return 1;
  }
  const checks = credentials ? (options.strictSignatures ? 'strict signatures' : 'lenient signature checks') : 'no signature checks';
  io.out(`cloudexec-mock listening on ${server.origin} (${PROVIDER_IDS.join(', ')}; ${checks})`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  io.out(`cloudexec-mock: ${signal}, shutting down (answering requests in flight; signal again to stop at once)`);
  const cut = (): void => void server.close({ graceMs: 0 });
  process.once('SIGINT', cut);
  process.once('SIGTERM', cut);
  await server.close();
  process.off('SIGINT', cut);
  process.off('SIGTERM', cut);
  return 0;
}

function listenFailure(error: NodeJS.ErrnoException): string {
  if (error.code === 'EADDRINUSE') return 'the port is already in use (pick another with --port, or --port 0 for a free one)';
  if (error.code === 'EACCES') return 'permission denied (ports below 1024 need privileges)';
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return 'no such local address (check --host)';
  return error.code ?? error.message;
}

function packageVersion(): string {
  // src/main.ts and dist/main.js both sit one level below package.json.
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

class CredentialsFileError extends Error {}

async function readCredentials(path: string): Promise<Record<string, string>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    // The file holds secrets: name the file and the kind of failure only, never its content.
    throw new CredentialsFileError(`cannot read credentials ${path}: ${(error as NodeJS.ErrnoException).code ?? 'not valid JSON'}`);
  }
  const valid = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Object.values(parsed).every((secret) => typeof secret === 'string');
  if (!valid || Object.keys(parsed as object).length === 0) {
    throw new CredentialsFileError(`${path} must be a JSON object of accessKeyId → secret strings`);
  }
  return parsed as Record<string, string>;
}
