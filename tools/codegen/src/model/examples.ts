// Turns a documented example into what a client call looks like: flattened GET query pairs back into
// nested input (Tencent lists count from 0, Alibaba's from 1), common parameters removed, and the
// Tencent `Response` envelope taken off the answer.
import { COMMON_PARAMETERS } from '@cloudexec/runtime';
import type { ExampleModel, JsonSchema } from '@cloudexec/runtime/model';
import { coerceToSchema, readQueryPairs, unflattenQuery, type ExampleExtension, type Provider } from '@cloudexec/spec-check';
import { CodegenError } from '../load/codegen-error.ts';

export type { Provider } from '@cloudexec/spec-check';

const FIRST_INDEX: Record<Provider, 0 | 1> = { tencent: 0, aliyun: 1 };

/** Keeps what the request schema declares; drops the provider's common parameters; keeps anything else. */
function isInputKey(key: string, provider: Provider, declared: ReadonlySet<string>): boolean {
  return declared.has(key) || !COMMON_PARAMETERS[provider].has(key);
}

/**
 * `{ 'Filters.0.Values.0': 'x', Limit: '10' }` → `{ Filters: [{ Values: ['x'] }], Limit: 10 }` (Tencent;
 * Alibaba counts from 1: `Tag.1.Key`). Values are coerced to the schema's types.
 */
export function queryToInput(query: Readonly<Record<string, string>>, provider: Provider, schema: JsonSchema, where: string): Record<string, unknown> {
  const declared = declaredNames(schema);
  const pairs = readQueryPairs(query);
  if (typeof pairs === 'string') throw new CodegenError(`${where}: ${pairs}`);
  const kept = pairs.filter((pair) => isInputKey(pair.key.split('.')[0] ?? pair.key, provider, declared));
  const { value, problems } = unflattenQuery(kept, FIRST_INDEX[provider]);
  if (problems.length > 0) throw new CodegenError(`${where}: ${problems.map((problem) => problem.message).join('; ')}`);
  return coerceToSchema(value, schema) as Record<string, unknown>;
}

/** A JSON body as input: common parameters (normally none) removed. */
export function bodyToInput(body: Readonly<Record<string, unknown>>, provider: Provider, schema: JsonSchema): Record<string, unknown> {
  const declared = declaredNames(schema);
  return Object.fromEntries(Object.entries(body).filter(([key]) => isInputKey(key, provider, declared)));
}

/** Tencent wraps every answer in `{ Response: { … } }`; Alibaba answers with the payload itself. */
export function responseData(body: unknown, wrapper: string | null): Record<string, unknown> {
  const record = asRecord(body);
  return wrapper !== null && wrapper in record ? asRecord(record[wrapper]) : record;
}

/** One `x-cloudexec-operation.examples[]` entry as the model's ExampleModel. */
export function normalizeExample(
  example: ExampleExtension,
  options: { provider: Provider; wrapper: string | null; requestSchema: JsonSchema; where: string },
): ExampleModel {
  const { name, request, response } = example;
  const where = `${options.where} example '${name}'`;
  const { method, query, body, headers } = request;
  const input =
    request.method === 'GET'
      ? queryToInput(request.query, options.provider, options.requestSchema, where)
      : bodyToInput(request.body, options.provider, options.requestSchema);
  return {
    name,
    request: {
      method,
      host: request.host,
      path: request.path,
      ...(headers ? { headers } : {}),
      ...(body ? { body } : {}),
      ...(query ? { query } : {}),
      input,
    },
    response: {
      status: response.status,
      body: response.body,
      data: responseData(response.body, options.wrapper),
    },
  };
}

function declaredNames(schema: JsonSchema): Set<string> {
  return new Set(Object.keys(asRecord(schema['properties'])));
}

/** A documented body is any JSON; only an object has members to read. */
function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
