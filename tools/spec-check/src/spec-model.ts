// The typed view of a checked spec: its x-cloudexec-* values as the types of extension-types.ts. Built
// only from values that validated against extensions.schema.json (extensions.ts records them), so a
// reader of the model never meets a missing or wrong-typed extension value and needs no fallback.
import type { CommonExtension, ExtensionTypes, OperationExtension, ServiceExtension } from './extension-types.ts';
import type { LoadedSpec } from './load.ts';
import type { OperationEntry } from './operations.ts';
import { joinPointer } from './pointer.ts';

/** Extension values that validated, by file and JSON pointer. */
export type AcceptedExtensions = Map<string, Map<string, unknown>>;

export interface TypedOperation extends Omit<OperationEntry, 'extension' | 'operationId'> {
  operationId: string;
  extension: OperationExtension;
}

export interface SpecModel {
  /** Path relative to the root directory, e.g. `specs/tencent/tat.yaml`. */
  file: string;
  /** Absolute path. */
  path: string;
  /** The OpenAPI document, `$ref`s intact (its schemas are read by dereferencing, not typed here). */
  doc: Record<string, unknown>;
  service: ServiceExtension;
  common: CommonExtension;
  commonFile: string;
  /** Every operation, each with its validated x-cloudexec-operation. */
  operations: TypedOperation[];
}

/**
 * The typed model of one spec, or undefined when any of its extensions (or its common file's) did not
 * validate; the check has then reported why, at file:line:col.
 */
export function specModel(spec: LoadedSpec, operations: readonly OperationEntry[], accepted: AcceptedExtensions): SpecModel | undefined {
  const service = acceptedValue(accepted, spec.file, '', 'x-cloudexec-service');
  const common = spec.commonFile === undefined ? undefined : acceptedValue(accepted, spec.commonFile, '', 'x-cloudexec-common');
  if (!service || !common || spec.commonFile === undefined) return undefined;
  const typed: TypedOperation[] = [];
  for (const entry of operations) {
    const extension = acceptedValue(accepted, spec.file, entry.pointer, 'x-cloudexec-operation');
    // No operationId or no extension: the completeness stage reports it.
    if (!extension || entry.operationId === undefined) return undefined;
    typed.push({ ...entry, operationId: entry.operationId, extension });
  }
  return { file: spec.file, path: spec.path, doc: spec.doc, service, common, commonFile: spec.commonFile, operations: typed };
}

/** The one place a validated value takes its type: ajv accepted it against the definition for `name`. */
function acceptedValue<K extends keyof ExtensionTypes>(accepted: AcceptedExtensions, file: string, at: string, name: K): ExtensionTypes[K] | undefined {
  return accepted.get(file)?.get(joinPointer(at, name)) as ExtensionTypes[K] | undefined;
}
