// Hand-written files a new package starts with. They are created once when missing and never
// overwritten afterwards; CHANGELOG.md is left to changesets.
import type { GeneratedFile } from '../emit/helpers.ts';

const tsconfig = {
  extends: '../../tsconfig.base.json',
  compilerOptions: { noEmit: true, allowImportingTsExtensions: true, customConditions: ['source'] },
  include: ['src', 'test'],
};

const tsconfigBuild = {
  extends: '../../tsconfig.base.json',
  compilerOptions: { rootDir: 'src', outDir: 'dist', noEmit: false, sourceMap: false },
  include: ['src'],
};

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The scaffold of one package; `projectName` is the vitest project name (the package directory). */
export function scaffoldFiles(projectName: string): GeneratedFile[] {
  return [
    { path: 'src/index.ts', contents: "export * from './generated/index.gen.ts';\n" },
    { path: 'src/msw.ts', contents: "export * from './generated/msw.gen.ts';\n" },
    { path: 'tsconfig.json', contents: json(tsconfig) },
    { path: 'tsconfig.build.json', contents: json(tsconfigBuild) },
    {
      path: 'vitest.config.ts',
      contents: [
        "import { defineProject } from 'vitest/config';",
        "import { sourceConditions } from '../../vitest.shared.ts';",
        '',
        `export default defineProject({ ...sourceConditions, test: { name: '${projectName}' } });`,
        '',
      ].join('\n'),
    },
  ];
}

/** Keeps only the scaffold files that do not exist yet. */
export function missingScaffoldFiles(projectName: string, existing: ReadonlySet<string>): GeneratedFile[] {
  return scaffoldFiles(projectName).filter((file) => !existing.has(file.path));
}
