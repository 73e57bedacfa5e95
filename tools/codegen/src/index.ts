// Programmatic entry: `generate({ specsDir, outDir, check })` is what `pnpm generate` runs.
export { generate, packageDirOf, type GenerateOptions, type GenerateResult, type PackageReport } from './pipeline.ts';
export { normalizeService } from './model/normalize.ts';
export { loadValidatedSpecs, type LoadedService } from './load/load-specs.ts';
export { CodegenError } from './load/codegen-error.ts';
export type { EmitContext, Emitter, GeneratedFile } from './emit/helpers.ts';
