// The release as CI would run it, on the scratch copy: install from the store, apply pending changesets,
// record the released fingerprints (spec-diff), build the public packages.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { mustExec, type ExecResult } from './exec.ts';

export interface TimedStep {
  step: string;
  ms: number;
}

/** The environment for child steps: CI mode, no inherited `pnpm run` package context, no extra conditions. */
export function childEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, CI: 'true', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
  // NODE_OPTIONS could carry `--conditions=source`, which would hide a broken dist.
  delete env['NODE_OPTIONS'];
  for (const key of Object.keys(env)) if (/^npm_(package|lifecycle)_/.test(key)) delete env[key];
  return env;
}

/** `.changeset/*.md` files other than the README: the changesets `changeset version` would apply. */
export function pendingChangesets(root: string): string[] {
  const dir = path.join(root, '.changeset');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
    .sort();
}

async function installWorkspace(cwd: string, env: NodeJS.ProcessEnv): Promise<ExecResult> {
  try {
    return await mustExec('pnpm install --offline', 'pnpm', ['install', '--offline', '--frozen-lockfile'], { cwd, env });
  } catch {
    // A package missing from the store: let pnpm fetch it once.
    return mustExec('pnpm install', 'pnpm', ['install', '--prefer-offline', '--frozen-lockfile'], { cwd, env });
  }
}

/** Runs the release preparation in `cwd` (the scratch copy); `packages` are the names to build. */
export async function prepareRelease(cwd: string, packages: readonly string[], env: NodeJS.ProcessEnv): Promise<TimedStep[]> {
  const steps: TimedStep[] = [];
  const timed = async (step: string, run: () => Promise<ExecResult>): Promise<void> => {
    steps.push({ step, ms: (await run()).ms });
  };
  await timed('pnpm install', () => installWorkspace(cwd, env));
  // changesets 3 exits 1 when nothing is pending; then nothing is released and versions stay as they are.
  if (pendingChangesets(cwd).length > 0) {
    await timed('changeset version', () => mustExec('changeset version', 'pnpm', ['changeset', 'version'], { cwd, env }));
    await timed('changeset:check --record-release', () => mustExec('record release', 'pnpm', ['changeset:check', '--record-release'], { cwd, env }));
  } else {
    steps.push({ step: 'changeset version (skipped: no pending changesets)', ms: 0 });
  }
  const filters = packages.flatMap((name) => ['--filter', name]);
  await timed('build', () => mustExec('build', 'pnpm', [...filters, 'run', 'build'], { cwd, env }));
  return steps;
}
