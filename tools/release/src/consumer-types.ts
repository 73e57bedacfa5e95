// The TypeScript support range checked on the packed packages: a consumer project with the tarballs unpacked
// into node_modules, type-checked by the oldest (5.0) and the newest supported TypeScript under `nodenext` and
// `bundler` resolution, with skipLibCheck off so our declarations themselves are checked
// (decisions/0010-support-policy.md).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { exec, mustExec } from './exec.ts';

export const OLDEST_TYPESCRIPT = '5.0.4';
export const RESOLUTIONS = ['nodenext', 'bundler'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/**
 * typescript@5.0 from the npm registry, installed once into a cache outside the workspace (the workspace pins the
 * newest). Later runs reuse it; npm's own cache makes a reinstall offline.
 */
export async function oldestTypescript(cacheRoot = path.join(homedir(), '.cache', 'cloudexec')): Promise<string> {
  const dir = path.join(cacheRoot, `typescript-${OLDEST_TYPESCRIPT}`);
  const tsc = path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  if (existsSync(tsc)) return tsc;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
  await mustExec(
    'npm install typescript',
    'npm',
    ['install', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', `typescript@${OLDEST_TYPESCRIPT}`],
    { cwd: dir },
  );
  return tsc;
}

export function consumerTsconfig(resolution: Resolution, files: readonly string[]): string {
  const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
  // No `lib`-dependent or 5.x-only options: TypeScript 5.0 must accept the file as it is.
  const compilerOptions = {
    strict: true,
    noEmit: true,
    module,
    moduleResolution: resolution,
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: [],
    skipLibCheck: false,
  };
  return `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`;
}

/** Type-checks `files` in `dir` with one tsc; resolves to the compiler's output ('' when clean) or throws on a crash. */
export async function typecheckConsumer(
  tsc: string,
  dir: string,
  resolution: Resolution,
  files: readonly string[],
  config: string,
): Promise<{ ok: boolean; output: string }> {
  writeFileSync(path.join(dir, config), consumerTsconfig(resolution, files));
  const result = await exec(process.execPath, [tsc, '-p', config], { cwd: dir });
  return { ok: result.code === 0, output: `${result.stdout}${result.stderr}`.trim() };
}
