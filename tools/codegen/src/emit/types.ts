// types.gen.ts: one exported type per component schema, named as the spec (and the vendor docs) name the
// structure (`DescribeInvocationTasksRequest`, `InvocationTask`, `Filter`), plus `<Action>FilterName` /
// `<Action>Filter` where the spec lists an operation's filter names. openapi-typescript does the schema →
// TypeScript work behind openapi-adapter.ts; none of its container types (`paths`, `components`, …) is emitted.
import type { ServiceModel } from '@cloudexec/runtime/model';
import { CodegenError } from '../load/codegen-error.ts';
import { withFilterTypes } from './filter-types.ts';
import { generatedPath, isIdentifier, jsDoc, type EmitContext, type GeneratedFile, tsFile } from './helpers.ts';
import { withLimitNotes } from './limit-notes.ts';
import { printType, schemaTypes } from './openapi-adapter.ts';
import { sortedOperations } from './operations.ts';

export { withLimitNotes } from './limit-notes.ts';

type Schema = Record<string, unknown>;

export async function emitTypes(model: ServiceModel, ctx: EmitContext): Promise<GeneratedFile[]> {
  if (!ctx.spec) throw new CodegenError(`emitTypes: no OpenAPI document for ${model.specFile}`);
  const external = externalRef(ctx.spec);
  if (external) {
    throw new CodegenError(
      `${model.specFile}: $ref ${external} points into another file; types are generated from one document, so define the schema in the spec`,
    );
  }
  const document = stripExtensions(withLimitNotes(ctx.spec as Schema)) as Schema;
  const schemas = schemasOf(document);
  const actions = new Set(model.operations.map((op) => op.action));
  const { schemas: types, declarations } = withFilterTypes(await schemaTypes(document, model.specFile), sortedOperations(model), model.specFile);
  const body = types.flatMap(({ name, type }) => {
    const doc = jsDoc([roleLine(name, actions), asText(schemas[name]?.['title']), asText(schemas[name]?.['description'])]);
    return ['', ...(doc ? [doc] : []), `export type ${name} = ${printType(type)};`];
  });
  return [{ path: generatedPath('types'), contents: tsFile(model.specFile, [...body, ...declarations].slice(1)) }];
}

/** Component schema names that become exported types, in spec order. */
export function friendlyTypeNames(spec: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(schemasOf(spec as Schema)).filter(isIdentifier);
}

function schemasOf(document: Schema): Record<string, Schema> {
  const components = document['components'] as Schema | undefined;
  return (components?.['schemas'] as Record<string, Schema> | undefined) ?? {};
}

/** `<Action>Request` / `<Action>Response` of a known operation say what they are. */
function roleLine(name: string, actions: ReadonlySet<string>): string | undefined {
  const role = /^(.+)(Request|Response)$/.exec(name);
  if (!role?.[1] || !actions.has(role[1])) return undefined;
  return role[2] === 'Request' ? `Input of ${role[1]} (vendor field names).` : `What ${role[1]} returns (the payload, envelope removed).`;
}

/** The first `$ref` that leaves the document (openapi-typescript would resolve it against the working directory). */
function externalRef(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(externalRef).find((ref) => ref !== undefined);
  if (value === null || typeof value !== 'object') return undefined;
  const ref = (value as Schema)['$ref'];
  if (typeof ref === 'string' && !ref.startsWith('#')) return ref;
  return Object.values(value as Schema)
    .map(externalRef)
    .find((found) => found !== undefined);
}

function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** x- extensions are for the generator, not for the types; dropping them keeps the input small and stable. */
function stripExtensions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripExtensions);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Schema)
        .filter(([key]) => !key.startsWith('x-'))
        .map(([key, item]) => [key, stripExtensions(item)]),
    );
  }
  return value;
}
