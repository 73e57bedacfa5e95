// The one adapter around openapi-typescript: the spec's schemas become `src/generated/types.gen.ts`,
// followed by friendly named exports (`DescribeInvocationTasksRequest`, `InvocationTask`, …) whose
// JSDoc carries the documented defaults, limits and units that openapi-typescript leaves out.
import type { ServiceModel } from '@cloudexec/runtime/model';
import openapiTS, { astToString } from 'openapi-typescript';
import { CodegenError } from '../load/codegen-error.ts';
import { generatedPath, isIdentifier, jsDoc, type EmitContext, type GeneratedFile, tsFile } from './helpers.ts';

type Schema = Record<string, unknown>;

/** Names openapi-typescript itself exports; a component schema with one of these names keeps only the indexed form. */
const RESERVED = new Set(['paths', 'webhooks', 'components', '$defs', 'operations']);

export async function emitTypes(model: ServiceModel, ctx: EmitContext): Promise<GeneratedFile[]> {
  if (!ctx.spec) throw new CodegenError(`emitTypes: no OpenAPI document for ${model.specFile}`);
  const external = externalRef(ctx.spec);
  if (external) {
    throw new CodegenError(`${model.specFile}: $ref ${external} points into another file; types are generated from one document, so define the schema in the spec`);
  }
  const document = stripExtensions(withLimitNotes(ctx.spec as Schema)) as Schema;
  const nodes = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    defaultNonNullable: false,
    silent: true,
  });
  const body = astToString(nodes).trim();
  const named = namedExports(schemasOf(document), actionsOf(document));
  return [{ path: generatedPath('types'), contents: tsFile(model.specFile, [body, ...named]) }];
}

/** Component schema names that get a friendly alias, in spec order. */
export function friendlyTypeNames(spec: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(schemasOf(spec as Schema)).filter((name) => isIdentifier(name) && !RESERVED.has(name));
}

function schemasOf(document: Schema): Record<string, Schema> {
  const components = document['components'] as Schema | undefined;
  return (components?.['schemas'] as Record<string, Schema> | undefined) ?? {};
}

function namedExports(schemas: Record<string, Schema>, actions: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(schemas).filter((key) => isIdentifier(key) && !RESERVED.has(key))) {
    const schema = schemas[name] ?? {};
    const role = /^(.+)(Request|Response)$/.exec(name);
    const roleLine =
      role?.[1] && actions.has(role[1])
        ? role[2] === 'Request'
          ? `Input of ${role[1]} (vendor field names).`
          : `What ${role[1]} returns (the payload, envelope removed).`
        : undefined;
    const doc = jsDoc([roleLine, asText(schema['title']), asText(schema['description'])]);
    lines.push('', ...(doc ? [doc] : []), `export type ${name} = components['schemas']['${name}'];`);
  }
  return lines;
}

/** operationIds of the spec: their `<Action>Request`/`<Action>Response` schemas get a role line. */
function actionsOf(document: Schema): Set<string> {
  const actions = new Set<string>();
  const paths = document['paths'];
  if (paths === null || typeof paths !== 'object') return actions;
  for (const item of Object.values(paths as Record<string, Schema>)) {
    for (const operation of Object.values(item ?? {})) {
      const id = operation !== null && typeof operation === 'object' ? (operation as Schema)['operationId'] : undefined;
      if (typeof id === 'string') actions.add(id);
    }
  }
  return actions;
}

/** The first `$ref` that leaves the document (openapi-typescript would resolve it against the working directory). */
function externalRef(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(externalRef).find((ref) => ref !== undefined);
  if (value === null || typeof value !== 'object') return undefined;
  const ref = (value as Schema)['$ref'];
  if (typeof ref === 'string' && !ref.startsWith('#')) return ref;
  return Object.values(value as Schema).map(externalRef).find((found) => found !== undefined);
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

/**
 * Appends documented limits and units to every schema's description so they reach the JSDoc:
 * `Range: 0–100.`, `At most 100 items.`, `Length: 1–64.`, `Unit: seconds.`.
 */
export function withLimitNotes(document: Schema): Schema {
  const visit = (value: unknown, units: ReadonlyMap<object, string>): unknown => {
    if (Array.isArray(value)) return value.map((item) => visit(item, units));
    if (value === null || typeof value !== 'object') return value;
    const schema = value as Schema;
    const copy: Schema = {};
    for (const [key, item] of Object.entries(schema)) copy[key] = visit(item, units);
    if (looksLikeSchema(schema)) {
      const notes = limitNotes(schema, units.get(schema));
      if (notes.length > 0) {
        const description = asText(schema['description']);
        copy['description'] = [description ? ensurePeriod(description) : undefined, ...notes].filter(Boolean).join(' ');
      }
    }
    return copy;
  };
  return visit(document, collectUnits(document)) as Schema;
}

const UNIT_KEYS = ['x-cloudexec-unit', 'x-unit'];

function collectUnits(document: Schema): Map<object, string> {
  const units = new Map<object, string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    for (const key of UNIT_KEYS) {
      const unit = (value as Schema)[key];
      if (typeof unit === 'string') units.set(value, unit);
    }
    Object.values(value as Schema).forEach(walk);
  };
  walk(document);
  return units;
}

function looksLikeSchema(value: Schema): boolean {
  return 'type' in value || 'properties' in value || 'items' in value || 'enum' in value;
}

function limitNotes(schema: Schema, unit: string | undefined): string[] {
  const notes: string[] = [];
  const min = numberOf(schema['minimum']);
  const max = numberOf(schema['maximum']);
  if (min !== undefined && max !== undefined) notes.push(`Range: ${min}–${max}.`);
  else if (min !== undefined) notes.push(`Minimum: ${min}.`);
  else if (max !== undefined) notes.push(`Maximum: ${max}.`);
  const minItems = numberOf(schema['minItems']);
  const maxItems = numberOf(schema['maxItems']);
  if (minItems !== undefined && minItems > 0) notes.push(`At least ${minItems} item${minItems === 1 ? '' : 's'}.`);
  if (maxItems !== undefined) notes.push(`At most ${maxItems} item${maxItems === 1 ? '' : 's'}.`);
  const minLength = numberOf(schema['minLength']);
  const maxLength = numberOf(schema['maxLength']);
  if (minLength !== undefined && maxLength !== undefined) notes.push(`Length: ${minLength}–${maxLength}.`);
  else if (maxLength !== undefined) notes.push(`At most ${maxLength} characters.`);
  else if (minLength !== undefined && minLength > 0) notes.push(`At least ${minLength} character${minLength === 1 ? '' : 's'}.`);
  if (unit) notes.push(`Unit: ${unit}.`);
  return notes;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function ensurePeriod(text: string): string {
  return /[.!?。)]$/.test(text) ? text : `${text}.`;
}

