// Response members: one case per member the response schema declares (`InvocationSet[].InvocationId`), so a
// field added to a spec gets its contract case with no hand-written test. The handlers answer the documented
// example response; where the example leaves the member out, a value drawn from the member's schema is put in.
// The generated client must hand every value through unchanged, and each must have the member's declared type.
import { entriesAt } from '@cloudexec/runtime';
import type { JsonSchema, OperationModel } from '@cloudexec/runtime/model';
import { expect } from 'vitest';
import { documentedPlacement } from '../support/placement.ts';
import { schemaErrors } from '../support/schema.ts';
import type { CaseKit } from './case-kit.ts';
import { isRecord } from './constraint-oracle.ts';

type Json = Record<string, unknown>;

/** Every member path the schema declares, depth-first in property order, with its schema; lists as `Name[]`. */
export function responseMembers(schema: JsonSchema, prefix = ''): Array<[path: string, schema: JsonSchema]> {
  const properties = isRecord(schema['properties']) ? schema['properties'] : {};
  return Object.entries(properties).flatMap(([name, raw]) => {
    const member = isRecord(raw) ? raw : {};
    const path = `${prefix}${name}`;
    return [[path, member] as [string, JsonSchema], ...nested(member, path)];
  });
}

function nested(schema: JsonSchema, path: string): Array<[string, JsonSchema]> {
  const items = schema['items'];
  if (isRecord(items)) return [...(isRecord(items['properties']) ? responseMembers(items, `${path}[].`) : [])];
  return isRecord(schema['properties']) ? responseMembers(schema, `${path}.`) : [];
}

/** The member case names for an operation: `response member <path>`. */
export function responseMemberCaseNames(op: OperationModel): string[] {
  return responseMembers(op.responseSchema).map(([path]) => `response member ${path}`);
}

function firstType(schema: JsonSchema): string | undefined {
  const type = schema['type'];
  const found = Array.isArray(type) ? type.find((item) => item !== 'null') : type;
  return typeof found === 'string' ? found : undefined;
}

/** A value of the schema's declared type: its first enum value or example, else a plain one. */
export function sampleOfSchema(schema: JsonSchema): unknown {
  const values = schema['enum'];
  if (Array.isArray(values) && values.length > 0) return values.find((value) => value !== null) ?? values[0];
  const examples = schema['examples'];
  if (Array.isArray(examples) && examples.length > 0) return examples[0];
  switch (firstType(schema)) {
    case 'integer':
    case 'number':
      return typeof schema['minimum'] === 'number' ? schema['minimum'] : 1;
    case 'boolean':
      return true;
    case 'array':
      return [sampleOfSchema(isRecord(schema['items']) ? schema['items'] : {})];
    case 'object': {
      const properties = isRecord(schema['properties']) ? schema['properties'] : {};
      return Object.fromEntries(Object.entries(properties).map(([name, member]) => [name, sampleOfSchema(isRecord(member) ? member : {})]));
    }
    default:
      return 'contract';
  }
}

/** `data` with a value at `path` (the first element of each list on the way); a value already there is kept. */
export function withMember(data: Json, path: string, schema: JsonSchema): Json {
  const out = structuredClone(data);
  let node: Json = out;
  const segments = path.split('.');
  segments.forEach((segment, index) => {
    const list = segment.endsWith('[]');
    const key = list ? segment.slice(0, -2) : segment;
    const leaf = index === segments.length - 1;
    if (leaf && !list) {
      if (node[key] === undefined) node[key] = sampleOfSchema(schema);
      return;
    }
    if (list) {
      if (!Array.isArray(node[key]) || (node[key] as unknown[]).length === 0) node[key] = [{}];
      const items = node[key] as unknown[];
      if (!isRecord(items[0])) items[0] = {};
      node = items[0] as Json;
    } else {
      if (!isRecord(node[key])) node[key] = {};
      node = node[key] as Json;
    }
  });
  return out;
}

export function registerResponseMemberCases(kit: CaseKit, op: OperationModel): void {
  const [example] = op.examples;
  // Without a documented example there is no call to answer; the examples cases already fail on that.
  if (!example) return;
  for (const [path, schema] of responseMembers(op.responseSchema)) {
    kit.test(op, 'examples', `response member ${path}`, async () => {
      const served = withMember(example.response.data, path, schema);
      // The handlers stamp their own request id unless told which one to answer.
      const requestId = served['RequestId'];
      const { mock } = kit.server.serve(typeof requestId === 'string' ? { requestId: () => requestId } : {});
      mock.override(op.action, { response: structuredClone(served) });
      const { client } = kit.client(op, { placement: documentedPlacement(kit.target.model, op, example), method: example.request.method });
      const data = await kit.target.call(op, client, structuredClone(example.request.input));
      const given = entriesAt(served, path);
      expect(given.filter(([, value]) => value !== undefined).length, `the served answer carries ${path}`).toBeGreaterThan(0);
      expect(entriesAt(data, path), `${path} handed through unchanged`).toEqual(given);
      for (const [at, value] of entriesAt(data, path)) {
        if (value !== undefined) expect(schemaErrors(schema, value), `${at} has its declared type`).toEqual([]);
      }
    });
  }
}
