import { describe, expect, it } from 'vitest';
import type { ServiceModel } from '@cloudexec/runtime/model';
import type { EmitContext } from '../src/emit/helpers.ts';
import { MSW_VERSION, mergePackageJson } from '../src/emit/package-json.ts';
import { CodegenError } from '../src/load/codegen-error.ts';

const model = {
  packageName: '@cloudexec/tencent-tat',
  protocol: 'tencent-tc3',
  service: { provider: 'tencent', service: 'tat', version: '2020-10-28' },
} as ServiceModel;
const ctx: EmitContext = {
  specFile: 'specs/tencent/tat.yaml',
  packageName: '@cloudexec/tencent-tat',
  packageDir: 'tencent-tat',
  runtimeImport: '@cloudexec/runtime',
};

function merged(existing: unknown): Record<string, unknown> {
  return JSON.parse(mergePackageJson(existing === undefined ? undefined : JSON.stringify(existing), model, ctx)) as Record<string, unknown>;
}

describe('mergePackageJson', () => {
  it('starts a new package at 0.0.0 with the owned publishing shape', () => {
    const result = merged(undefined);
    expect(result).toMatchObject({
      name: '@cloudexec/tencent-tat',
      version: '0.0.0',
      type: 'module',
      sideEffects: false,
      license: 'MIT',
      engines: { node: '>=20.19' },
      exports: {
        '.': { source: './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
        './msw': { source: './src/msw.ts', types: './dist/msw.d.ts', default: './dist/msw.js' },
        './package.json': './package.json',
      },
      dependencies: { '@cloudexec/mock': 'workspace:^', '@cloudexec/runtime': 'workspace:^' },
      peerDependencies: { msw: '^2.0.0 || ^3.0.0' },
      peerDependenciesMeta: { msw: { optional: true } },
      devDependencies: { msw: MSW_VERSION },
      publishConfig: { access: 'public', provenance: true, exports: { './package.json': './package.json' } },
      scripts: {
        build: 'rm -rf dist && tsc -p tsconfig.build.json && node ../../tools/release/src/rewrite-declarations.ts dist',
        typecheck: 'tsc --noEmit -p tsconfig.json',
      },
    });
    expect(result).toHaveProperty('repository.directory', 'packages/tencent-tat');
  });

  const cases = [
    { name: 'keeps the version changesets wrote', given: { version: '1.4.2' }, want: { version: '1.4.2' } },
    {
      name: 'keeps unknown keys',
      given: { keywords: ['tencent'], funding: 'x', custom: { a: 1 } },
      want: { keywords: ['tencent'], funding: 'x', custom: { a: 1 } },
    },
    { name: 'keeps a hand-written description', given: { description: 'Mine.' }, want: { description: 'Mine.' } },
    {
      name: 'keeps other scripts and dev dependencies',
      given: { scripts: { test: 'vitest' }, devDependencies: { vitest: '5.1.1' } },
      want: {
        scripts: {
          test: 'vitest',
          build: 'rm -rf dist && tsc -p tsconfig.build.json && node ../../tools/release/src/rewrite-declarations.ts dist',
          typecheck: 'tsc --noEmit -p tsconfig.json',
        },
        devDependencies: { vitest: '5.1.1', msw: MSW_VERSION },
      },
    },
    {
      name: 'overwrites owned fields',
      given: { name: 'wrong', sideEffects: true, dependencies: { lodash: '1' } },
      want: { name: '@cloudexec/tencent-tat', sideEffects: false, dependencies: { '@cloudexec/mock': 'workspace:^', '@cloudexec/runtime': 'workspace:^' } },
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(merged(given)).toMatchObject(want);
  });

  it('is stable: merging its own output changes nothing', () => {
    const once = mergePackageJson(JSON.stringify({ version: '2.0.0', zzz: true, scripts: { lint: 'x' } }), model, ctx);
    expect(mergePackageJson(once, model, ctx)).toBe(once);
    expect(Object.keys(JSON.parse(once) as object).slice(0, 3)).toEqual(['name', 'version', 'description']);
    expect(Object.keys(JSON.parse(once) as object).at(-1)).toBe('zzz');
  });

  it('refuses a package.json that is not a JSON object, naming the file', () => {
    expect(() => mergePackageJson('{ nope', model, ctx)).toThrow(CodegenError);
    expect(() => mergePackageJson('[]', model, ctx)).toThrow(/packages\/tencent-tat\/package\.json/);
  });
});
