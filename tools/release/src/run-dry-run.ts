// release:dry-run: copy the working tree to a temporary directory, run the release there (changesets,
// build, pack), then install each provider package alone in a fresh project and use it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dependencyRange, runtimeRangeProblem } from './dependency-range.ts';
import type { Finding } from './finding.ts';
import { packPackage, readPackedManifest, type PackedPackage } from './pack.ts';
import { isProviderPackage, listPublicPackages, PROVIDER_DEPENDENCIES, RUNTIME_PACKAGE, type PublicPackage } from './public-packages.ts';
import { childEnv, prepareRelease, type TimedStep } from './release-steps.ts';
import type { PackageRow } from './report-table.ts';
import { rowOk } from './report-table.ts';
import { lintTarball } from './run-lint.ts';
import { verifyProviderAlone } from './scratch-project.ts';
import { copyWorkingTree } from './workspace-copy.ts';

export interface DryRunOptions {
  root: string;
  /** Provider packages to verify, by name or directory (`tencent-tat`); default: all of them. */
  only?: readonly string[];
  /** Also run packages:lint on the packed tarballs. */
  lint?: boolean;
  /** Keep the temporary directory (its path is in the report). */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface DryRunReport {
  ok: boolean;
  rows: PackageRow[];
  steps: TimedStep[];
  /** packages:lint findings on the tarballs (with `lint`). */
  findings: Finding[];
  /** A preparation step that failed (the rows are then empty). */
  error?: string;
  workDir: string;
  kept: boolean;
}

export function selectPackages(all: readonly PublicPackage[], only: readonly string[] | undefined): PublicPackage[] {
  if (!only || only.length === 0) return [...all];
  const wanted = new Set(only);
  const unknown = only.filter((name) => !all.some((pkg) => pkg.name === name || path.basename(pkg.dir) === name));
  if (unknown.length > 0) throw new Error(`not a public package: ${unknown.join(', ')}`);
  return all.filter((pkg) => (PROVIDER_DEPENDENCIES as readonly string[]).includes(pkg.name) || wanted.has(pkg.name) || wanted.has(path.basename(pkg.dir)));
}

/** Install, typecheck and run of one provider package alone; install fails too when its runtime range misses. */
async function providerSteps(
  pkg: PublicPackage,
  tarball: PackedPackage,
  runtime: PackedPackage,
  dependencies: Readonly<Record<string, string>>,
  scratchDir: string,
  env: NodeJS.ProcessEnv,
): Promise<Pick<PackageRow, 'install' | 'typecheck' | 'run' | 'ms'>> {
  const result = await verifyProviderAlone(pkg.name, { provider: tarball.tarball, dependencies }, scratchDir, env);
  const rangeProblem = runtimeRangeProblem(dependencyRange(await readPackedManifest(tarball.tarball), RUNTIME_PACKAGE), runtime.version);
  const install = rangeProblem && result.install.ok ? { ok: false, ms: result.install.ms, detail: rangeProblem } : result.install;
  return { install, ms: result.ms, ...(result.typecheck ? { typecheck: result.typecheck } : {}), ...(result.run ? { run: result.run } : {}) };
}

export async function runDryRun(options: DryRunOptions): Promise<DryRunReport> {
  const log = options.log ?? (() => {});
  const selected = selectPackages(listPublicPackages(options.root), options.only);
  if (!selected.some((pkg) => pkg.name === RUNTIME_PACKAGE)) throw new Error(`${RUNTIME_PACKAGE} is not among the public packages`);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'cloudexec-release-'));
  const repo = path.join(workDir, 'repo');
  const tarballDir = path.join(workDir, 'tarballs');
  const env = childEnv();
  const steps: TimedStep[] = [];
  const rows: PackageRow[] = [];
  const findings: Finding[] = [];
  const report = (ok: boolean, error?: string): DryRunReport => ({
    ok,
    rows,
    steps,
    findings,
    workDir,
    kept: options.keep === true,
    ...(error ? { error } : {}),
  });
  try {
    const copyStarted = performance.now();
    const copied = copyWorkingTree(options.root, repo);
    steps.push({ step: `copy ${copied} files`, ms: Math.round(performance.now() - copyStarted) });
    log(`copied ${copied} files to ${repo}`);
    steps.push(
      ...(await prepareRelease(
        repo,
        selected.map((pkg) => pkg.name),
        env,
      )),
    );
    log(`prepared: ${steps.map((step) => step.step).join(', ')}`);
    mkdirSync(tarballDir, { recursive: true });
    const packed = new Map<string, PackedPackage>();
    for (const pkg of selected) packed.set(pkg.name, await packPackage(path.join(repo, pkg.dir), tarballDir, env));
    const runtime = packed.get(RUNTIME_PACKAGE);
    if (!runtime) throw new Error(`${RUNTIME_PACKAGE} was not packed`);
    const dependencies: Record<string, string> = {};
    for (const name of PROVIDER_DEPENDENCIES) {
      const dependency = packed.get(name);
      if (!dependency) throw new Error(`${name} was not packed`);
      dependencies[name] = dependency.tarball;
    }
    // The providers' scratch projects are independent and mostly wait on npm and tsc: verified side by side.
    const verified = await Promise.all(
      selected.map(async (pkg): Promise<PackageRow | undefined> => {
        const tarball = packed.get(pkg.name);
        if (!tarball) return undefined;
        const row: PackageRow = { name: pkg.name, version: tarball.version, bytes: tarball.bytes, files: tarball.files.length, ms: tarball.ms };
        if (!isProviderPackage(pkg)) return row;
        log(`installing ${pkg.name} alone`);
        const provider = await providerSteps(pkg, tarball, runtime, dependencies, path.join(workDir, 'scratch', path.basename(pkg.dir)), env);
        return Object.assign(row, provider, { ms: row.ms + provider.ms });
      }),
    );
    rows.push(...verified.filter((row) => row !== undefined));
    if (options.lint) {
      const lintStarted = performance.now();
      for (const pkg of selected) {
        const tarball = packed.get(pkg.name);
        if (tarball) findings.push(...(await lintTarball(pkg, tarball.tarball)));
      }
      steps.push({ step: 'packages:lint', ms: Math.round(performance.now() - lintStarted) });
    }
    return report(rows.every(rowOk) && !findings.some((finding) => finding.severity === 'error'));
  } catch (error) {
    return report(false, error instanceof Error ? error.message : String(error));
  } finally {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
}
