// The outputs that span every service: the private `@cloudexec/services` package (the manifest) and the
// standalone mock server's list of service models and its dependencies on every provider package. They are
// planned like a provider package (same diff, staging and --check), so a new spec needs no hand edit here.
import { CodegenError } from '../load/codegen-error.ts';
import { compareStrings, type GeneratedFile } from '../emit/helpers.ts';
import { readPackageFiles, type PackagePlan } from '../write.ts';
import { manifestModule, mockServerServicesModule } from './emit-manifest.ts';
import type { ServiceEntryData } from './service-entries.ts';

export const SERVICES_DIR = 'services';
export const SERVICES_PACKAGE = '@cloudexec/services';
export const MOCK_SERVER_DIR = 'mock-server';

type Json = Record<string, unknown>;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function parse(text: string, where: string): Json {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Json;
  } catch {
    // reported below
  }
  throw new CodegenError(`packages/${where}/package.json must contain a JSON object`);
}

/** `{ '@cloudexec/aliyun-ecs': 'workspace:*', … }` merged over `existing`, sorted by name. */
function withProviderDeps(existing: unknown, entries: readonly ServiceEntryData[]): Json {
  const deps: Json = { ...(existing !== null && typeof existing === 'object' ? (existing as Json) : {}) };
  for (const entry of entries) deps[entry.packageName] = 'workspace:*';
  return Object.fromEntries(Object.entries(deps).sort(([a], [b]) => compareStrings(a, b)));
}

const SERVICES_SCAFFOLD: GeneratedFile[] = [
  { path: 'src/index.ts', contents: "export * from './manifest.gen.ts';\n" },
  {
    path: 'tsconfig.json',
    contents: json({
      extends: '../../tsconfig.base.json',
      compilerOptions: { noEmit: true, allowImportingTsExtensions: true, customConditions: ['source'] },
      include: ['src'],
    }),
  },
];

/**
 * The manifest sits at src/manifest.gen.ts, outside src/generated/: spec-diff fingerprints every package with a
 * src/generated/ folder for changesets, and this private package is never released.
 */
async function servicesPlan(outDir: string, entries: readonly ServiceEntryData[]): Promise<PackagePlan> {
  const existing = await readPackageFiles(outDir, SERVICES_DIR, ['package.json', ...SERVICES_SCAFFOLD.map((file) => file.path)]);
  const current = existing.has('package.json') ? parse(existing.get('package.json')!, SERVICES_DIR) : {};
  const packageJson = {
    name: SERVICES_PACKAGE,
    version: '0.0.0',
    private: true,
    description: 'Generated manifest of every service and operation in specs/, for the tools and tests in this repository',
    license: 'MIT',
    type: 'module',
    exports: { '.': { source: './src/index.ts', default: './src/index.ts' } },
    ...current,
    scripts: { ...(current['scripts'] as Json | undefined), typecheck: 'tsc --noEmit -p tsconfig.json' },
    dependencies: withProviderDeps(current['dependencies'], entries),
  };
  return {
    dir: SERVICES_DIR,
    files: [
      { path: 'src/manifest.gen.ts', contents: manifestModule(entries) },
      { path: 'package.json', contents: json(packageJson) },
      ...SERVICES_SCAFFOLD.filter((file) => !existing.has(file.path)),
    ],
  };
}

/** Only when the packages root has a mock server (a scratch output folder usually has none). */
async function mockServerPlan(outDir: string, entries: readonly ServiceEntryData[]): Promise<PackagePlan | undefined> {
  const existing = await readPackageFiles(outDir, MOCK_SERVER_DIR, ['package.json']);
  const text = existing.get('package.json');
  if (text === undefined) return undefined;
  const current = parse(text, MOCK_SERVER_DIR);
  return {
    dir: MOCK_SERVER_DIR,
    files: [
      { path: 'src/generated/services.gen.ts', contents: mockServerServicesModule(entries) },
      { path: 'package.json', contents: json({ ...current, dependencies: withProviderDeps(current['dependencies'], entries) }) },
    ],
  };
}

export async function planManifest(outDir: string, entries: readonly ServiceEntryData[]): Promise<PackagePlan[]> {
  const plans = [await servicesPlan(outDir, entries)];
  const mockServer = await mockServerPlan(outDir, entries);
  if (mockServer) plans.push(mockServer);
  return plans;
}
