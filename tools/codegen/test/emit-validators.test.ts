// Validators: the code emitted per constraint kind (given one constraint → want these lines), and the committed
// fixture validators run for real: over the limit throws a ValidationError naming path, constraint, limit and
// value; at the limit passes.
import type { Constraint, ServiceModel } from '@cloudexec/runtime/model';
import * as runtime from '@cloudexec/runtime';
import { ValidationError } from '@cloudexec/runtime';
import { describe, expect, it } from 'vitest';
import { HELPER_NAMES } from '../src/emit/validator-helpers.ts';
import { emitValidators } from '../src/emit/validators.ts';
import { contextFor } from './fixtures/models/fixture.ts';
import { aliyunMini } from './fixtures/models/aliyun-mini.ts';
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

/** The body lines of `validateOpRequest` after the fixed preamble (fail, params, rejectUnknownMembers). */
function checkLines(model: ServiceModel): string[] {
  const [file] = emitValidators(model, contextFor(tencentMini));
  const body = /export function validateOpRequest\(input: unknown\): void \{\n([\s\S]*?)\n\}/.exec(file?.contents ?? '')?.[1] ?? '';
  return body
    .split('\n')
    .map((line) => line.slice(2))
    .filter((line) => !/^const (fail|params) =|^rejectUnknownMembers\(/.test(line));
}

describe('emitted check per constraint kind', () => {
  const cases: Array<{ name: string; given: Constraint[]; want: string[] }> = [
    {
      name: 'required top-level',
      given: [{ kind: 'required', path: 'Limit', ...error }],
      want: ["if (!isPresent(params.Limit)) fail('Limit', 'required', undefined, params.Limit);"],
    },
    {
      name: 'integer type',
      given: [{ kind: 'type', path: 'Limit', type: 'integer', ...error }],
      want: ["if (params.Limit != null && !Number.isInteger(params.Limit)) fail('Limit', 'type', 'integer', params.Limit);"],
    },
    {
      name: 'maximum',
      given: [{ kind: 'maximum', path: 'Limit', limit: 100, ...error }],
      want: ["if (typeof params.Limit === 'number' && params.Limit > 100) fail('Limit', 'maximum', 100, params.Limit);"],
    },
    {
      name: 'maxLength counts code points',
      given: [{ kind: 'maxLength', path: 'Name', limit: 8, ...error }],
      want: ["if (typeof params.Name === 'string' && [...params.Name].length > 8) fail('Name', 'maxLength', 8, params.Name);"],
    },
    {
      name: 'non-identifier key is quoted',
      given: [{ kind: 'minItems', path: 'Key-List', limit: 1, ...error }],
      want: ["if (Array.isArray(params['Key-List']) && params['Key-List'].length < 1) fail('Key-List', 'minItems', 1, params['Key-List']);"],
    },
    {
      name: 'values per filter loop over the filters with their index',
      given: [{ kind: 'maxItems', path: 'Filters[].Values', limit: 5, ...error }],
      want: [
        'for (const [i, filter] of listRecords(params.Filters)) {',
        "  if (Array.isArray(filter.Values) && filter.Values.length > 5) fail(`Filters[${i}].Values`, 'maxItems', 5, filter.Values);",
        '}',
      ],
    },
    {
      name: 'element type of a nested list uses a second index',
      given: [{ kind: 'type', path: 'Filters[].Values[]', type: 'string', ...error }],
      want: [
        'for (const [i, filter] of listRecords(params.Filters)) {',
        '  for (const [j, value] of listEntries(filter.Values)) {',
        "    if (value != null && typeof value !== 'string') fail(`Filters[${i}].Values[${j}]`, 'type', 'string', value);",
        '  }',
        '}',
      ],
    },
    {
      name: 'adjacent checks under the same loop share it',
      given: [
        { kind: 'required', path: 'Tag[].Key', ...error },
        { kind: 'maxLength', path: 'Tag[].Key', limit: 64, ...error },
      ],
      want: [
        'for (const [i, tag] of listRecords(params.Tag)) {',
        "  if (!isPresent(tag.Key)) fail(`Tag[${i}].Key`, 'required', undefined, tag.Key);",
        "  if (typeof tag.Key === 'string' && [...tag.Key].length > 64) fail(`Tag[${i}].Key`, 'maxLength', 64, tag.Key);",
        '}',
      ],
    },
    {
      name: 'nested object member is entered only when present',
      given: [{ kind: 'maximum', path: 'Config.Size', limit: 10, ...error }],
      want: ['if (isRecord(params.Config)) {', "  if (typeof params.Config.Size === 'number' && params.Config.Size > 10) fail('Config.Size', 'maximum', 10, params.Config.Size);", '}'],
    },
    {
      name: 'enum values are hoisted into a named list',
      given: [{ kind: 'enum', path: 'Mode', values: ['A', 'B'], ...error }],
      want: ["if (params.Mode != null && !isOneOf(params.Mode, opModeValues)) fail('Mode', 'enum', opModeValues, params.Mode);"],
    },
    {
      name: 'mutually exclusive names the second parameter and the one it conflicts with',
      given: [{ kind: 'mutuallyExclusive', paths: ['Ids', 'Filters'], ...error }],
      want: ["if (isPresent(params.Ids) && isPresent(params.Filters)) fail('Filters', 'mutuallyExclusive', 'Ids', params.Filters);"],
    },
    {
      name: 'three mutually exclusive parameters are checked pairwise',
      given: [{ kind: 'mutuallyExclusive', paths: ['A', 'B', 'C'], ...error }],
      want: [
        "if (isPresent(params.A) && isPresent(params.B)) fail('B', 'mutuallyExclusive', 'A', params.B);",
        "if (isPresent(params.A) && isPresent(params.C)) fail('C', 'mutuallyExclusive', 'A', params.C);",
        "if (isPresent(params.B) && isPresent(params.C)) fail('C', 'mutuallyExclusive', 'B', params.C);",
      ],
    },
    {
      name: 'filter names check each filter',
      given: [{ kind: 'filterName', path: 'Filters', names: ['x'], ...error }],
      want: [
        'for (const [i, filter] of listRecords(params.Filters)) {',
        "  if (!isOneOf(filter.Name, opFiltersNames)) fail(`Filters[${i}].Name`, 'filterName', opFiltersNames, filter.Name);",
        '}',
      ],
    },
    {
      name: 'filter values check each value against the list of its filter name',
      given: [{ kind: 'filterValue', path: 'Filters', values: { state: ['A', 'B'] }, ...error }],
      want: [
        'for (const [i, filter] of listRecords(params.Filters)) {',
        '  for (const [j, value] of listEntries(filter.Values)) {',
        "    if (value != null && !isFilterValue(filter.Name, value, opFiltersValues)) fail(`Filters[${i}].Values[${j}]`, 'filterValue', opFiltersValues.get(String(filter.Name)), value);",
        '  }',
        '}',
      ],
    },
    {
      name: 'unique keys compare each element with the earlier ones',
      given: [{ kind: 'uniqueKeys', path: 'Tag', key: 'Key', ...error }],
      want: [
        'for (const [i, tag] of listRecords(params.Tag)) {',
        "  if (repeatsEarlierKey(params.Tag, i, 'Key')) fail(`Tag[${i}].Key`, 'uniqueKeys', 'Key', tag.Key);",
        '}',
      ],
    },
    {
      name: 'a closed nested object rejects undefined members of each element',
      given: [{ kind: 'additionalProperties', path: 'Filters[]', allowed: ['Name', 'Values'], ...error }],
      want: [
        'for (const [i, value] of listEntries(params.Filters)) {',
        '  if (isRecord(value)) rejectUnknownMembers(value, opFiltersMembers, fail, `Filters[${i}]`);',
        '}',
      ],
    },
    {
      name: 'a pagination token is left to the service',
      given: [{ kind: 'token', path: 'NextToken', ...error }],
      want: [],
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(checkLines(oneOperation(given))).toEqual(want);
  });

  it('rejects unknown parameters only where the model closes the request (Tencent), first of all checks', () => {
    const closed: Constraint = { kind: 'additionalProperties', path: '', allowed: ['Filters', 'Limit'], ...error };
    const tencent = emitValidators(oneOperation([closed, { kind: 'required', path: 'Limit', ...error }]), contextFor(tencentMini))[0]?.contents ?? '';
    const open = emitValidators(oneOperation([], 'aliyun-rpc'), contextFor(aliyunMini))[0]?.contents ?? '';
    expect(tencent).toContain("const opParameters = ['Filters', 'Limit'];");
    expect(tencent).toContain('  const params = asRequestParams(input, fail);\n  rejectUnknownMembers(params, opParameters, fail);\n  if (!isPresent(params.Limit))');
    expect(open).not.toContain('rejectUnknownMembers');
  });

  it('imports only the runtime helpers the checks use and defines none itself', () => {
    const contents = emitValidators(oneOperation([{ kind: 'maximum', path: 'Limit', limit: 1, ...error }], 'aliyun-rpc'), contextFor(aliyunMini))[0]?.contents ?? '';
    expect(contents.match(/^import .*$/gm)).toEqual(["import { asRequestParams, validationFailure } from '@cloudexec/runtime';"]);
    expect(contents.match(/^function \w+/gm)).toBeNull();
  });

  it('every helper a validator may import is a function @cloudexec/runtime exports', () => {
    const exported: Record<string, unknown> = runtime;
    expect(HELPER_NAMES.filter((name) => typeof exported[name] !== 'function')).toEqual([]);
  });

  it('refuses a nested mutually exclusive path instead of emitting a wrong check', () => {
    const model = oneOperation([{ kind: 'mutuallyExclusive', paths: ['A', 'B[].C'], ...error }]);
    expect(() => emitValidators(model, contextFor(tencentMini))).toThrow(/B\[\]\.C is nested/);
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
      given: { Filters: [{ Name: 'instance-id', Values: ['a'] }, { Name: 'zone', Values: ['a'] }] },
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
      given: { Filters: [{ Name: 'instance-id', Values: ['x'] }, { Name: 'task-status', Values: ['RUNNING', 'DONE'] }] },
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
    { name: 'empty Content is missing', given: { Content: '' }, want: { action: 'RunCommand', path: 'Content', constraint: 'required', limit: undefined, value: '' } },
    { name: 'documented CommandType', given: { CommandType: 'BAT' }, want: 'ok' },
    {
      name: 'undocumented CommandType',
      given: { CommandType: 'PYTHON' },
      want: { action: 'RunCommand', path: 'CommandType', constraint: 'enum', limit: ['SHELL', 'POWERSHELL', 'BAT'], value: 'PYTHON' },
    },
    { name: 'Timeout at the maximum', given: { Timeout: 86400 }, want: 'ok' },
    { name: 'Timeout over the maximum', given: { Timeout: 86401 }, want: { action: 'RunCommand', path: 'Timeout', constraint: 'maximum', limit: 86400, value: 86401 } },
    { name: 'three instances', given: { InstanceIds: ['a', 'b', 'c'] }, want: 'ok' },
    { name: 'no instances', given: { InstanceIds: [] }, want: { action: 'RunCommand', path: 'InstanceIds', constraint: 'minItems', limit: 1, value: [] } },
    { name: 'a quoted parameter of the wrong type', given: { 'Parameter-Map': 'x' }, want: { action: 'RunCommand', path: 'Parameter-Map', constraint: 'type', limit: 'object', value: 'x' } },
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

  it('the message names action, parameter, constraint, limit and value', () => {
    expect(() => validateDescribeInvocationTasksRequest({ Limit: 101 })).toThrow(
      'DescribeInvocationTasks: parameter Limit violates maximum (limit: 100); got 101',
    );
  });
});
