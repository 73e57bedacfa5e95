// index.gen.ts: the package's generated surface in one module: types named after operations and structures,
// operation functions, validators, error-code unions and guards, paginators, waiters, the client and the model.
// Nothing of openapi-typescript's (`paths`, `components`, …) is among them: types.gen.ts emits named types only.
// The MSW handlers stay out (they are the separate `./msw` entry, so the client never pulls in msw or the mock engine).
import type { ServiceModel } from '@cloudexec/runtime/model';
import { generatedPath, tsFile, type EmitContext, type GeneratedFile } from './helpers.ts';

const REEXPORTED = ['types', 'operations', 'validators', 'errors', 'paginators', 'waiters', 'client'];

export function emitIndexFile(model: ServiceModel, _ctx: EmitContext): GeneratedFile[] {
  const body = [...REEXPORTED.map((kind) => `export * from './${kind}.gen.ts';`), "export { serviceModel } from './model-data.gen.ts';"];
  return [{ path: generatedPath('index'), contents: tsFile(model.specFile, body) }];
}
