// load → validate → normalize → emit → write. Every package is planned in memory first; only when
// all of them succeeded does write.ts touch the disk (or, with `check`, only compare).
import path from 'node:path';
import { compareStrings, GENERATED_DIR, type EmitContext, type GeneratedFile } from './emit/helpers.ts';
import { mergePackageJson } from './emit/package-json.ts';
import { mergeReadme, readmeSection } from './emit/readme.ts';
import { emitters } from './emit/registry.ts';
import { friendlyTypeNames } from './emit/types.ts';
import { CodegenError } from './load/codegen-error.ts';
import { loadValidatedSpecs, type LoadedService } from './load/load-specs.ts';
import { planManifest } from './manifest/plan-manifest.ts';
import { serviceEntry, sortedEntries, type ServiceEntryData } from './manifest/service-entries.ts';
import { normalizeService } from './model/normalize.ts';
import { missingScaffoldFiles, scaffoldFiles } from './scaffold/scaffold-files.ts';
import { applyChanges, diffPackage, readPackageFiles, type FileChange, type PackagePlan } from './write.ts';

export interface GenerateOptions {
  /** Directory holding `<provider>/<service>.yaml`, the common files and extensions.schema.json. */
  specsDir: string;
  /** Packages root: each package is written to `<outDir>/<name without scope>`. */
  outDir: string;
  /** Compare only: nothing is written. */
  check?: boolean;
}

export interface PackageReport {
  packageName: string;
  dir: string;
  operations: number;
  /** Named type exports in types.gen.ts. */
  types: number;
  /** Files that differ from the disk (written, or stale under `check`), including deletions. */
  changes: FileChange[];
  unchanged: number;
  milliseconds: number;
}

export interface GenerateResult {
  packages: PackageReport[];
  /** Outputs that span every service: the `@cloudexec/services` manifest, the mock server's service list. */
  shared: PackageReport[];
  check: boolean;
  milliseconds: number;
}

interface PlannedOutput {
  plan: PackagePlan;
  report: Omit<PackageReport, 'changes' | 'unchanged' | 'milliseconds'>;
  /** Time spent normalizing and emitting. */
  planMilliseconds: number;
}

interface PlannedPackage extends PlannedOutput {
  /** This service's entry in the generated manifest. */
  entry: ServiceEntryData;
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const outDir = path.resolve(options.outDir);
  const services = await loadValidatedSpecs(options.specsDir);
  const planned: PlannedPackage[] = [];
  for (const service of services) planned.push(await planPackage(service, outDir));
  assertDistinctPackages(planned);
  const sharedStarted = performance.now();
  const entries = sortedEntries(planned.map((item) => item.entry));
  const operations = entries.reduce((total, entry) => total + entry.operations.length, 0);
  const shared: PlannedOutput[] = (await planManifest(outDir, entries)).map((plan) => ({
    plan,
    report: { packageName: `packages/${plan.dir} (manifest)`, dir: plan.dir, operations, types: 0 },
    planMilliseconds: performance.now() - sharedStarted,
  }));

  const diffed = async (items: readonly PlannedOutput[]) => {
    const reports: PackageReport[] = [];
    const diffs = [];
    for (const { plan, report, planMilliseconds } of items) {
      const diffStarted = performance.now();
      const diff = await diffPackage(outDir, plan);
      diffs.push(diff);
      const milliseconds = planMilliseconds + performance.now() - diffStarted;
      reports.push({ ...report, changes: diff.changes, unchanged: diff.unchanged.length, milliseconds });
    }
    return { reports, diffs };
  };
  const packages = await diffed(planned);
  const sharedOutputs = await diffed(shared);
  if (!options.check) {
    await applyChanges(
      outDir,
      [...planned, ...shared].map((item) => item.plan),
      [...packages.diffs, ...sharedOutputs.diffs],
    );
  }
  return { packages: packages.reports, shared: sharedOutputs.reports, check: options.check ?? false, milliseconds: performance.now() - started };
}

/** Everything one spec produces, merged with what the package already has on disk. */
export async function planPackage(service: LoadedService, outDir: string): Promise<PlannedPackage> {
  const started = performance.now();
  const model = normalizeService(service);
  const dir = packageDirOf(model.packageName, service.specFile);
  const ctx: EmitContext = {
    specFile: model.specFile,
    packageName: model.packageName,
    packageDir: dir,
    runtimeImport: '@cloudexec/runtime',
    spec: service.doc,
  };

  const generated: GeneratedFile[] = [];
  for (const emitter of emitters) generated.push(...(await emitter.emit(model, ctx)));
  assertGeneratedPaths(generated, `${service.specFile} (${model.packageName})`);

  const scaffoldPaths = scaffoldFiles(dir).map((file) => file.path);
  const existing = await readPackageFiles(outDir, dir, ['package.json', 'README.md', ...scaffoldPaths]);
  const files: GeneratedFile[] = [
    ...generated.sort((a, b) => compareStrings(a.path, b.path)),
    { path: 'package.json', contents: mergePackageJson(existing.get('package.json'), model, ctx) },
    { path: 'README.md', contents: mergeReadme(existing.get('README.md'), readmeSection(model, ctx), model, ctx) },
    ...missingScaffoldFiles(dir, new Set(existing.keys())),
  ];
  return {
    plan: { dir, files },
    report: { packageName: model.packageName, dir, operations: model.operations.length, types: friendlyTypeNames(service.doc).length },
    entry: serviceEntry(model, dir),
    planMilliseconds: performance.now() - started,
  };
}

/** `@cloudexec/tencent-tat` → `tencent-tat`. */
export function packageDirOf(packageName: string, specFile: string): string {
  const match = /^(?:@[a-z0-9-]+\/)?([a-z0-9][a-z0-9-]*)$/.exec(packageName);
  if (!match?.[1]) throw new CodegenError(`${specFile}: x-cloudexec-service.package '${packageName}' is not a valid npm package name`);
  return match[1];
}

function assertGeneratedPaths(files: readonly GeneratedFile[], source: string): void {
  const seen = new Set<string>();
  for (const file of files) {
    if (!file.path.startsWith(`${GENERATED_DIR}/`) || !file.path.endsWith('.gen.ts') || file.path.includes('..')) {
      throw new Error(`emitter output ${file.path} for ${source} is outside ${GENERATED_DIR}/*.gen.ts`);
    }
    if (seen.has(file.path)) throw new Error(`two emitters produced ${file.path} for ${source}`);
    seen.add(file.path);
  }
}

function assertDistinctPackages(planned: readonly PlannedPackage[]): void {
  const seen = new Map<string, string>();
  for (const { report } of planned) {
    const other = seen.get(report.dir);
    if (other) throw new CodegenError(`${report.packageName} and ${other} would both be written to packages/${report.dir}`);
    seen.set(report.dir, report.packageName);
  }
}
