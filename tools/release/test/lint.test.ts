// publint and are-the-types-wrong on real tarballs: fixture packages packed with pnpm.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackage, parsePackJson } from '../src/pack.ts';
import { lintPackages, lintTarball } from '../src/run-lint.ts';
import { childEnv } from '../src/release-steps.ts';
import { goodFiles, goodManifest } from './helpers/fixture-package.ts';
import { json, tempDir, type TempDir } from './helpers/temp-dir.ts';

let repo: TempDir;
const tarballs = new Map<string, string>();
const pkg = (dir: string) => ({ name: `@cloudexec/${dir}`, dir: `packages/${dir}`, manifest: { name: `@cloudexec/${dir}`, version: '1.0.0' } });

function writePackage(dir: string, manifest: Record<string, unknown>, files: Record<string, string>): void {
  repo.write(
    `packages/${dir}/package.json`,
    json({
      ...manifest,
      name: `@cloudexec/${dir}`,
      repository: { type: 'git', url: 'git+https://github.com/cloudexec/cloudexec.git', directory: `packages/${dir}` },
    }),
  );
  for (const [file, contents] of Object.entries(files)) repo.write(`packages/${dir}/${file}`, contents);
}

beforeAll(async () => {
  repo = tempDir();
  writePackage('good', goodManifest(), goodFiles());
  // Types that are not there, and an implementation file in CommonJS syntax under "type": "module".
  const broken = goodFiles();
  delete broken['dist/msw.d.ts'];
  broken['dist/index.js'] = 'module.exports = { thing: 1 };\n';
  writePackage('broken', goodManifest(), broken);
  writePackage('unbuilt', goodManifest(), { 'README.md': 'x' });
  const out = path.join(repo.root, 'tarballs');
  for (const dir of ['good', 'broken']) tarballs.set(dir, (await packPackage(path.join(repo.root, 'packages', dir), out, childEnv())).tarball);
}, 60_000);
afterAll(() => repo.remove());

describe('lintTarball', () => {
  it('finds nothing in a clean ESM package', async () => {
    expect(await lintTarball(pkg('good'), tarballs.get('good') ?? '')).toEqual([]);
  });

  it('reports hygiene, publint and are-the-types-wrong problems by package and rule', async () => {
    const findings = await lintTarball(pkg('broken'), tarballs.get('broken') ?? '');
    const rules = findings.map((finding) => `${finding.severity} ${finding.rule}`);
    expect(rules).toContain('error manifest/exports-types');
    expect(rules).toContain('error publint/FILE_DOES_NOT_EXIST');
    expect(rules).toContain('warning publint/FILE_INVALID_FORMAT');
    expect(rules.filter((rule) => rule === 'error attw/UntypedResolution')).toHaveLength(2);
    expect(findings.every((finding) => finding.package === '@cloudexec/broken')).toBe(true);
    const publint = findings.find((finding) => finding.rule === 'publint/FILE_INVALID_FORMAT');
    expect(publint?.message).toBe(
      'pkg.exports["."].default is ./dist/index.js and is written in CJS, but is interpreted as ESM. Consider using the .cjs extension, e.g. ./dist/index.cjs',
    );
    const attw = findings.find((finding) => finding.rule === 'attw/UntypedResolution');
    expect(attw?.message).toBe('./msw (node16-esm): Import resolved to JavaScript files, but no type declarations were found.');
  });
});

describe('lintPackages', () => {
  it('packs each public package of a tree and asks for a build when dist/ is missing', async () => {
    const report = await lintPackages({ root: repo.root });
    expect(report.packages.sort()).toEqual(['@cloudexec/broken', '@cloudexec/good', '@cloudexec/unbuilt']);
    expect(report.findings.filter((finding) => finding.package === '@cloudexec/good')).toEqual([]);
    expect(report.findings.filter((finding) => finding.package === '@cloudexec/unbuilt')).toEqual([
      { package: '@cloudexec/unbuilt', severity: 'error', rule: 'manifest/not-built', message: 'packages/unbuilt/dist is missing; run `pnpm build` first' },
    ]);
  }, 60_000);
});

describe('parsePackJson', () => {
  it('skips what pnpm prints before the JSON document', () => {
    const parsed = parsePackJson('WARN something\n{\n  "name": "a", "version": "1.0.0", "filename": "a-1.0.0.tgz", "files": [{ "path": "x.js" }]\n}\n');
    expect(parsed.filename).toBe('a-1.0.0.tgz');
  });
});
