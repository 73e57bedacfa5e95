// A small ESM package as the provider packages are shaped: dist/ with types, README, LICENSE, a manifest
// that passes every hygiene rule. Tests break one thing at a time.
import type { PackedView } from '../../src/manifest-rules.ts';

export const README = `# @cloudexec/thing\n\n${'A typed client for the Thing service, with mock handlers for tests. '.repeat(4)}\n`;

export function goodManifest(): Record<string, unknown> {
  return {
    name: '@cloudexec/thing',
    version: '1.0.0',
    license: 'MIT',
    repository: { type: 'git', url: 'git+https://github.com/cloudexec/cloudexec.git', directory: 'packages/thing' },
    type: 'module',
    sideEffects: false,
    engines: { node: '>=22' },
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './msw': { types: './dist/msw.d.ts', default: './dist/msw.js' },
      './package.json': './package.json',
    },
    files: ['dist', 'README.md'],
    publishConfig: { access: 'public', provenance: true },
    dependencies: { '@cloudexec/runtime': '^1.0.0' },
  };
}

export function goodFiles(): Record<string, string> {
  return {
    'README.md': README,
    LICENSE: 'MIT License\n',
    'dist/index.js': 'export const thing = 1;\n',
    'dist/index.d.ts': 'export declare const thing: number;\n',
    'dist/msw.js': 'export const handlers = [];\n',
    'dist/msw.d.ts': 'export declare const handlers: unknown[];\n',
  };
}

export function view(manifest = goodManifest(), files = goodFiles()): PackedView {
  const bytes = new Map(Object.entries({ ...files, 'package.json': JSON.stringify(manifest) }).map(([name, text]) => [name, new TextEncoder().encode(text)]));
  return { package: '@cloudexec/thing', dir: 'packages/thing', manifest, files: bytes };
}
