// Validators: the table row emitted per constraint kind (given one constraint → want this row), and the committed
// fixture validators run for real: over the limit throws a ValidationError naming path, constraint, limit and
// value; at the limit passes.
import type { Constraint, ServiceModel } from '@cloudexec/runtime/model';
import * as runtime from '@cloudexec/runtime';
import { ValidationError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { emitModelData } from '../src/emit/model-data.ts';
import { emitValidators } from '../src/emit/validators.ts';
import { contextFor } from './fixtures/models/fixture.ts';
import { tencentMini } from './fixtures/models/tencent-mini.ts';
import { validateDescribeInvocationsRequest } from './snapshots/aliyun-mini/validators.gen.ts';
import { validateDescribeInvocationTasksRequest, validateRunCommandRequest } from './snapshots/tencent-mini/validators.gen.ts';

const error = { code: 'InvalidParameterValue', httpStatus: 200, basis: 'inferred' } as const;

/** The tencent fixture cut down to one operation `Op` with the given constraints. */
function oneOperation(constraints: Constraint[], protocol: ServiceModel['protocol'] = 'tencent-tc3'): ServiceModel {
  const [base] = tencentMini.model.operations;
  if (!base) throw new Error('fixture has no operations');
  const requestSchema = { type: 'object', properties: { Limit: { type: 'integer' }, Filters: { type: 'array' } } };
  return { ...tencentMini.model, protocol, operations: [{ ...base, action: 'Op', constraints, requestSchema }] };
}

/** The table row emitted for each constraint of `Op`. */
function tableRows(model: ServiceModel): string[] {
  const [file] = emitValidators(model, contextFor(tencentMini));
  const table = /export const opConstraints: readonly ConstraintRow\[\] = \[\n([\s\S]*?)\n\];/.exec(file?.contents ?? '')?.[1] ?? '';
  return table.split('\n').map((line) => line.trim());
}

describe('emitted table row per constraint kind', () => {
  const cases: Array<{ name: string; given: Constraint; want: string }> = [
    { name: 'required', given: { kind: 'required', path: 'Limit', ...error }, want: "[requiredRule, 'Limit']," },
    { name: 'type', given: { kind: 'type', path: 'Limit', type: 'integer', ...error }, want: "[typeRule, 'Limit', 'integer']," },
    { name: 'minimum', given: { kind: 'minimum', path: 'Offset', limit: 0, ...error }, want: "[minimumRule, 'Offset', 0]," },
    { name: 'maximum', given: { kind: 'maximum', path: 'Limit', limit: 100, ...error }, want: "[maximumRule, 'Limit', 100]," },
    { name: 'maxLength on a list element', given: { kind: 'maxLength', path: 'Tag[].Key', limit: 128, ...error }, want: "[maxLengthRule, 'Tag[].Key', 128]," },
    { name: 'minItems, quoted path', given: { kind: 'minItems', path: 'Key-List', limit: 1, ...error }, want: "[minItemsRule, 'Key-List', 1]," },
    { name: 'enum', given: { kind: 'enum', path: 'Mode', values: ['a', 'b'], ...error }, want: "[enumRule, 'Mode', ['a', 'b']]," },
    {
      name: 'mutuallyExclusive',
      given: { kind: 'mutuallyExclusive', paths: ['Ids', 'Filters'], ...error },
      want: "[mutuallyExclusiveRule, '', ['Ids', 'Filters']],",
    },
    { name: 'filterName', given: { kind: 'filterName', path: 'Filters', names: ['a', 'b'], ...error }, want: "[filterNameRule, 'Filters', ['a', 'b']]," },
    {
      name: 'filterValue',
      given: { kind: 'filterValue', path: 'Filters', values: { 'task-status': ['RUNNING'], kind: ['A'] }, ...error },
      want: "[filterValueRule, 'Filters', { 'task-status': ['RUNNING'], kind: ['A'] }],",
    },
    { name: 'uniqueKeys', given: { kind: 'uniqueKeys', path: 'Tag', key: 'Key', ...error }, want: "[uniqueKeysRule, 'Tag', 'Key']," },
    { name: 'token', given: { kind: 'token', path: 'NextToken', ...error }, want: "[tokenRule, 'NextToken']," },
    {
      name: 'additionalProperties',
      given: { kind: 'additionalProperties', path: 'Filters[]', allowed: ['Name', 'Values'], ...error },
      want: "[additionalPropertiesRule, 'Filters[]', ['Name', 'Values']],",
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(tableRows(oneOperation([given]))).toEqual([want]);
  });

  it('keeps the model order and imports exactly the rules the table uses', () => {
    const contents =
      emitValidators(
        oneOperation([
          { kind: 'type', path: 'Limit', type: 'integer', ...error },
          { kind: 'maximum', path: 'Limit', limit: 1, ...error },
        ]),
        contextFor(tencentMini),
      )[0]?.contents ?? '';
    expect(contents.match(/^import .*$/gm)).toEqual(["import { maximumRule, type ConstraintRow, typeRule, validateInput } from '@cloudexec/runtime';"]);
    expect(
      tableRows(
        oneOperation([
          { kind: 'type', path: 'Limit', type: 'integer', ...error },
          { kind: 'maximum', path: 'Limit', limit: 1, ...error },
        ]),
      ),
    ).toEqual(["[typeRule, 'Limit', 'integer'],", "[maximumRule, 'Limit', 1],"]);
    expect(contents).toContain("export function validateOpRequest(input: unknown): void {\n  validateInput('Op', opConstraints, input);\n}");
  });

  it('every rule a table may name is one @cloudexec/runtime exports under that kind', () => {
    const exported: Record<string, unknown> = runtime;
    const kinds = Object.keys(runtime.RULES);
    expect(kinds.filter((kind) => (exported[`${kind}Rule`] as { kind?: string } | undefined)?.kind !== kind)).toEqual([]);
  });

  it("the model data reuses the table and adds only each row's documented error", () => {
    const model = oneOperation([
      { kind: 'maximum', path: 'Limit', limit: 100, code: 'InvalidParameterValue.LimitExceeded', httpStatus: 200, basis: 'documented' },
    ]);
    const contents = emitModelData(model, contextFor(tencentMini))[0]?.contents ?? '';
    expect(contents).toContain("import { opConstraints } from './validators.gen.ts';");
    expect(contents).toMatch(/constraints: withErrors\(opConstraints, \[\n\s+\['InvalidParameterValue.LimitExceeded', 200, 'documented'\],\n\s+\]\),/);
  });
});

/** Runs `validate(input)` and returns the ValidationError's fields, or 'ok'. */
function outcome(validate: (input: unknown) => void, input: unknown): 'ok' | Pick<ValidationError, 'action' | 'path' | 'constraint' | 'limit' | 'value'> {
  try {
    validate(input);
    return 'ok';
  } catch (caught) {
    if (!(caught instanceof ValidationError)) throw caught;
    const { action, path, constraint, limit, value } = caught;
    return { action, path, constraint, limit, value };
  }
}

const names = (count: number): string[] => Array.from({ length: count }, (_, index) => `v${index}`);

describe('committed fixture validators', () => {
  const action = 'DescribeInvocationTasks';
  const cases: Array<{ name: string; given: unknown; want: ReturnType<typeof outcome> }> = [
    { name: 'empty input', given: {}, want: 'ok' },
    { name: 'Limit at the maximum', given: { Limit: 100 }, want: 'ok' },
    { name: 'Limit over the maximum', given: { Limit: 101 }, want: { action, path: 'Limit', constraint: 'maximum', limit: 100, value: 101 } },
    { name: 'Limit below the minimum', given: { Limit: -1 }, want: { action, path: 'Limit', constraint: 'minimum', limit: 0, value: -1 } },
    { name: 'Limit not an integer', given: { Limit: 1.5 }, want: { action, path: 'Limit', constraint: 'type', limit: 'integer', value: 1.5 } },
    { name: '100 task ids', given: { InvocationTaskIds: names(100) }, want: 'ok' },
    {
      name: '101 task ids',
      given: { InvocationTaskIds: names(101) },
      want: { action, path: 'InvocationTaskIds', constraint: 'maxItems', limit: 100, value: names(101) },
    },
    {
      name: 'five values in the third filter',
      given: { Filters: [0, 1, 2].map(() => ({ Name: 'instance-id', Values: names(5) })) },
      want: 'ok',
    },
    {
      name: 'six values in the third filter',
      given: { Filters: [5, 5, 6].map((count) => ({ Name: 'instance-id', Values: names(count) })) },
      want: { action, path: 'Filters[2].Values', constraint: 'maxItems', limit: 5, value: names(6) },
    },
    {
      name: 'a non-string filter value',
      given: { Filters: [{ Name: 'instance-id', Values: ['a', 7] }] },
      want: { action, path: 'Filters[0].Values[1]', constraint: 'type', limit: 'string', value: 7 },
    },
    {
      name: 'a filter without Name',
      given: { Filters: [{ Values: ['a'] }] },
      want: { action, path: 'Filters[0].Name', constraint: 'required', limit: undefined, value: undefined },
    },
    {
      name: 'an undocumented filter name',
      given: {
        Filters: [
          { Name: 'instance-id', Values: ['a'] },
          { Name: 'zone', Values: ['a'] },
        ],
      },
      want: {
        action,
        path: 'Filters[1].Name',
        constraint: 'filterName',
        limit: ['command-id', 'instance-id', 'invocation-id', 'invocation-task-id', 'task-status'],
        value: 'zone',
      },
    },
    { name: 'filter values on the list of their name', given: { Filters: [{ Name: 'task-status', Values: ['RUNNING', 'FAILED'] }] }, want: 'ok' },
    { name: 'any value for a name without a value list', given: { Filters: [{ Name: 'instance-id', Values: ['RUNNING-ish'] }] }, want: 'ok' },
    {
      name: 'a filter value off the list of its name',
      given: {
        Filters: [
          { Name: 'instance-id', Values: ['x'] },
          { Name: 'task-status', Values: ['RUNNING', 'DONE'] },
        ],
      },
      want: { action, path: 'Filters[1].Values[1]', constraint: 'filterValue', limit: ['PENDING', 'RUNNING', 'SUCCESS', 'FAILED'], value: 'DONE' },
    },
    {
      name: 'an undefined member of a filter',
      given: { Filters: [{ Name: 'instance-id', Values: ['x'], Op: 'eq' }] },
      want: { action, path: 'Filters[0].Op', constraint: 'additionalProperties', limit: ['Name', 'Values'], value: 'eq' },
    },
    {
      name: 'ids and filters together',
      given: { InvocationTaskIds: ['invt-1'], Filters: [{ Name: 'instance-id', Values: ['a'] }] },
      want: { action, path: 'Filters', constraint: 'mutuallyExclusive', limit: 'InvocationTaskIds', value: [{ Name: 'instance-id', Values: ['a'] }] },
    },
    {
      name: 'empty lists count as given (as the mock engine counts them)',
      given: { InvocationTaskIds: [], Filters: [] },
      want: { action, path: 'Filters', constraint: 'mutuallyExclusive', limit: 'InvocationTaskIds', value: [] },
    },
    { name: 'null counts as not given', given: { InvocationTaskIds: ['invt-1'], Filters: null }, want: 'ok' },
    {
      name: 'an unknown parameter',
      given: { Limit: 1, Region: 'ap-guangzhou' },
      want: {
        action,
        path: 'Region',
        constraint: 'additionalProperties',
        limit: ['Filters', 'HideOutput', 'InvocationTaskIds', 'Limit', 'Offset'],
        value: 'ap-guangzhou',
      },
    },
    { name: 'an unknown parameter set to undefined is not sent', given: { Region: undefined }, want: 'ok' },
    { name: 'not an object', given: null, want: { action, path: '(input)', constraint: 'type', limit: 'object', value: null } },
  ];
  it.each(cases)('DescribeInvocationTasks: $name', ({ given, want }) => {
    expect(outcome(validateDescribeInvocationTasksRequest, given)).toEqual(want);
  });

  const run = (extra: Record<string, unknown>) => outcome(validateRunCommandRequest, { Content: 'bHM=', InstanceIds: ['ins-1'], ...extra });
  const runCases: Array<{ name: string; given: Record<string, unknown>; want: ReturnType<typeof outcome> }> = [
    { name: 'valid', given: {}, want: 'ok' },
    { name: 'Content of 64 characters (astral ones count once)', given: { Content: '😀'.repeat(64) }, want: 'ok' },
    {
      name: 'Content of 65 characters',
      given: { Content: 'a'.repeat(65) },
      want: { action: 'RunCommand', path: 'Content', constraint: 'maxLength', limit: 64, value: 'a'.repeat(65) },
    },
    {
      name: 'empty Content is missing',
      given: { Content: '' },
      want: { action: 'RunCommand', path: 'Content', constraint: 'required', limit: undefined, value: '' },
    },
    { name: 'documented CommandType', given: { CommandType: 'BAT' }, want: 'ok' },
    {
      name: 'undocumented CommandType',
      given: { CommandType: 'PYTHON' },
      want: { action: 'RunCommand', path: 'CommandType', constraint: 'enum', limit: ['SHELL', 'POWERSHELL', 'BAT'], value: 'PYTHON' },
    },
    { name: 'Timeout at the maximum', given: { Timeout: 86400 }, want: 'ok' },
    {
      name: 'Timeout over the maximum',
      given: { Timeout: 86401 },
      want: { action: 'RunCommand', path: 'Timeout', constraint: 'maximum', limit: 86400, value: 86401 },
    },
    { name: 'three instances', given: { InstanceIds: ['a', 'b', 'c'] }, want: 'ok' },
    { name: 'no instances', given: { InstanceIds: [] }, want: { action: 'RunCommand', path: 'InstanceIds', constraint: 'minItems', limit: 1, value: [] } },
    {
      name: 'a quoted parameter of the wrong type',
      given: { 'Parameter-Map': 'x' },
      want: { action: 'RunCommand', path: 'Parameter-Map', constraint: 'type', limit: 'object', value: 'x' },
    },
  ];
  it.each(runCases)('RunCommand: $name', ({ given, want }) => {
    expect(run(given)).toEqual(want);
  });

  it('Alibaba: list element paths are 0-based like the input (the protocol numbers the wire from 1); unknown parameters pass', () => {
    expect(outcome(validateDescribeInvocationsRequest, { RegionId: 'cn-hangzhou', Tag: [{ Key: 'k' }, { Key: 'k'.repeat(129) }] })).toEqual({
      action: 'DescribeInvocations',
      path: 'Tag[1].Key',
      constraint: 'maxLength',
      limit: 128,
      value: 'k'.repeat(129),
    });
    expect(outcome(validateDescribeInvocationsRequest, { RegionId: 'cn-hangzhou', Unknown: 1, PageSize: 50 })).toBe('ok');
  });

  it('Alibaba: tag keys must differ; absent keys never clash; tokens are left to the service', () => {
    const tags = [{ Key: 'env' }, { Value: 'x' }, { Value: 'y' }, { Key: 'owner' }, { Key: 'env', Value: 'prod' }];
    expect(outcome(validateDescribeInvocationsRequest, { RegionId: 'cn-hangzhou', Tag: tags })).toEqual({
      action: 'DescribeInvocations',
      path: 'Tag[4].Key',
      constraint: 'uniqueKeys',
      limit: 'Key',
      value: 'env',
    });
    expect(outcome(validateDescribeInvocationsRequest, { RegionId: 'cn-hangzhou', Tag: tags.slice(0, 4), NextToken: 'not-issued' })).toBe('ok');
  });

  it('the message names the parameter, the limit and the value in plain words', () => {
    expect(() => validateDescribeInvocationTasksRequest({ Limit: 101 })).toThrow('Limit must be at most 100 (got 101)');
    expect(() => validateDescribeInvocationTasksRequest({ Limit: 1, Foo: 2 })).toThrow(
      'Unknown parameter Foo (DescribeInvocationTasks takes: Filters, HideOutput, InvocationTaskIds, Limit, Offset)',
    );
  });
});
