// package.json is merged, never overwritten: the generator owns the publishing shape (name, exports,
// dependencies …) and leaves `version` (changesets writes it) and every key it does not know alone.
import { wireProtocol } from '@cloudexec/runtime';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { CodegenError } from '../load/codegen-error.ts';
import type { EmitContext } from './helpers.ts';

export const MSW_VERSION = '3.0.5';
// msw 2 (Node 20 users' test suites) and 3: the generated msw.gen.ts uses only API common to both
// (tools/release checks a provider's handlers under the latest msw 2 too).
export const MSW_PEER_RANGE = '^2.0.0 || ^3.0.0';
/** decisions/0010-support-policy.md: clients run on Node 20.19+ (require of ESM), Node 22 and 24 are supported. */
export const CLIENT_NODE_RANGE = '>=20.19';
/** tsc, then the declarations' relative `.ts` specifiers become `.js` (tools/release/src/rewrite-declarations.ts). */
export const BUILD_SCRIPT = 'rm -rf dist && tsc -p tsconfig.build.json && node ../../tools/release/src/rewrite-declarations.ts dist';
export const REPOSITORY_URL = 'git+https://github.com/cloudexec/cloudexec.git';

type Json = Record<string, unknown>;

/** Keys in the order a merged package.json lists them; unknown keys follow in their existing order. */
const KEY_ORDER = [
  'name',
  'version',
  'private',
  'description',
  'keywords',
  'license',
  'repository',
  'homepage',
  'bugs',
  'type',
  'sideEffects',
  'engines',
  'exports',
  'files',
  'publishConfig',
  'scripts',
  'dependencies',
  'peerDependencies',
  'peerDependenciesMeta',
  'devDependencies',
] as const;

function entry(name: string): Json {
  return { source: `./src/${name}.ts`, ...published(name) };
}

/** Published exports drop the in-repo `source` condition: src/ is not in the tarball. */
function published(name: string): Json {
  return { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` };
}

/** What the generator decides, whatever the file said before. */
function ownedFields(model: ServiceModel, ctx: EmitContext): Json {
  return {
    name: model.packageName,
    license: 'MIT',
    repository: { type: 'git', url: REPOSITORY_URL, directory: `packages/${ctx.packageDir}` },
    type: 'module',
    sideEffects: false,
    engines: { node: CLIENT_NODE_RANGE },
    // `./package.json` too: bundlers and tools read it through the exports map.
    exports: { '.': entry('index'), './msw': entry('msw'), './package.json': './package.json' },
    files: ['dist', 'README.md', 'CHANGELOG.md'],
    publishConfig: {
      access: 'public',
      provenance: true,
      exports: { '.': published('index'), './msw': published('msw'), './package.json': './package.json' },
    },
    // The `/msw` entry builds on the mock engine; the client entry never reaches it (runtime's tree-shaking test).
    dependencies: { '@cloudexec/mock': 'workspace:^', '@cloudexec/runtime': 'workspace:^' },
    peerDependencies: { msw: MSW_PEER_RANGE },
    peerDependenciesMeta: { msw: { optional: true } },
  };
}

function describe(model: ServiceModel): string {
  return `Typed ${wireProtocol(model.protocol).vendor} ${model.service.service.toUpperCase()} client with mock handlers for tests`;
}

function asObject(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

/**
 * Merges the generator's fields into an existing package.json text (or starts one). `version` is kept
 * (0.0.0 for a new package), `description` is only filled in when missing, `scripts` and
 * `devDependencies` keep their other entries, unknown keys are kept.
 */
export function mergePackageJson(existingText: string | undefined, model: ServiceModel, ctx: EmitContext): string {
  const existing = existingText === undefined ? {} : parsePackageJson(existingText, ctx.packageDir);
  const merged: Json = {
    ...existing,
    ...ownedFields(model, ctx),
    version: typeof existing.version === 'string' ? existing.version : '0.0.0',
    description: typeof existing.description === 'string' ? existing.description : describe(model),
    scripts: {
      ...asObject(existing.scripts),
      build: BUILD_SCRIPT,
      typecheck: 'tsc --noEmit -p tsconfig.json',
    },
    devDependencies: { ...asObject(existing.devDependencies), msw: MSW_VERSION },
  };
  const ordered: Json = {};
  for (const key of KEY_ORDER) if (key in merged) ordered[key] = merged[key];
  for (const [key, value] of Object.entries(merged)) if (!(key in ordered)) ordered[key] = value;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function parsePackageJson(text: string, dir: string): Json {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CodegenError(`packages/${dir}/package.json is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CodegenError(`packages/${dir}/package.json must contain a JSON object`);
  }
  return parsed as Json;
}
