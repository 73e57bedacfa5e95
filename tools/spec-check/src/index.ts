// Programmatic API of @cloudexec/spec-check, used by tools/codegen and by the CLI.
export { checkSpecs, type CheckResult } from './check.ts';
export {
  loadSpecs,
  parseSource,
  DEFAULT_SPECS_DIR,
  EXTENSION_SCHEMA_FILE,
  type LoadedCommon,
  type LoadedSpec,
  type LoadOptions,
  type LoadResult,
  type SourceFile,
} from './load.ts';
export { formatProblem, formatProblems, sortProblems, type Problem, type ProblemKind } from './problem.ts';
export { createDocIndex, dereference, followRefs, refTarget, resolveRef, type DocIndex, type Location, type ResolvedRef } from './refs.ts';
export { listOperations, type OperationEntry, type SchemaSite } from './operations.ts';
export { inferJsonSchema, inferShape, type Shape } from './infer.ts';
export { inferSchemaFragment, schemaNameFromFile, type InferredFragment } from './infer-fragment.ts';
export { readQueryPairs, unflattenQuery, coerceToSchema, type QueryPair } from './query.ts';
export { examplePayloads, type ExamplePayload, type PayloadContext } from './example-payloads.ts';
export { EXAMPLE_PROTOCOL_FACTS, protocolOf, type ExampleProtocolFacts } from './protocol-facts.ts';
export { closeSchema } from './strict-schema.ts';
export { formatSummary, type SummaryRow } from './summary.ts';
export { escapeSegment, getAtPointer, joinPointer, pointerSegments } from './pointer.ts';
export { specModel, type AcceptedExtensions, type SpecModel, type TypedOperation } from './spec-model.ts';
export type * from './extension-types.ts';
