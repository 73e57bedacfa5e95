// Table-driven: one edit of a small spec pair → the exact changes reported, each with its bump.
import { describe, expect, it } from 'vitest';
import { diffService } from '../src/diff-service.ts';
import type { JsonObject } from '../src/json.ts';
import { at, commonSpec, serviceSpec, thingSpec } from './helpers/thing-spec.ts';

interface Case {
  name: string;
  edit: (doc: JsonObject, common: JsonObject) => void;
  /** [bump, kind, message] of every change, in report order. */
  want: Array<[string, string, string]>;
}

const op = 'DescribeThings';
const cases: Case[] = [
  // operations
  {
    name: 'operation added',
    edit: (d) => ((d.paths as any)['/DescribeOther'] = { post: { operationId: 'DescribeOther' } }),
    want: [['minor', 'operation-added', 'operation added']],
  },
  { name: 'operation removed', edit: (d) => delete (d.paths as any)['/DescribeThings'], want: [['major', 'operation-removed', 'operation removed']] },
  // request fields
  {
    name: 'optional request field added',
    edit: (d) => (at.request(d).Verbose = { type: 'boolean' }),
    want: [['minor', 'request-field-added-optional', 'request `Verbose` added (optional, boolean)']],
  },
  {
    name: 'required request field added',
    edit: (d) => {
      at.request(d).JobId = { type: 'string' };
      at.schema(d, 'DescribeThingsRequest').required = ['JobId'];
    },
    want: [['major', 'request-field-added-required', 'request `JobId` added (required, string)']],
  },
  { name: 'request field removed', edit: (d) => delete at.request(d).Mode, want: [['major', 'request-field-removed', 'request `Mode` removed']] },
  {
    name: 'request field renamed (removed + added, same type)',
    edit: (d) => {
      at.request(d).ThingIdList = at.request(d).ThingIds;
      delete at.request(d).ThingIds;
    },
    want: [['major', 'request-field-renamed', 'request `ThingIds` renamed to `ThingIdList` (string[])']],
  },
  {
    name: 'request field made required',
    edit: (d) => (at.schema(d, 'DescribeThingsRequest').required = ['Mode']),
    want: [['major', 'request-field-made-required', 'request `Mode` now required']],
  },
  {
    name: 'request field retyped',
    edit: (d) => (at.request(d).Offset.type = 'string'),
    want: [['major', 'request-field-retyped', 'request `Offset` type integer → string']],
  },
  {
    name: 'request field widened to nullable',
    edit: (d) => (at.request(d).Offset.type = ['integer', 'null']),
    want: [['minor', 'request-field-widened', 'request `Offset` type integer → integer | null']],
  },
  {
    name: 'limit tightened',
    edit: (d) => (at.request(d).Limit.maximum = 50),
    want: [['major', 'request-limit-tightened', 'request `Limit` maximum 100 → 50']],
  },
  {
    name: 'limit loosened',
    edit: (d) => (at.request(d).Limit.maximum = 1000),
    want: [['minor', 'request-limit-loosened', 'request `Limit` maximum 100 → 1000']],
  },
  {
    name: 'minimum added',
    edit: (d) => (at.request(d).Offset.minimum = 0),
    want: [['major', 'request-limit-tightened', 'request `Offset` minimum (none) → 0']],
  },
  {
    name: 'nested array limit tightened (via $ref)',
    edit: (d) => (at.schema(d, 'Filter').properties.Values.maxItems = 3),
    want: [['major', 'request-limit-tightened', 'request `Filters[].Values` maxItems 5 → 3']],
  },
  {
    name: 'pattern added',
    edit: (d) => (at.request(d).ThingIds.items.pattern = '^thing-'),
    want: [['major', 'request-limit-tightened', 'request `ThingIds[]` pattern (none) → "^thing-"']],
  },
  { name: 'default changed', edit: (d) => (at.request(d).Limit.default = 10), want: [['major', 'request-default-changed', 'request `Limit` default 20 → 10']] },
  {
    name: 'default documented',
    edit: (d) => (at.request(d).Mode.default = 'FAST'),
    want: [['minor', 'request-default-documented', 'request `Mode` default (none) → "FAST"']],
  },
  {
    name: 'request enum value added',
    edit: (d) => at.request(d).Mode.enum.push('AUTO'),
    want: [['minor', 'request-enum-value-added', 'request `Mode` enum value "AUTO" added']],
  },
  {
    name: 'request enum value removed',
    edit: (d) => (at.request(d).Mode.enum = ['FAST']),
    want: [['major', 'request-enum-value-removed', 'request `Mode` enum value "SLOW" removed']],
  },
  // response fields, walked through $refs
  {
    name: 'response field added in a nested type',
    edit: (d) => (at.thing(d).Owner = { type: 'string' }),
    want: [['minor', 'response-field-added', 'response `ThingSet[].Owner` added (optional, string)']],
  },
  { name: 'response field removed', edit: (d) => delete at.thing(d).State, want: [['major', 'response-field-removed', 'response `ThingSet[].State` removed']] },
  {
    name: 'response field retyped two $refs deep',
    edit: (d) => (at.schema(d, 'Detail').properties.Code.type = 'string'),
    want: [['major', 'response-field-retyped', 'response `ThingSet[].Detail.Code` type integer → string']],
  },
  {
    name: 'response field made nullable',
    edit: (d) => (at.thing(d).ThingId.type = ['string', 'null']),
    want: [['major', 'response-field-retyped', 'response `ThingSet[].ThingId` type string → null | string']],
  },
  {
    name: 'response field no longer nullable',
    edit: (d) => (at.thing(d).EndTime.type = 'string'),
    want: [['minor', 'response-field-narrowed', 'response `ThingSet[].EndTime` type null | string → string']],
  },
  {
    name: 'response field made optional',
    edit: (d) => (at.schema(d, 'Thing').required = []),
    want: [['major', 'response-field-made-optional', 'response `ThingSet[].ThingId` now optional']],
  },
  {
    name: 'response enum value added',
    edit: (d) => at.thing(d).State.enum.push('FAILED'),
    want: [['minor', 'response-enum-value-added', 'response `ThingSet[].State` enum value "FAILED" added']],
  },
  {
    name: 'response enum value removed',
    edit: (d) => (at.thing(d).State.enum = ['DONE']),
    want: [['major', 'response-enum-value-removed', 'response `ThingSet[].State` enum value "RUNNING" removed']],
  },
  {
    name: 'response limit is documentation',
    edit: (d) => (at.thing(d).ThingId.maxLength = 32),
    want: [['patch', 'response-constraint-changed', 'response `ThingSet[].ThingId` maxLength (none) → 32']],
  },
  {
    name: 'field description',
    edit: (d) => (at.request(d).Limit.description = 'Items per page.'),
    want: [['patch', 'description-changed', 'request `Limit` description changed']],
  },
  // filters
  {
    name: 'filter name added',
    edit: (d) => at.extension(d).filters.names.push({ name: 'thing-state', field: 'State' }),
    want: [['minor', 'filter-name-added', 'filter name `thing-state` added']],
  },
  {
    name: 'filter name removed',
    edit: (d) => at.extension(d).filters.names.pop(),
    want: [['major', 'filter-name-removed', 'filter name `thing-kind` removed']],
  },
  {
    name: 'filter name renamed',
    edit: (d) => (at.extension(d).filters.names[0].name = 'id'),
    want: [['major', 'filter-name-renamed', 'filter name `thing-id` renamed to `id`']],
  },
  {
    name: 'filter rename explained by a discrepancy record',
    edit: (d) => {
      const names = at.extension(d).filters.names;
      names[1].name = 'thing-type';
      at.extension(d).discrepancies[0].resolution = 'the service accepts thing-type';
    },
    want: [
      [
        'minor',
        'filter-name-corrected',
        'filter name `thing-kind` renamed to `thing-type` (a discrepancy record documents the new name as the one the service accepts)',
      ],
      ['patch', 'discrepancies-changed', 'discrepancies changed: changed kind-filter-name'],
    ],
  },
  {
    name: 'filter value removed',
    edit: (d) => (at.extension(d).filters.names[1].values = ['A']),
    want: [['major', 'request-enum-value-removed', 'filter `thing-kind` value "B" removed']],
  },
  {
    name: 'max filters tightened',
    edit: (d) => (at.extension(d).filters.maxFilters = 5),
    want: [['major', 'request-limit-tightened', 'filters maxFilters 10 → 5']],
  },
  // errors and operation facts
  {
    name: 'error code added',
    edit: (d) => at.extension(d).errors.push({ code: 'ResourceNotFound.Thing', httpStatus: 200 }),
    want: [['minor', 'error-code-added', 'error code `ResourceNotFound.Thing` added (HTTP 200)']],
  },
  {
    name: 'error code removed',
    edit: (d) => (at.extension(d).errors = []),
    want: [['major', 'error-code-removed', 'error code `InvalidParameter.Thing` removed']],
  },
  {
    name: 'error status changed',
    edit: (d) => (at.extension(d).errors[0].httpStatus = 400),
    want: [['minor', 'error-status-changed', 'error code `InvalidParameter.Thing` httpStatus 200 → 400']],
  },
  { name: 'rate limit changed', edit: (d) => (at.extension(d).rateLimit.qps = 10), want: [['minor', 'rate-limit-changed', 'rate limit 20 QPS → 10 QPS']] },
  {
    name: 'region made required',
    edit: (d) => (at.extension(d).region.required = true),
    want: [['major', 'region-made-required', 'region {"parameter":"Region","required":false} → {"parameter":"Region","required":true}']],
  },
  {
    name: 'pagination changed',
    edit: (d) => (at.extension(d).pagination.total = 'Total'),
    want: [['major', 'pagination-changed', 'pagination (offset-limit) total "TotalCount" → "Total"']],
  },
  {
    name: 'mutually exclusive added',
    edit: (d) => at.extension(d).mutuallyExclusive.push(['Mode', 'Offset']),
    want: [['major', 'mutually-exclusive-added', 'mutually exclusive Mode + Offset added']],
  },
  {
    name: 'examples changed',
    edit: (d) => (at.extension(d).examples[0].response.body.TotalCount = 2),
    want: [['patch', 'examples-changed', 'examples changed: changed one-thing']],
  },
  {
    name: 'provenance changed',
    edit: (d) => (at.extension(d).provenance.lastUpdated = '2024-01-01'),
    want: [['patch', 'provenance-changed', 'provenance.lastUpdated "2023-03-14" → "2024-01-01"']],
  },
  {
    name: 'a note on an operation fact',
    edit: (d) => (at.extension(d).region.note = 'Sent as a header.'),
    want: [['patch', 'description-changed', 'region notes changed']],
  },
  {
    name: 'a note on a filter name',
    edit: (d) => (at.extension(d).filters.names[0].note = 'From the example.'),
    want: [['patch', 'description-changed', 'filter `thing-id` note (none) → "From the example."']],
  },
  {
    name: 'a note on a pagination style',
    edit: (d) => (at.extension(d).pagination.note = 'Token wins.'),
    want: [['patch', 'description-changed', 'pagination (offset-limit) note (none) → "Token wins."']],
  },
  {
    name: 'a note inside a pagination alternative',
    edit: (d) => (at.extension(d).pagination.alternatives[0].note = 'Ignored with tokens.'),
    want: [
      [
        'patch',
        'description-changed',
        'pagination (offset-limit) alternatives [{"pageNumber":"Page","style":"page-number"}] → [{"note":"Ignored with tokens.","pageNumber":"Page","style":"page-number"}]',
      ],
    ],
  },
  {
    name: 'a pagination alternative retargeted',
    edit: (d) => (at.extension(d).pagination.alternatives[0].pageNumber = 'PageNumber'),
    want: [
      [
        'major',
        'pagination-changed',
        'pagination (offset-limit) alternatives [{"pageNumber":"Page","style":"page-number"}] → [{"pageNumber":"PageNumber","style":"page-number"}]',
      ],
    ],
  },
  {
    name: 'an error code source',
    edit: (d) => (at.extension(d).errors[0].source = 'page'),
    want: [['patch', 'provenance-changed', 'error code `InvalidParameter.Thing` source (none) → "page"']],
  },
  {
    name: 'operation summary',
    edit: (d) => (at.operation(d).summary = 'List all things.'),
    want: [['patch', 'description-changed', 'operation summary changed']],
  },
  // outside the operations
  {
    name: 'api version',
    edit: (d) => ((d['x-cloudexec-service'] as any).version = '2022-01-01'),
    want: [['major', 'api-version-changed', 'acme/things.yaml x-cloudexec-service.version "2020-10-28" → "2022-01-01"']],
  },
  {
    name: 'endpoint',
    edit: (d) => ((d['x-cloudexec-service'] as any).endpoint.intl = 'things.intl.acme.test'),
    want: [['minor', 'service-metadata-changed', 'acme/things.yaml x-cloudexec-service.endpoint.intl (none) → "things.intl.acme.test"']],
  },
  {
    name: 'unused component schema',
    edit: (d) => delete at.schema(d, 'Unused').properties.X,
    want: [['minor', 'service-metadata-changed', 'acme/things.yaml components.schemas.Unused.properties.X {"type":"string"} → (none)']],
  },
  {
    name: 'common error code removed',
    edit: (_d, c) => ((c['x-cloudexec-common'] as any).commonErrors = []),
    want: [['major', 'error-code-removed', 'acme/common.yaml x-cloudexec-common.commonErrors: error code `InternalError` removed']],
  },
];

describe('diffService classifies each change kind', () => {
  it.each(cases)('$name', ({ edit, want }) => {
    const doc = thingSpec();
    const common = commonSpec();
    edit(doc, common);
    const diff = diffService(serviceSpec(thingSpec()), serviceSpec(doc, common));
    const got = diff?.changes.map((c) => [c.bump, c.kind, c.message]);
    expect(got).toEqual(want);
    const operations = diff?.changes.map((c) => c.operation);
    for (const operation of operations ?? []) expect([undefined, op, 'DescribeOther']).toContain(operation);
  });

  it('reports nothing for identical specs', () => {
    expect(diffService(serviceSpec(thingSpec()), serviceSpec(thingSpec()))).toBeUndefined();
  });

  it('takes the highest bump of all changes as the package bump', () => {
    const doc = thingSpec();
    at.extension(doc).examples = [];
    at.thing(doc).Owner = { type: 'string' };
    expect(diffService(serviceSpec(thingSpec()), serviceSpec(doc))?.bump).toBe('minor');
    at.request(doc).Limit.maximum = 10;
    expect(diffService(serviceSpec(thingSpec()), serviceSpec(doc))?.bump).toBe('major');
  });

  it('counts a spec absent at the base as all operations added', () => {
    const diff = diffService(undefined, serviceSpec(thingSpec()));
    expect(diff?.changes.map((c) => [c.bump, c.kind, c.operation])).toEqual([['minor', 'operation-added', op]]);
  });
});
