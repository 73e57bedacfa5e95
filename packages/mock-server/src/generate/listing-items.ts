// The records one listing operation pages through, built from the spec alone: the documented example's first
// item is the template (so every record has the documented shape and plausible values) and the response item
// schema says which values may vary. Per record: ids get fresh random suffixes (the same example id maps to
// the same new id inside one record, so nested references stay consistent), times step back from the
// example's (newest first), `…Index` integers count up, and values with a closed `enum` are drawn from it.
import type { JsonSchema, OperationModel, PaginationModel } from '@cloudexec/runtime/model';
import type { DatasetItems } from '../dataset.ts';
import type { Random } from './random.ts';

type Item = Record<string, unknown>;

/** Minutes between two consecutive records' times. */
const STEP_MINUTES = 37;
const TIME = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
/** Fallback page size when the spec documents none. */
const FALLBACK_PAGE_SIZE = 10;

export function defaultPageSize(style: PaginationModel): number {
  const size = style.style === 'offset-limit' ? style.defaultLimit : style.style === 'page-number' ? style.defaultPageSize : style.defaultMaxResults;
  return size ?? FALLBACK_PAGE_SIZE;
}

/** 3½ pages at the documented default page size. */
export function defaultItemCount(op: OperationModel): number {
  const style = op.pagination[0];
  if (!style) return 0;
  const size = defaultPageSize(style);
  return size * 3 + Math.ceil(size / 2);
}

/** What one record of a listing is built from: the documented example item and the response item schema. */
export interface ListingTemplate {
  template: Item;
  schema: JsonSchema | undefined;
}

export function listingTemplate(op: OperationModel): ListingTemplate | undefined {
  const itemsPath = op.pagination[0]?.items;
  if (!itemsPath) return undefined;
  const schema = itemSchemaAt(op.responseSchema, itemsPath);
  return { template: exampleItem(op, itemsPath) ?? (skeleton(schema) as Item), schema };
}

export function listingItems(listing: ListingTemplate, random: Random, count: number): DatasetItems {
  return Array.from({ length: count }, (_, index) => varyRecord(listing, random, index));
}

/** One record: the template with its ids, times, indexes and enum values varied for position `index`. */
export function varyRecord(listing: ListingTemplate, random: Random, index: number): Item {
  return vary(listing.template, listing.schema, '', { random, index, ids: new Map() }) as Item;
}

interface VaryContext {
  random: Random;
  index: number;
  /** Example id → this record's id. */
  ids: Map<string, string>;
}

function vary(value: unknown, schema: JsonSchema | undefined, name: string, ctx: VaryContext): unknown {
  if (Array.isArray(value)) {
    // Nested lists of records (tasks of an invocation) keep 1…n of the example's entries.
    const kept = value.length > 1 && value.every(isRecord) ? value.slice(0, 1 + ctx.random.int(value.length)) : value;
    return kept.map((element) => vary(element, asSchema(schema?.['items']), name, ctx));
  }
  if (isRecord(value)) {
    const properties = asSchema(schema?.['properties']) ?? {};
    const complete = withDocumentedFields(value, schema);
    return Object.fromEntries(Object.entries(complete).map(([key, item]) => [key, vary(item, asSchema(properties[key]), key, ctx)]));
  }
  const choices = Array.isArray(schema?.['enum']) ? (schema['enum'] as unknown[]).filter((choice) => choice !== null) : [];
  if (choices.length > 0 && value !== null) return ctx.random.pick(choices);
  if (typeof value === 'number' && Number.isInteger(value) && /Index$/.test(name)) return ctx.index;
  if (typeof value !== 'string' || value === '') return value;
  const time = TIME.exec(value);
  if (time) return stepBack(time, ctx.index);
  if (/Id$/.test(name) && name !== 'RequestId') return freshId(value, ctx);
  return value;
}

/**
 * The record with every field the docs say a real response carries, even when the documented example leaves it
 * out: a property with a documented `default` gets that default (SWAS `Parameters` → `{}`), a `required` one a
 * value of its schema's shape. Fields the example shows keep their example values.
 */
export function withDocumentedFields(value: Item, schema: JsonSchema | undefined): Item {
  const properties = asSchema(schema?.['properties']) ?? {};
  const required = Array.isArray(schema?.['required']) ? (schema['required'] as unknown[]) : [];
  const complete: Item = { ...value };
  for (const [key, raw] of Object.entries(properties)) {
    if (key in complete) continue;
    const property = asSchema(raw);
    if (property && 'default' in property) complete[key] = structuredClone(property['default']);
    else if (required.includes(key)) complete[key] = skeleton(property);
  }
  return complete;
}

/**
 * Same prefix (`ins-`, `t-`) and length as the example id. Long suffixes keep their first three characters,
 * which vendors use for a region or zone code (`i-bp1…`, `t-hz0…`).
 */
function freshId(value: string, ctx: VaryContext): string {
  const known = ctx.ids.get(value);
  if (known) return known;
  const cut = value.lastIndexOf('-') + 1;
  const suffix = value.slice(cut);
  const kept = suffix.length >= 12 ? 3 : 0;
  const fresh = value.slice(0, cut) + suffix.slice(0, kept) + ctx.random.id(Math.max(4, suffix.length - kept));
  ctx.ids.set(value, fresh);
  return fresh;
}

/** The example time moved back by `index` steps, written in the example's format (same zone suffix). */
function stepBack(match: RegExpExecArray, index: number): string {
  const [, base = '', fraction = '', zone = ''] = match;
  const utc = Date.parse(`${base.replace(' ', 'T')}Z`) - index * STEP_MINUTES * 60_000;
  const text = new Date(utc).toISOString().slice(0, 19);
  return (base.includes(' ') ? text.replace('T', ' ') : text) + fraction + zone;
}

/** The first item of the documented example's list (`Invocations.Invocation` style path), if any. */
function exampleItem(op: OperationModel, itemsPath: string): Item | undefined {
  for (const example of op.examples) {
    let node: unknown = example.response.data;
    for (const key of itemsPath.split('.')) node = (node as Item | undefined)?.[key];
    const first: unknown = Array.isArray(node) ? node[0] : undefined;
    if (first !== null && typeof first === 'object' && !Array.isArray(first)) return structuredClone(first as Item);
  }
  return undefined;
}

function itemSchemaAt(responseSchema: JsonSchema, itemsPath: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = responseSchema;
  for (const key of itemsPath.split('.')) node = asSchema(asSchema(node?.['properties'])?.[key]);
  return asSchema(node?.['items']);
}

/** A value of the schema's shape when no example shows one: objects with every property, one-element arrays. */
function skeleton(schema: JsonSchema | undefined): unknown {
  if (!schema) return {};
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  const types = ([] as unknown[]).concat(schema['type'] ?? 'object');
  if (types.includes('object') || schema['properties']) {
    const properties = asSchema(schema['properties']) ?? {};
    return Object.fromEntries(Object.keys(properties).map((key) => [key, skeleton(asSchema(properties[key]))]));
  }
  if (types.includes('array')) return [skeleton(asSchema(schema['items']))];
  if (types.includes('integer') || types.includes('number')) return 0;
  if (types.includes('boolean')) return false;
  return types.includes('string') ? 'sample' : null;
}

function isRecord(value: unknown): value is Item {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asSchema(value: unknown): JsonSchema | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : undefined;
}
