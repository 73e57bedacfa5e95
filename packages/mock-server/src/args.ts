// Command-line options of cloudexec-mock.
import { type ParseArgsOptionsConfig, parseArgs as parseArgsNode } from 'node:util';
import { DEFAULT_LIMITS, type ServerLimits } from './limits.ts';
import { PROVIDER_IDS } from './providers.ts';

export const USAGE = `usage: cloudexec-mock [--port 8787] [--host 127.0.0.1] [--data file.json] [--credentials file.json]
                      [--strict-signatures] [--no-rate-limit] [--local-host name]... [--speed f] [limits] [--quiet]

  --port n                port to listen on (default 8787; 0 picks a free one)
  --host addr             interface to listen on (default 127.0.0.1; 0.0.0.0 or :: exposes the mock to the network)
  --data file             dataset JSON { "<provider-id>": { "<Action>": [items] } }; replaces the generated
                          default dataset action by action (provider ids: ${PROVIDER_IDS.join(', ')})
  --credentials file      JSON { "<accessKeyId>": "<secret>" }: calls must use one of these keys
  --strict-signatures     check signatures strictly (needs --credentials); without it the engine's lenient
                          mode applies (@cloudexec/mock strictSignatures: false)
  --no-rate-limit         do not enforce the documented QPS limits
  --local-host name       another name for this server (like 127.0.0.1: requests are routed by API version)
  --speed f               runs play f times faster than wall time (default 1; 0.01 to 10000); the control
                          endpoint /__cloudexec/{advance,scenario,reset,state} moves time and sets outcomes
  --quiet                 no per-request log lines
  --version               print the version
  --help                  print this help

limits (a request over one is refused before it reaches the mock; defaults in brackets):
  --max-body-bytes n      larger bodies get 413 in the provider's error shape, unread [${DEFAULT_LIMITS.maxBodyBytes}]
  --max-params n          most query + form parameters, else 400 [${DEFAULT_LIMITS.maxParams}]
  --max-list-index n      highest list index in a parameter name (Tag.<n>.Key), else 400 [${DEFAULT_LIMITS.maxListIndex}]
  --max-depth n           most segments in a parameter name, deepest JSON body nesting, else 400 [${DEFAULT_LIMITS.maxDepth}]
  --header-timeout-ms n   time for the request line and headers, else 408 [${DEFAULT_LIMITS.headersTimeoutMs}]
  --body-timeout-ms n     time for the body after the headers, else 408 and the socket closed [${DEFAULT_LIMITS.bodyTimeoutMs}]
  --max-connections n     open connections at most; more are closed on arrival [${DEFAULT_LIMITS.maxConnections}]
  --shutdown-grace-ms n   on SIGTERM/SIGINT, time requests in flight get to finish [${DEFAULT_LIMITS.shutdownGraceMs}]`;

export interface CliOptions {
  port: number;
  host: string;
  dataFile?: string;
  credentialsFile?: string;
  strictSignatures: boolean;
  enforceQps: boolean;
  localHosts: string[];
  /** Execution clock speed factor (wall time × speed). */
  speed: number;
  /** Only the limits given on the command line; the server fills in the rest. */
  limits: Partial<ServerLimits>;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const LIMIT_FLAGS: Record<string, { key: keyof ServerLimits; min: number; max: number }> = {
  'max-body-bytes': { key: 'maxBodyBytes', min: 1, max: 2 ** 31 },
  'max-params': { key: 'maxParams', min: 1, max: 1_000_000 },
  'max-list-index': { key: 'maxListIndex', min: 1, max: 1_000_000 },
  'max-depth': { key: 'maxDepth', min: 2, max: 1_000 },
  'header-timeout-ms': { key: 'headersTimeoutMs', min: 100, max: 3_600_000 },
  'body-timeout-ms': { key: 'bodyTimeoutMs', min: 100, max: 3_600_000 },
  'max-connections': { key: 'maxConnections', min: 1, max: 1_000_000 },
  'shutdown-grace-ms': { key: 'shutdownGraceMs', min: 0, max: 3_600_000 },
};

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  credentials: { type: 'string' },
  'strict-signatures': { type: 'boolean' },
  'no-rate-limit': { type: 'boolean' },
  'local-host': { type: 'string', multiple: true },
  speed: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ...Object.fromEntries(Object.keys(LIMIT_FLAGS).map((name) => [name, { type: 'string' }])),
} satisfies ParseArgsOptionsConfig;

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    port: 8787,
    host: '127.0.0.1',
    strictSignatures: false,
    enforceQps: true,
    localHosts: [],
    speed: 1,
    limits: {},
    quiet: false,
    help: false,
    version: false,
  };
  // node:util splits the arguments (--flag value, --flag=value, -hv); strict: false and tokens let this
  // file keep its own one-line messages and range checks instead of Node's longer error texts.
  const { tokens } = parseArgsNode({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') throw new UsageError(`unknown argument ${token.kind === 'positional' ? token.value : '--'}`);
    const config = (OPTIONS as ParseArgsOptionsConfig)[token.name];
    if (!config) throw new UsageError(`unknown argument ${token.rawName}`);
    if (config.type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
    const value = (): string => {
      if (token.value === undefined || token.value === '') throw new UsageError(`${token.rawName} needs a value`);
      return token.value;
    };
    const limit = LIMIT_FLAGS[token.name];
    if (limit) {
      options.limits[limit.key] = integer(token.rawName, value(), limit.min, limit.max);
      continue;
    }
    switch (token.name) {
      case 'port':
        options.port = integer(token.rawName, value(), 0, 65535);
        break;
      case 'host':
        options.host = value();
        break;
      case 'data':
        options.dataFile = value();
        break;
      case 'credentials':
        options.credentialsFile = value();
        break;
      case 'strict-signatures':
        options.strictSignatures = true;
        break;
      case 'no-rate-limit':
        options.enforceQps = false;
        break;
      case 'local-host':
        options.localHosts.push(value());
        break;
      case 'speed':
        options.speed = factor(token.rawName, value(), 0.01, 10_000);
        break;
      case 'quiet':
        options.quiet = true;
        break;
      case 'help':
        options.help = true;
        break;
      case 'version':
        options.version = true;
        break;
    }
  }
  if (options.strictSignatures && !options.credentialsFile) {
    throw new UsageError('--strict-signatures needs --credentials: signatures are checked against known secrets');
  }
  return options;
}

function factor(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || value < min || value > max) throw new UsageError(`${flag} must be a number from ${min} to ${max}`);
  return value;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}`);
  return value;
}
