// Hygiene rules for one packed package: what a consumer and the registry need besides working code.
// They read the manifest as published (publishConfig applied) and the tarball's files.
import type { Finding, Severity } from './finding.ts';

export interface PackedView {
  package: string;
  /** Repo-relative directory, e.g. `packages/tencent-tat` (repository.directory must name it). */
  dir: string;
  /** package.json inside the tarball. */
  manifest: Record<string, unknown>;
  /** Paths inside the tarball (without the `package/` prefix) and their bytes. */
  files: ReadonlyMap<string, Uint8Array>;
}

type Rule = (view: PackedView) => Array<[Severity, string, string]>;

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

const has = (view: PackedView, file: string): boolean => view.files.has(file.replace(/^\.\//, ''));

const readme: Rule = (view) => {
  const file = [...view.files.keys()].find((name) => /^readme(\.md)?$/i.test(name));
  if (!file) return [['error', 'readme', 'the tarball has no README.md']];
  return (view.files.get(file)?.length ?? 0) < 200 ? [['warning', 'readme', `${file} is under 200 bytes`]] : [];
};

const license: Rule = (view) => {
  const out: Array<[Severity, string, string]> = [];
  if (typeof view.manifest['license'] !== 'string') out.push(['error', 'license', 'package.json has no "license"']);
  if (![...view.files.keys()].some((name) => /^licen[sc]e(\.md|\.txt)?$/i.test(name))) out.push(['error', 'license', 'the tarball has no LICENSE file']);
  return out;
};

const repository: Rule = (view) => {
  const repo = record(view.manifest['repository']);
  if (!repo || typeof repo['url'] !== 'string') return [['error', 'repository', 'package.json has no "repository" with a "url"']];
  if (repo['directory'] !== view.dir) return [['error', 'repository', `repository.directory is ${JSON.stringify(repo['directory'])}, expected "${view.dir}"`]];
  return [];
};

const engines: Rule = (view) =>
  typeof record(view.manifest['engines'])?.['node'] === 'string' ? [] : [['error', 'engines', 'package.json has no "engines.node"']];

const moduleType: Rule = (view) => (view.manifest['type'] === 'module' ? [] : [['error', 'type', '"type" is not "module" (the packages are ESM-only)']]);

const files: Rule = (view) =>
  Array.isArray(view.manifest['files']) ? [] : [['error', 'files', 'package.json has no "files" allow-list, so everything not ignored is published']];

const sideEffects: Rule = (view) => {
  const value = view.manifest['sideEffects'];
  return value === false || Array.isArray(value)
    ? []
    : [['error', 'side-effects', '"sideEffects" is not declared (false or a list), so bundlers cannot drop unused modules']];
};

const publishConfig: Rule = (view) => {
  const config = record(view.manifest['publishConfig']);
  const out: Array<[Severity, string, string]> = [];
  if (config?.['access'] !== 'public')
    out.push(['error', 'publish-config', 'publishConfig.access is not "public" (a scoped package would publish as restricted)']);
  if (config?.['provenance'] !== true) out.push(['error', 'publish-config', 'publishConfig.provenance is not true']);
  return out;
};

const workspaceRanges: Rule = (view) =>
  ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
    Object.entries(record(view.manifest[field]) ?? {})
      .filter(([, range]) => typeof range === 'string' && range.startsWith('workspace:'))
      .map(([name, range]): [Severity, string, string] => ['error', 'workspace-range', `${field}.${name} is still ${String(range)}`]),
  );

/** Every export subpath: conditions as published, a `types` condition, and no condition pointing at an unpublished file. */
const exportsMap: Rule = (view) => {
  const exports = record(view.manifest['exports']);
  if (!exports) return [['error', 'exports', 'package.json has no "exports" map']];
  const out: Array<[Severity, string, string]> = [];
  const unpublishedSource: string[] = [];
  if (!('.' in exports)) out.push(['error', 'exports', 'exports has no "." entry']);
  // Bundlers and tools read `<name>/package.json`; without this entry the exports map hides it.
  if (exports['./package.json'] !== './package.json') out.push(['error', 'exports-package-json', 'exports has no "./package.json": "./package.json" entry']);
  for (const [subpath, target] of Object.entries(exports)) {
    if (subpath === './package.json') continue;
    const conditions = record(target);
    if (!conditions) {
      out.push(['error', 'exports-types', `exports["${subpath}"] is a bare path; give it "types" and "default" conditions`]);
      continue;
    }
    const types = conditions['types'];
    if (typeof types !== 'string') out.push(['error', 'exports-types', `exports["${subpath}"] has no "types" condition`]);
    else if (!has(view, types)) out.push(['error', 'exports-types', `exports["${subpath}"].types → ${types} is not in the tarball`]);
    for (const [condition, file] of Object.entries(conditions)) {
      if (condition === 'types' || typeof file !== 'string' || has(view, file)) continue;
      if (condition === 'source') unpublishedSource.push(subpath);
      else out.push(['error', 'exports-missing-file', `exports["${subpath}"].${condition} → ${file} is not in the tarball`]);
    }
  }
  if (unpublishedSource.length > 0) {
    const where = unpublishedSource.map((subpath) => `"${subpath}"`).join(', ');
    out.push([
      'error',
      'exports-source-condition',
      `the published exports keep the "source" condition (${where}) pointing at src/ files that are not in the tarball; a consumer resolving with a "source" condition (TypeScript customConditions, bundlers) gets a missing file. Publish exports without it (publishConfig.exports)`,
    ]);
  }
  return out;
};

const bin: Rule = (view) => {
  const value = view.manifest['bin'];
  const targets = typeof value === 'string' ? { [view.package]: value } : (record(value) ?? {});
  return Object.entries(targets)
    .filter(([, file]) => typeof file !== 'string' || !has(view, file))
    .map(([name, file]): [Severity, string, string] => ['error', 'bin', `bin.${name} → ${String(file)} is not in the tarball`]);
};

/** Source maps whose `sources` are not published send debuggers and stack-trace tools to missing files. */
const sourceMaps: Rule = (view) => {
  const maps = [...view.files.keys()].filter((name) => name.endsWith('.js.map'));
  const dangling = maps.filter((name) => {
    const parsed = JSON.parse(new TextDecoder().decode(view.files.get(name))) as { sources?: string[]; sourcesContent?: unknown[] };
    if (Array.isArray(parsed.sourcesContent) && parsed.sourcesContent.length > 0) return false;
    const base = name.split('/').slice(0, -1);
    return (parsed.sources ?? []).some((source) => !view.files.has(resolveRelative(base, source)));
  });
  if (dangling.length === 0) return [];
  return [
    [
      'warning',
      'source-maps',
      `${dangling.length} of ${maps.length} .js.map files point at sources that are not published (e.g. ${dangling[0]}); set "sourceMap": false or "inlineSources": true in tsconfig.build.json`,
    ],
  ];
};

function resolveRelative(base: string[], relative: string): string {
  const parts = [...base];
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export const MANIFEST_RULES: Rule[] = [
  readme,
  license,
  repository,
  engines,
  moduleType,
  files,
  sideEffects,
  publishConfig,
  workspaceRanges,
  exportsMap,
  bin,
  sourceMaps,
];

export function checkPackedPackage(view: PackedView): Finding[] {
  return MANIFEST_RULES.flatMap((rule) =>
    rule(view).map(([severity, name, message]) => ({ package: view.package, severity, rule: `manifest/${name}`, message })),
  );
}
