import { afterEach, describe, expect, it } from 'vitest';
import { isProviderPackage, listPublicPackages, repoRootFromHere } from '../src/public-packages.ts';
import { json, tempDir, type TempDir } from './helpers/temp-dir.ts';

let dir: TempDir | undefined;
afterEach(() => dir?.remove());

const provider = (name: string) => ({ name, version: '1.2.0', exports: { '.': './dist/index.js', './msw': './dist/msw.js' } });

describe('listPublicPackages', () => {
  it('lists packages/* without "private": true, the runtime first, then by directory', () => {
    dir = tempDir({
      'packages/zeta/package.json': json(provider('@cloudexec/zeta')),
      'packages/alpha/package.json': json(provider('@cloudexec/alpha')),
      'packages/runtime/package.json': json({ name: '@cloudexec/runtime', version: '0.1.0', exports: { '.': './dist/index.js' } }),
      'packages/tests/package.json': json({ name: '@cloudexec/tests', private: true }),
      'packages/notes/README.md': '# not a package\n',
      'tools/gen/package.json': json({ name: '@cloudexec/gen' }),
    });
    const found = listPublicPackages(dir.root);
    expect(found.map((pkg) => [pkg.name, pkg.dir])).toEqual([
      ['@cloudexec/runtime', 'packages/runtime'],
      ['@cloudexec/alpha', 'packages/alpha'],
      ['@cloudexec/zeta', 'packages/zeta'],
    ]);
    expect(found.map(isProviderPackage)).toEqual([false, true, true]);
  });

  it('defaults a missing version to 0.0.0 and keeps "private": false packages', () => {
    dir = tempDir({ 'packages/x/package.json': json({ name: '@cloudexec/x', private: false }) });
    expect(listPublicPackages(dir.root).map((pkg) => pkg.manifest.version)).toEqual(['0.0.0']);
  });

  it('finds the runtime among the repository public packages, and no private package', () => {
    const found = listPublicPackages(repoRootFromHere());
    expect(found[0]?.name).toBe('@cloudexec/runtime');
    expect(found.every((pkg) => pkg.manifest['private'] !== true)).toBe(true);
  });
});
