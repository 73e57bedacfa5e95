// Bundles the programs for a runtime-neutral target: no Node built-ins are resolvable, so any `node:` import
// in the clients' core fails the build.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const PROGRAMS = ['tencent-tat', 'aliyun-ecs'] as const;
export type ProgramName = (typeof PROGRAMS)[number];

export async function bundlePrograms(outdir: string, mockOrigin: string): Promise<Record<ProgramName, string>> {
  const entryPoints = Object.fromEntries(PROGRAMS.map((name) => [name, fileURLToPath(new URL(`../../programs/${name}.ts`, import.meta.url))]));
  await build({
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    target: 'es2023',
    conditions: ['source'],
    define: { MOCK_ORIGIN: JSON.stringify(mockOrigin) },
    logLevel: 'silent',
  });
  return Object.fromEntries(PROGRAMS.map((name) => [name, `${outdir}/${name}.mjs`])) as Record<ProgramName, string>;
}
