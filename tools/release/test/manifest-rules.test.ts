import { describe, expect, it } from 'vitest';
import { checkPackedPackage } from '../src/manifest-rules.ts';
import { goodFiles, goodManifest, view } from './helpers/fixture-package.ts';

type Manifest = Record<string, unknown>;

function rulesFor(change: (manifest: Manifest, files: Record<string, string>) => void): string[] {
  const manifest = goodManifest();
  const files = goodFiles();
  change(manifest, files);
  return checkPackedPackage(view(manifest, files)).map((finding) => `${finding.severity} ${finding.rule}`);
}

describe('manifest rules', () => {
  it('find nothing in a package shaped as the rules want', () => {
    expect(checkPackedPackage(view())).toEqual([]);
  });

  it.each<[string, (manifest: Manifest, files: Record<string, string>) => void, string]>([
    ['no README', (_, files) => delete files['README.md'], 'error manifest/readme'],
    ['a stub README', (_, files) => (files['README.md'] = '# thing\n'), 'warning manifest/readme'],
    ['no LICENSE file', (_, files) => delete files['LICENSE'], 'error manifest/license'],
    ['no license field', (manifest) => delete manifest['license'], 'error manifest/license'],
    ['no repository', (manifest) => delete manifest['repository'], 'error manifest/repository'],
    [
      'another repository directory',
      (manifest) => (manifest['repository'] = { type: 'git', url: 'x', directory: 'packages/other' }),
      'error manifest/repository',
    ],
    ['no engines', (manifest) => delete manifest['engines'], 'error manifest/engines'],
    ['CommonJS type', (manifest) => delete manifest['type'], 'error manifest/type'],
    ['no files allow-list', (manifest) => delete manifest['files'], 'error manifest/files'],
    ['no sideEffects', (manifest) => delete manifest['sideEffects'], 'error manifest/side-effects'],
    ['restricted access', (manifest) => (manifest['publishConfig'] = { provenance: true }), 'error manifest/publish-config'],
    ['no provenance', (manifest) => (manifest['publishConfig'] = { access: 'public' }), 'error manifest/publish-config'],
    ['a workspace range left', (manifest) => (manifest['dependencies'] = { '@cloudexec/runtime': 'workspace:^' }), 'error manifest/workspace-range'],
    ['no exports', (manifest) => delete manifest['exports'], 'error manifest/exports'],
    ['no ./package.json export', (manifest) => delete (manifest['exports'] as Manifest)['./package.json'], 'error manifest/exports-package-json'],
    [
      'a bare export path',
      (manifest) => (manifest['exports'] = { '.': './dist/index.js', './package.json': './package.json' }),
      'error manifest/exports-types',
    ],
    [
      'an export without types',
      (manifest) => (manifest['exports'] = { '.': { default: './dist/index.js' }, './package.json': './package.json' }),
      'error manifest/exports-types',
    ],
    ['types not packed', (_, files) => delete files['dist/msw.d.ts'], 'error manifest/exports-types'],
    ['an implementation not packed', (_, files) => delete files['dist/msw.js'], 'error manifest/exports-missing-file'],
    ['a bin not packed', (manifest) => (manifest['bin'] = { thing: './dist/cli.js' }), 'error manifest/bin'],
  ])('report %s', (_, change, expected) => {
    expect(rulesFor(change)).toEqual([expected]);
  });

  it('report the source condition once per package, naming every subpath that keeps it', () => {
    const findings = checkPackedPackage(
      view({
        ...goodManifest(),
        exports: {
          '.': { source: './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
          './msw': { source: './src/msw.ts', types: './dist/msw.d.ts', default: './dist/msw.js' },
          './package.json': './package.json',
        },
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'manifest/exports-source-condition' });
    expect(findings[0]?.message).toContain('(".", "./msw")');
  });

  it('warn about source maps that point at unpublished sources, but not about maps carrying their sources', () => {
    const dangling = JSON.stringify({ version: 3, sources: ['../src/index.ts'], mappings: '' });
    const inline = JSON.stringify({ version: 3, sources: ['../src/index.ts'], sourcesContent: ['export const thing = 1;'], mappings: '' });
    expect(rulesFor((_, files) => (files['dist/index.js.map'] = dangling))).toEqual(['warning manifest/source-maps']);
    expect(rulesFor((_, files) => (files['dist/index.js.map'] = inline))).toEqual([]);
    expect(rulesFor((_, files) => ((files['dist/index.js.map'] = dangling), (files['src/index.ts'] = 'export const thing = 1;\n')))).toEqual([]);
  });
});
