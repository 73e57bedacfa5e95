// The runtimes a bundle runs under, each resolved to a real executable (no wrapper process, so a timeout
// kill reaches it) and checked for the version it claims to be.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export interface Runtime {
  name: string;
  /** Resolves the executable and its version, or throws saying what is missing. */
  resolve(): Promise<{ executable: string; version: string }>;
  args(bundle: string): string[];
}

async function versionOf(executable: string, flag = '--version'): Promise<string> {
  const { stdout } = await run(executable, [flag], { timeout: 10_000, env: childEnv(process.env.TMPDIR ?? '/tmp') });
  return stdout.trim().split('\n')[0] ?? '';
}

function expectVersion(name: string, version: string, pattern: RegExp, hint: string): void {
  if (!pattern.test(version)) throw new Error(`${name}: got version "${version}", expected ${pattern}. ${hint}`);
}

const pinnedNode = readFileSync(new URL('../../../../.node-version', import.meta.url), 'utf8')
  .trim()
  .replace(/^v/, '');
const packageVersion = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

export const runtimes: Runtime[] = [
  {
    name: 'deno',
    async resolve() {
      // The npm package's bin.cjs would spawn the binary as a grandchild; install_api finds it in @deno/<platform>.
      const { runInstall } = require('deno/install_api.cjs') as { runInstall(): string };
      const executable = runInstall();
      const version = await versionOf(executable);
      expectVersion('deno', version, new RegExp(`^deno ${packageVersion('deno').replaceAll('.', '\\.')} `), 'Run pnpm install.');
      return { executable, version };
    },
    args: (bundle) => ['run', '--no-config', '--no-lock', '--no-prompt', '--allow-net=127.0.0.1', bundle],
  },
  {
    name: 'bun',
    async resolve() {
      // Until bun's postinstall (allowBuilds: bun: true) links the native binary, bin/bun.exe is a stub that exits 1.
      const executable = join(dirname(require.resolve('bun/package.json')), 'bin', 'bun.exe');
      const version = await versionOf(executable).catch(() => 'none');
      expectVersion(
        'bun',
        version,
        new RegExp(`^${packageVersion('bun').replaceAll('.', '\\.')}$`),
        'Its postinstall script must run (allowBuilds: bun: true in pnpm-workspace.yaml).',
      );
      return { executable, version };
    },
    args: (bundle) => ['run', bundle],
  },
  {
    name: 'node 20 (/usr/bin/node)',
    async resolve() {
      const executable = '/usr/bin/node';
      const version = await versionOf(executable).catch(() => 'none');
      expectVersion('/usr/bin/node', version, /^v20\./, 'The machine Node 20 (as on CI) must be installed at /usr/bin/node.');
      return { executable, version };
    },
    args: (bundle) => [bundle],
  },
  {
    name: `node ${pinnedNode} (pinned)`,
    async resolve() {
      const executable = process.execPath;
      const version = await versionOf(executable);
      expectVersion(
        'pinned node',
        version,
        new RegExp(`^v${pinnedNode.replaceAll('.', '\\.')}$`),
        'Run vitest under the pinned Node (source scripts/toolchain.sh).',
      );
      return { executable, version };
    },
    args: (bundle) => [bundle],
  },
];

/** A clean environment: no proxy settings (Deno and Bun honour HTTP_PROXY), no update checks, caches in the temp dir. */
export function childEnv(tempDir: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tempDir,
    DENO_DIR: join(tempDir, 'deno'),
    DENO_NO_UPDATE_CHECK: '1',
    NO_PROXY: '127.0.0.1,localhost',
    NO_COLOR: '1',
    DO_NOT_TRACK: '1',
  };
}

/** Runs a bundle and returns the program's report line; stderr goes into the error when it fails. */
export async function runBundle(executable: string, args: string[], tempDir: string): Promise<string> {
  try {
    const { stdout } = await run(executable, args, { cwd: tempDir, env: childEnv(tempDir), timeout: 15_000, killSignal: 'SIGKILL' });
    return stdout.trim().split('\n').at(-1) ?? '';
  } catch (error) {
    const { stderr, code, signal } = error as { stderr?: string; code?: unknown; signal?: unknown };
    throw new Error(`${executable} ${args.join(' ')} failed (exit ${String(code)}, signal ${String(signal)}):\n${stderr ?? ''}`);
  }
}
