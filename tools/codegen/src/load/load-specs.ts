// load + validate: @cloudexec/spec-check reads and checks specs/ and hands back each spec's typed model
// (every x-cloudexec-* value validated against specs/extensions.schema.json). Any problem stops
// generation with the checker's own report, at file:line:col, before anything is normalized or written.
import path from 'node:path';
import {
  checkSpecs,
  createDocIndex,
  formatProblems,
  type CommonExtension,
  type DocIndex,
  type ServiceExtension,
  type TypedOperation,
} from '@cloudexec/spec-check';
import { CodegenError } from './codegen-error.ts';

export interface LoadedService {
  /** `specs/<provider>/<service>.yaml`, whatever directory the specs were read from. */
  specFile: string;
  /** Absolute path, for resolving relative `$ref`s. */
  path: string;
  /** The OpenAPI document, `$ref`s intact. */
  doc: Record<string, unknown>;
  /** x-cloudexec-service, validated. */
  service: ServiceExtension;
  /** x-cloudexec-common of the provider common file the spec names, validated. */
  common: CommonExtension;
  /** Every operation with its validated x-cloudexec-operation. */
  operations: TypedOperation[];
  /** Every loaded document (specs and common files) by absolute path, for dereferencing. */
  index: DocIndex;
}

export async function loadValidatedSpecs(specsDir: string): Promise<LoadedService[]> {
  const dir = path.resolve(specsDir);
  const result = await checkSpecs(dir);
  if (result.problems.length > 0) {
    throw new CodegenError(`the spec check failed, so nothing was generated:\n${formatProblems(result.problems)}`);
  }
  // A clean check types every spec; a gap here is a bug in spec-check, not in a spec.
  if (result.models.length !== result.specs.length) throw new CodegenError('the spec check passed but did not type every spec');
  const index = createDocIndex([...result.specs, ...result.commons]);
  return result.models
    .map((model) => ({
      specFile: `specs/${path.relative(dir, model.path).split(path.sep).join('/')}`,
      path: model.path,
      doc: model.doc,
      service: model.service,
      common: model.common,
      operations: model.operations,
      index,
    }))
    .sort((a, b) => (a.specFile < b.specFile ? -1 : a.specFile > b.specFile ? 1 : 0));
}
