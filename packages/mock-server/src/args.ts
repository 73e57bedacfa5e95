// Command-line options of cloudexec-mock.
export const USAGE = `usage: cloudexec-mock [--port 8787] [--data file.json] [--credentials file.json] [--strict-signatures]
                      [--no-rate-limit] [--local-host name]... [--max-body-bytes n] [--quiet]

  --port n              port on 127.0.0.1 (default 8787; 0 picks a free one)
  --data file           dataset JSON { "<provider-id>": { "<Action>": [items] } }; replaces the generated
                        default dataset action by action (provider ids: tencent-tat, tencent-batch, aliyun-ecs, aliyun-swas)
  --credentials file    JSON { "<accessKeyId>": "<secret>" }: calls must use one of these keys
  --strict-signatures   check signatures strictly (needs --credentials); without it the engine's lenient
                        mode applies (@cloudexec/mock strictSignatures: false)
  --no-rate-limit       do not enforce the documented QPS limits
  --local-host name     another name for this server (like 127.0.0.1: requests are routed by API version)
  --max-body-bytes n    larger bodies get the provider's error (default 1048576)
  --quiet               no per-request log lines`;

export interface CliOptions {
  port: number;
  dataFile?: string;
  credentialsFile?: string;
  strictSignatures: boolean;
  enforceQps: boolean;
  localHosts: string[];
  maxBodyBytes?: number;
  quiet: boolean;
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { port: 8787, strictSignatures: false, enforceQps: true, localHosts: [], quiet: false, help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++index];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--port': options.port = integer(flag, value(), 0, 65535); break;
      case '--data': options.dataFile = value(); break;
      case '--credentials': options.credentialsFile = value(); break;
      case '--strict-signatures': options.strictSignatures = true; break;
      case '--no-rate-limit': options.enforceQps = false; break;
      case '--local-host': options.localHosts.push(value()); break;
      case '--max-body-bytes': options.maxBodyBytes = integer(flag, value(), 1, 2 ** 31); break;
      case '--quiet': options.quiet = true; break;
      case '--help': case '-h': options.help = true; break;
      default: throw new UsageError(`unknown argument ${arg}`);
    }
  }
  if (options.strictSignatures && !options.credentialsFile) {
    throw new UsageError('--strict-signatures needs --credentials: signatures are checked against known secrets');
  }
  return options;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}`);
  return value;
}
