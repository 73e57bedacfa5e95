// Runs every stage over specs/ and gathers the problems (located at file:line:col) and the summary rows.
import { createAjv } from './ajv.ts';
import { checkCompleteness } from './completeness.ts';
import { checkConstraintErrors } from './constraint-errors.ts';
import { examplePayloads } from './example-payloads.ts';
import { validatePayloads, type ResolvedSchema } from './examples.ts';
import { checkExtensions, compileExtensionSchema, type ExtensionValidators } from './extensions.ts';
import { checkInference, type ShapeCache } from './infer.ts';
import { loadSpecs, type LoadedSpec, type LoadOptions, type LoadResult } from './load.ts';
import { checkOpenApi } from './openapi.ts';
import { listOperations, type OperationEntry, type SchemaSite } from './operations.ts';
import { isRecord } from './pointer.ts';
import { locateProblems } from './positions.ts';
import { sortProblems, uniqueProblems, type Problem } from './problem.ts';
import { EXAMPLE_PROTOCOL_FACTS, protocolOf } from './protocol-facts.ts';
import { createDocIndex, dereference, type DocIndex } from './refs.ts';
import { specModel, type AcceptedExtensions, type SpecModel } from './spec-model.ts';
import { createStrictValidators, type StrictValidators } from './strict-validators.ts';
import { summarizeSpec, type SummaryRow } from './summary.ts';

export interface CheckResult extends LoadResult {
  summary: SummaryRow[];
  /** The typed model of every spec whose extensions all validated (all of them when `ok`). */
  models: SpecModel[];
  ok: boolean;
}

export async function checkSpecs(specsDir: string, options: LoadOptions = {}): Promise<CheckResult> {
  const load = await loadSpecs(specsDir, options);
  const problems: Problem[] = [...load.problems];
  const index = createDocIndex([...load.specs, ...load.commons]);
  // verbose: extension errors quote the failing schema and value, to spell out the expected form.
  const ajv = createAjv({ verbose: true });
  const accepted: AcceptedExtensions = new Map();
  const acceptedIn = (file: string) => accepted.get(file) ?? accepted.set(file, new Map()).get(file);
  const validators = load.extensionSchema ? compileExtensionSchema(ajv, load.extensionSchema.file, load.extensionSchema.schema, problems) : undefined;

  for (const common of load.commons) {
    if ('openapi' in common.doc) problems.push(...(await checkOpenApi(common, common.doc, index)));
    if (validators) problems.push(...checkExtensions(common.file, common.doc, validators, acceptedIn(common.file)));
  }
  const summary: SummaryRow[] = [];
  const strict = createStrictValidators(createAjv({ inlineRefs: false }), index);
  const shapes: ShapeCache = new Map();
  const models: SpecModel[] = [];
  for (const spec of load.specs) {
    const { problems: specProblems, row, operations } = await checkSpec(spec, index, { strict, shapes }, validators, acceptedIn(spec.file));
    problems.push(...specProblems);
    summary.push(row);
    const model = specModel(spec, operations, accepted);
    if (model) models.push(model);
  }
  const located = sortProblems(uniqueProblems(locateProblems(problems, load.sources)));
  return { ...load, problems: located, summary, models, ok: located.length === 0 };
}

/** Compiled validators and inferred shapes, reused across operations and specs. */
interface Caches {
  strict: StrictValidators;
  shapes: ShapeCache;
}

async function checkSpec(
  spec: LoadedSpec,
  index: DocIndex,
  caches: Caches,
  validators: ExtensionValidators | undefined,
  accepted: Map<string, unknown> | undefined,
) {
  const problems: Problem[] = [];
  problems.push(...(await checkOpenApi(spec, spec.doc, index)));
  if (validators) problems.push(...checkExtensions(spec.file, spec.doc, validators, accepted));
  const operations = listOperations(spec.doc);
  problems.push(...checkCompleteness(spec.file, spec.doc, operations));

  const service = spec.doc['x-cloudexec-service'];
  // Without a known protocol the examples cannot be read; the extension check has said why.
  const protocolId = protocolOf(service, spec.common?.['x-cloudexec-common']);
  const protocol = protocolId === undefined ? undefined : EXAMPLE_PROTOCOL_FACTS[protocolId];
  const serviceVersion = isRecord(service) && typeof service.version === 'string' ? service.version : undefined;
  const requestSchemas: unknown[] = [];
  for (const op of operations) {
    const schemas = { request: resolveSite(op.request, spec, index), response: resolveSite(op.response, spec, index) };
    requestSchemas.push(schemas.request?.schema);
    problems.push(...checkConstraintErrors(spec.file, op.pointer, op.extension, schemas.request?.schema));
    if (!protocol) continue;
    const context = { spec, protocol, requestSchema: schemas.request?.schema, knownErrors: knownErrors(op, spec.common), serviceVersion };
    const { payloads, problems: payloadProblems } = examplePayloads(op, context);
    problems.push(...payloadProblems);
    problems.push(...validatePayloads(spec.file, payloads, schemas, caches.strict));
    problems.push(...(await checkInference(spec.file, payloads, schemas, caches.shapes)));
  }
  return { problems, row: summarizeSpec(spec, operations, requestSchemas), operations };
}

function resolveSite(site: SchemaSite | undefined, spec: LoadedSpec, index: DocIndex): ResolvedSchema | undefined {
  if (!site) return undefined;
  const ref = isRecord(site.schema) && typeof site.schema.$ref === 'string' ? site.schema.$ref : undefined;
  const at = { path: spec.path, file: spec.file, pointer: site.pointer };
  return { raw: site.schema, at, schema: dereference(site.schema, at, index), pointer: site.pointer, ref };
}

/** Error codes an example may show, with their documented HTTP status: the operation's own and the provider's common ones. */
function knownErrors(op: OperationEntry, common: Record<string, unknown> | undefined): Map<string, number | undefined> {
  const known = new Map<string, number | undefined>();
  const add = (list: unknown) => {
    for (const entry of Array.isArray(list) ? list : []) {
      if (isRecord(entry) && typeof entry.code === 'string') known.set(entry.code, typeof entry.httpStatus === 'number' ? entry.httpStatus : undefined);
    }
  };
  const shared = common?.['x-cloudexec-common'];
  if (isRecord(shared)) add(shared.commonErrors);
  add(op.extension?.constraintErrors);
  add(op.extension?.errors);
  return known;
}
