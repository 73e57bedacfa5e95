// One provider package alone in a fresh consumer project: install its tarball with plain npm, as a user would
// (plus the runtime and mock tarballs in the registry's place, msw and typescript), type-check a generated program under strict TypeScript and run
// it against the package's own MSW handlers.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { exec, tail, type ExecResult } from './exec.ts';
import { planFromModel, type ScratchPlan } from './scratch-plan.ts';
import { scratchManifest, scratchProgram, scratchTsconfig, type ScratchTarballs } from './scratch-program.ts';

export interface StepOutcome {
  ok: boolean;
  ms: number;
  /** Why it failed (trimmed output), or a note. */
  detail?: string;
}

export interface ScratchResult {
  install: StepOutcome;
  typecheck?: StepOutcome;
  run?: StepOutcome;
  plan?: ScratchPlan;
  ms: number;
}

// Reads the installed package the way a consumer's code would, so a broken `exports` map fails here too.
const INTROSPECT = `const name = process.argv[2];
const pkg = await import(name);
const msw = await import(name + '/msw');
const model = pkg.serviceModel;
const client = model && pkg[model.clientName + 'Client'];
const methods = typeof client === 'function' ? Object.getOwnPropertyNames(client.prototype).filter((m) => m !== 'constructor') : [];
process.stdout.write(JSON.stringify({ model, methods, handlers: Array.isArray(msw.handlers) ? msw.handlers.length : 0 }));
`;

function outcome(result: ExecResult, note?: string): StepOutcome {
  if (result.code === 0) return { ok: true, ms: result.ms, ...(note ? { detail: note } : {}) };
  return { ok: false, ms: result.ms, detail: tail(result) };
}

/** `@cloudexec/*` packages npm installed besides the expected ones (npm installs them flat). */
export function unexpectedWorkspacePackages(projectDir: string, expected: readonly string[]): string[] {
  const scope = path.join(projectDir, 'node_modules', '@cloudexec');
  if (!existsSync(scope)) return [];
  return readdirSync(scope)
    .map((entry) => `@cloudexec/${entry}`)
    .filter((name) => !expected.includes(name));
}

async function install(dir: string, env: NodeJS.ProcessEnv): Promise<ExecResult> {
  // npm, not pnpm: what a user has (CONTRIBUTING, release). msw and typescript usually come from npm's cache.
  return exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, env });
}

export async function verifyProviderAlone(packageName: string, tarballs: ScratchTarballs, dir: string, env: NodeJS.ProcessEnv): Promise<ScratchResult> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), scratchManifest(packageName, tarballs));
  const installed = await install(dir, env);
  let installOutcome = outcome(installed);
  if (installOutcome.ok) {
    const strays = unexpectedWorkspacePackages(dir, [packageName, ...Object.keys(tarballs.dependencies)]);
    if (strays.length > 0) installOutcome = { ok: false, ms: installed.ms, detail: `also installed: ${strays.join(', ')}` };
  }
  if (!installOutcome.ok) return { install: installOutcome, ms: elapsed() };

  writeFileSync(path.join(dir, 'introspect.mjs'), INTROSPECT);
  const introspected = await exec(process.execPath, ['introspect.mjs', packageName], { cwd: dir, env });
  if (introspected.code !== 0) return { install: installOutcome, run: outcome(introspected), ms: elapsed() };
  const found = JSON.parse(introspected.stdout) as { model: ServiceModel; methods: string[]; handlers: number };
  const plan = planFromModel(found.model, found.methods);
  writeFileSync(path.join(dir, 'main.ts'), scratchProgram(plan));
  writeFileSync(path.join(dir, 'tsconfig.json'), scratchTsconfig());

  const tsc = path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  const typecheck = outcome(await exec(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, env }));
  const ran = await exec(process.execPath, ['main.ts'], { cwd: dir, env });
  const skipped = plan.skipped.map((op) => `${op.action}: ${op.reason}`);
  let run = outcome(ran, `${plan.calls.length} operations${skipped.length > 0 ? `; not called: ${skipped.join(', ')}` : ''}`);
  if (run.ok && plan.calls.length === 0) run = { ok: false, ms: ran.ms, detail: 'no operation has a documented example to call' };
  if (run.ok && found.handlers === 0) run = { ok: false, ms: ran.ms, detail: `${packageName}/msw exports no handlers` };
  return { install: installOutcome, typecheck, run, plan, ms: elapsed() };
}
