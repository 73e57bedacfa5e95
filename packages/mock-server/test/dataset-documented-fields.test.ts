// Every default record carries every field the docs say a real response carries: each one validates against
// the operation's response item schema, and has each property the schema marks required or gives a default
// (SWAS `Parameters` defaults to `{}`), at every level of nesting.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { JsonSchema } from '@cloudexec/runtime/model';
import { describe, expect, it } from 'vitest';
import { createDefaultDataset } from '../src/default-dataset.ts';
import { PROVIDER_IDS, serviceModels } from '../src/providers.ts';

const ajv = new Ajv2020({ strict: false, allErrors: true });
const dataset = createDefaultDataset();
const listings = PROVIDER_IDS.flatMap((id) =>
  serviceModels[id].operations.filter((op) => op.pagination.length > 0).map((op) => ({ id, op, path: op.pagination[0]!.items })),
);

function itemSchema(response: JsonSchema, path: string): JsonSchema {
  let node = response;
  for (const key of path.split('.')) node = (node['properties'] as Record<string, JsonSchema>)[key]!;
  return node['items'] as JsonSchema;
}

/** Paths of documented fields (required or with a default) that `value` lacks. */
function missingDocumented(value: unknown, schema: JsonSchema | undefined, at: string): string[] {
  if (!schema || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((element, index) => missingDocumented(element, schema['items'] as JsonSchema, `${at}[${index}]`));
  const record = value as Record<string, unknown>;
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = (schema['required'] ?? []) as string[];
  return Object.entries(properties).flatMap(([key, property]) => {
    if (!(key in record)) return required.includes(key) || 'default' in property ? [`${at}.${key}`] : [];
    return missingDocumented(record[key], property, `${at}.${key}`);
  });
}

describe.each(listings)('default $id $op.action records', ({ id, op, path }) => {
  const schema = itemSchema(op.responseSchema, path);
  const items = dataset[id]?.[op.action] ?? [];

  it('validate against the response item schema', () => {
    expect(items.length).toBeGreaterThan(0);
    const validate = ajv.compile(schema);
    const failures = items.filter((item) => !validate(item)).map(() => JSON.stringify(validate.errors?.[0]));
    expect(failures).toEqual([]);
  });

  it('carry every documented field', () => {
    expect(items.flatMap((item, index) => missingDocumented(item, schema, `[${index}]`))).toEqual([]);
  });
});

it('SWAS invocations carry Parameters, {} by default as documented', () => {
  const swas = dataset['aliyun-swas']!.DescribeInvocations!;
  expect(swas.length).toBe(35);
  for (const item of swas) expect(item['Parameters']).toEqual({});
});
