// load + validate: @cloudexec/spec-check reads and checks specs/; any problem stops generation with
// the checker's own report, before anything is normalized or written.
import path from 'node:path';
import { checkSpecs, createDocIndex, formatProblems, type DocIndex } from '@cloudexec/spec-check';
import { CodegenError } from './codegen-error.ts';

export interface LoadedService {
  /** `specs/<provider>/<service>.yaml`, whatever directory the specs were read from. */
  specFile: string;
  /** Absolute path, for resolving relative `$ref`s. */
  path: string;
  /** The OpenAPI document, `$ref`s intact. */
  doc: Record<string, unknown>;
  /** The provider common file (x-cloudexec-common), when the spec names one. */
  common: Record<string, unknown> | undefined;
  /** Every loaded document (specs and common files) by absolute path, for dereferencing. */
  index: DocIndex;
}

export async function loadValidatedSpecs(specsDir: string): Promise<LoadedService[]> {
  const dir = path.resolve(specsDir);
  const result = await checkSpecs(dir);
  if (result.problems.length > 0) {
    throw new CodegenError(`the spec check failed, so nothing was generated:\n${formatProblems(result.problems)}`);
  }
  const index = createDocIndex([...result.specs, ...result.commons]);
  return result.specs
    .map((spec) => ({
      specFile: `specs/${path.relative(dir, spec.path).split(path.sep).join('/')}`,
      path: spec.path,
      doc: spec.doc,
      common: spec.common,
      index,
    }))
    .sort((a, b) => (a.specFile < b.specFile ? -1 : a.specFile > b.specFile ? 1 : 0));
}
