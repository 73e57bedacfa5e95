// Checks that prove client and handlers survive a documented inconsistency. Each probe is generic (it reads
// the model), and a table names the probes that exercise a known discrepancy id; every discrepancy also gets
// the example round trip.
import { CloudApiError, ValidationError, wireProtocol } from '@cloudexec/runtime';
import type { OperationModel } from '@cloudexec/runtime/model';
import { expect } from 'vitest';
import { documentedPlacement, inputRegionId, serviceHost } from '../support/placement.ts';
import { schemaErrors } from '../support/schema.ts';
import type { CaseKit } from './case-kit.ts';
import { isRecord, valuesAt } from './constraint-oracle.ts';
import { baseInput, limitCases, withValue } from './limit-inputs.ts';

export type Probe = (kit: CaseKit, op: OperationModel) => Promise<void>;

/** Every documented example still round-trips: served as documented, parsed equal, valid against the schema. */
const roundTrip: Probe = async (kit, op) => {
  for (const example of op.examples) {
    const requestId = example.response.data['RequestId'];
    const { mock } = kit.server.serve(typeof requestId === 'string' ? { requestId: () => requestId } : {});
    mock.override(op.action, { response: structuredClone(example.response.data), times: 1 });
    const { client } = kit.client(op, { placement: documentedPlacement(kit.target.model, op, example), method: example.request.method });
    const data = await kit.target.call(op, client, structuredClone(example.request.input));
    expect(data).toEqual(example.response.data);
    expect(schemaErrors(op.responseSchema, data)).toEqual([]);
  }
};

/** Paths of every `null` inside a value (`TaskInstanceSet.0.ComputeNodeInstanceId`). */
export function nullPaths(value: unknown, prefix = ''): string[] {
  if (value === null) return [prefix];
  if (Array.isArray(value)) return value.flatMap((item, i) => nullPaths(item, `${prefix}.${i}`));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => nullPaths(item, prefix ? `${prefix}.${key}` : key));
  return [];
}

/** The example's `null` members come back as `null` (not dropped, not a string). */
const nullMembers: Probe = async (kit, op) => {
  const example = op.examples.find((candidate) => nullPaths(candidate.response.data).length > 0);
  if (!example) return expect.fail(`no example of ${op.action} shows a null member`);
  const { mock } = kit.server.serve();
  mock.override(op.action, { response: structuredClone(example.response.data) });
  const { client } = kit.client(op);
  const data = await kit.target.call(op, client, kit.exampleInput(op));
  for (const path of nullPaths(example.response.data))
    expect(
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], data),
      path,
    ).toBeNull();
  expect(schemaErrors(op.responseSchema, data)).toEqual([]);
};

/**
 * Filter names that match the same item field are aliases: both accepted, both select the same items. Once a
 * documented name is corrected (its discrepancy record stays, one name per field is left), each remaining
 * name must still select its items.
 */
const filterAliases: Probe = async (kit, op) => {
  const filters = op.filters;
  const groups = new Map<string, string[]>();
  for (const entry of filters?.names ?? []) groups.set(entry.field, [...(groups.get(entry.field) ?? []), entry.name]);
  const withAliases = [...groups.entries()].filter(([, names]) => names.length > 1);
  const aliases = withAliases.length > 0 ? withAliases : [...groups.entries()];
  if (!filters || aliases.length === 0) return expect.fail(`${op.action} documents no filters`);
  const style = op.pagination[0];
  const template = style ? valuesAt(op.examples[0]?.response.data ?? {}, `${style.items}[]`)[0] : undefined;
  if (!style || !isRecord(template)) return expect.fail(`${op.action} lists no items to filter`);
  for (const [field, names] of aliases) {
    const values = filters.names.find((entry) => entry.field === field)?.values ?? ['contract-a', 'contract-b'];
    const items = values.map((value) => ({ ...structuredClone(template), [field]: value }));
    const wanted = values[values.length - 1]!;
    const { mock } = kit.server.serve();
    mock.setDataset(op.action, items);
    const { client } = kit.client(op);
    const answers = [];
    for (const name of names) {
      const input = withValue(op, baseInput(op, regionIdOf(kit)), filters.parameter, [{ Name: name, Values: [wanted] }]);
      answers.push(valuesAt(await kit.target.call(op, client, input), `${style.items}[]`));
    }
    expect(answers[0]).toEqual(items.filter((item) => item[field] === wanted));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  }
};

/** Every documented filter name, with every documented value, is accepted by the client and the handlers. */
const filterValues: Probe = async (kit, op) => {
  const filters = op.filters;
  if (!filters || filters.names.length === 0) return expect.fail(`${op.action} documents no filters`);
  kit.server.serve();
  const { client, recorder } = kit.client(op);
  let calls = 0;
  for (const entry of filters.names) {
    for (const value of entry.values ?? ['contract-value']) {
      await kit.target.call(op, client, withValue(op, baseInput(op, regionIdOf(kit)), filters.parameter, [{ Name: entry.name, Values: [value] }]));
      calls++;
    }
  }
  expect(recorder.exchanges).toHaveLength(calls);
};

/** Region: required ones are refused without a region before sending; optional ones work without one. */
const regionRequirement: Probe = async (kit, op) => {
  kit.server.serve();
  const { region } = wireProtocol(kit.target.model.protocol);
  const input = kit.exampleInput(op);
  if (region.inInput) delete input[region.parameter];
  const { client, recorder } = kit.client(op, { placement: { endpoint: serviceHost(kit.target.model, op) } });
  const outcome = await kit.target.call(op, client, input).then(
    () => 'accepted',
    (error: unknown) => error,
  );
  if (op.region.required) {
    expect(outcome).toBeInstanceOf(ValidationError);
    expect((outcome as ValidationError).path).toBe(op.region.parameter);
    expect(recorder.exchanges).toHaveLength(0);
  } else {
    expect(outcome).toBe('accepted');
  }
};

/** Nested `required` limits (a list element missing a member) are enforced on both sides with their code. */
const nestedRequired: Probe = async (kit, op) => {
  const nested = op.constraints.filter((c) => c.kind === 'required' && c.path.includes('.'));
  if (nested.length === 0) return expect.fail(`${op.action} has no nested required member`);
  for (const c of nested) {
    if (c.kind !== 'required') continue;
    const input = withValue(op, baseInput(op, regionIdOf(kit)), c.path, undefined, true);
    kit.server.serve();
    const checked = kit.client(op);
    await expect(kit.target.call(op, checked.client, input)).rejects.toBeInstanceOf(ValidationError);
    const raw = kit.client(op, { overrides: { validate: false } });
    const error = await kit.target.call(op, raw.client, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudApiError);
    expect((error as CloudApiError).code).toBe(c.code);
  }
};

/** A list member the page marks optional (ECS Tag.N.Key) is optional on both sides: a keyless tag is sent and answered. */
const nestedOptional: Probe = async (kit, op) => {
  const nested = op.constraints.filter((c) => c.kind === 'required' && c.path.includes('.'));
  expect(nested, `${op.action} still requires a nested member`).toEqual([]);
  kit.server.serve();
  const { client } = kit.client(op);
  const input = { ...baseInput(op, regionIdOf(kit)), Tag: [{ Value: 'prod' }] };
  await expect(kit.target.call(op, client, input)).resolves.toBeDefined();
};

/** Paging parameters past their limits are answered with the code and the HTTP status the operation documents. */
const pagingLimitStatus: Probe = async (kit, op) => {
  const paging = new Set(
    op.pagination.flatMap((p) =>
      p.style === 'offset-limit' ? [p.offset, p.limit] : p.style === 'page-number' ? [p.pageNumber, p.pageSize] : [p.token, p.maxResults],
    ),
  );
  const cases = limitCases(op, regionIdOf(kit)).filter(({ constraint: c }) => c.kind !== 'mutuallyExclusive' && paging.has(c.path) && c.kind !== 'type');
  if (cases.length === 0) return expect.fail(`${op.action} documents no limit on a paging parameter`);
  for (const { constraint, over } of cases) {
    const documented = op.errors.find((error) => error.code === constraint.code);
    if (documented) expect(constraint.httpStatus, `${constraint.code} status`).toBe(documented.httpStatus);
    kit.server.serve();
    const { client } = kit.client(op, { overrides: { validate: false } });
    const error = await kit.target.call(op, client, over).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudApiError);
    expect({ code: (error as CloudApiError).code, httpStatus: (error as CloudApiError).httpStatus }).toEqual({
      code: constraint.code,
      httpStatus: constraint.httpStatus,
    });
  }
};

function regionIdOf(kit: CaseKit): string | undefined {
  return inputRegionId(kit.target.model);
}

export const PROBES = {
  roundTrip,
  nullMembers,
  filterAliases,
  filterValues,
  regionRequirement,
  nestedRequired,
  nestedOptional,
  pagingLimitStatus,
} satisfies Record<string, Probe>;
export type ProbeName = keyof typeof PROBES;

/** Known discrepancy ids and the probes that exercise them (beyond the round trip every discrepancy gets). */
export const DISCREPANCY_PROBES: Readonly<Record<string, readonly ProbeName[]>> = {
  'filter-name-type-vs-state': ['filterAliases'],
  'filter-value-submitted': ['filterValues'],
  'compute-node-instance-id-null': ['nullMembers'],
  'nullability-flip': ['nullMembers'],
  'region-requirement-editions': ['regionRequirement'],
  'instance-id-filter-in-sample': ['filterValues'],
  'filter-names-not-on-page': ['filterValues'],
  'instance-kind-registerinst': ['filterValues'],
  'tag-key-required': ['nestedOptional'],
  'page-number-size-status': ['pagingLimitStatus'],
};
