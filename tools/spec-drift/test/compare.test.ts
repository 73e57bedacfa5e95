import { describe, expect, it } from 'vitest';
import { runDrift, unacknowledged } from '../src/drift.ts';
import type { FieldMap } from '../src/facts.ts';
import { BASE_COMPONENTS, BASE_REQUEST, BASE_RESPONSE, baseFacts, demoSnapshot, fixtureRepo, source, type FixtureSpec } from './fixture-repo.ts';

const base: FixtureSpec = { request: BASE_REQUEST, response: BASE_RESPONSE };

function rowsFor(spec: FixtureSpec, edit: (facts: { request: FieldMap; response: FieldMap }) => void, carries: ('enum' | 'maximum')[] = []) {
  const facts = baseFacts();
  edit(facts);
  const report = runDrift(fixtureRepo(spec, [demoSnapshot([source(facts, { carries })])]));
  return report.operations[0]?.rows.map((r) => ({ path: r.path, what: r.what, kind: r.kind, bump: r.bump, acknowledged: r.acknowledged !== undefined })) ?? [];
}

describe('spec:drift difference kinds (spec → snapshot, classified by spec-diff rules)', () => {
  it('finds nothing when the facts match, named types included (Status is a string enum)', () => {
    expect(rowsFor(base, () => {})).toEqual([]);
  });

  it.each([
    [
      'a request field the vendor has and the spec lacks',
      (f: { request: FieldMap }) => {
        f.request.Tag = { type: 'string', required: false };
      },
      { path: 'Tag', what: 'missing in spec', kind: 'request-field-added-optional', bump: 'minor' },
    ],
    [
      'a required request field the spec lacks',
      (f: { request: FieldMap }) => {
        f.request.Zone = { type: 'string', required: true };
      },
      { path: 'Zone', what: 'missing in spec', kind: 'request-field-added-required', bump: 'major' },
    ],
    [
      'a request field only the spec has',
      (f: { request: FieldMap }) => {
        delete f.request.Mode;
      },
      { path: 'Mode', what: 'extra in spec', kind: 'request-field-removed', bump: 'major' },
    ],
    [
      'a request type difference',
      (f: { request: FieldMap }) => {
        f.request.Limit = { type: 'string', required: false };
      },
      { path: 'Limit', what: 'differs', kind: 'request-field-retyped', bump: 'major' },
    ],
    [
      'a request field the vendor requires',
      (f: { request: FieldMap }) => {
        f.request.Limit = { type: 'number', required: true };
      },
      { path: 'Limit', what: 'differs', kind: 'request-field-made-required', bump: 'major' },
    ],
  ])('%s', (_, edit, expected) => {
    expect(rowsFor(base, edit as never)).toEqual([{ ...expected, acknowledged: false }]);
  });

  it.each([
    [
      'a response field the spec lacks',
      (f: { response: FieldMap }) => {
        f.response['Items[].Extra'] = { type: 'number', required: true };
      },
      { path: 'Items[].Extra', what: 'missing in spec', kind: 'response-field-added', bump: 'minor' },
    ],
    [
      'a response field the vendor makes optional',
      (f: { response: FieldMap }) => {
        f.response['Items[].Id'] = { type: 'string', required: false };
      },
      { path: 'Items[].Id', what: 'differs', kind: 'response-field-made-optional', bump: 'major' },
    ],
    [
      'a response field the vendor says is never null',
      (f: { response: FieldMap }) => {
        f.response['Items[].Note'] = { type: 'string', required: false, nullable: false };
      },
      { path: 'Items[].Note', what: 'differs', kind: 'response-field-narrowed', bump: 'minor' },
    ],
    [
      'a response field the vendor says may be null',
      (f: { response: FieldMap }) => {
        f.response['Items[].Id'] = { type: 'string', required: true, nullable: true };
      },
      { path: 'Items[].Id', what: 'differs', kind: 'response-field-retyped', bump: 'major' },
    ],
  ])('%s', (_, edit, expected) => {
    expect(rowsFor(base, edit as never)).toEqual([{ ...expected, acknowledged: false }]);
  });

  it('compares enums and limits only for sources that carry them', () => {
    const edit = (f: { request: FieldMap; response: FieldMap }) => {
      f.request.Mode = { type: 'string', required: false, enum: ['A', 'B', 'C'] };
      f.request.Limit = { type: 'number', required: false, maximum: 50 };
      f.response['Items[].Status'] = { type: 'string', required: false, enum: ['OK', 'FAILED'] };
    };
    expect(rowsFor(base, edit as never)).toEqual([]);
    expect(rowsFor(base, edit as never, ['enum', 'maximum'])).toEqual([
      { path: 'Limit', what: 'differs', kind: 'request-limit-tightened', bump: 'major', acknowledged: false },
      { path: 'Mode', what: 'differs', kind: 'request-enum-value-added', bump: 'minor', acknowledged: false },
    ]);
  });

  it('leaves facts a source does not state (required, nullable) uncompared', () => {
    const facts = (f: { request: FieldMap; response: FieldMap }) => {
      for (const side of [f.request, f.response]) for (const key of Object.keys(side)) side[key] = { type: side[key]!.type };
    };
    expect(rowsFor(base, facts as never)).toEqual([]);
  });
});

describe('acknowledgements (x-cloudexec-drift)', () => {
  const extraOptional = (f: { request: FieldMap; response: FieldMap }) => {
    f.request.OwnerId = { type: 'number', required: false };
    f.response['Items[].Note'] = { type: 'string', required: false, nullable: false };
  };

  it('an operation-level entry acknowledges a field the spec leaves out; the rest stays open', () => {
    const spec: FixtureSpec = { ...base, operation: { 'x-cloudexec-drift': { ignore: ['request OwnerId'], reason: 'internal parameter' } } };
    expect(rowsFor(spec, extraOptional as never).map((r) => [r.path, r.acknowledged])).toEqual([
      ['OwnerId', true],
      ['Items[].Note', false],
    ]);
  });

  it('a property-level entry acknowledges its change kinds only', () => {
    const note = (ignore: string[]) => ({
      ...BASE_COMPONENTS,
      Item: {
        ...BASE_COMPONENTS.Item,
        properties: {
          ...(BASE_COMPONENTS.Item!.properties as object),
          Note: { type: ['string', 'null'], 'x-cloudexec-drift': { ignore, reason: 'observed null' } },
        },
      },
    });
    expect(rowsFor({ ...base, components: note(['response-field-narrowed']) }, extraOptional as never).map((r) => [r.path, r.acknowledged])).toEqual([
      ['OwnerId', false],
      ['Items[].Note', true],
    ]);
    expect(rowsFor({ ...base, components: note(['*']) }, extraOptional as never).find((r) => r.path === 'Items[].Note')?.acknowledged).toBe(true);
    expect(
      rowsFor({ ...base, components: note(['response-field-retyped']) }, extraOptional as never).find((r) => r.path === 'Items[].Note')?.acknowledged,
    ).toBe(false);
  });

  it('a kind named on a property covers the fields below it, but not other kinds there', () => {
    const items = (ignore: string[]) => ({
      ...BASE_RESPONSE,
      properties: {
        ...(BASE_RESPONSE.properties as object),
        Items: { ...(BASE_RESPONSE.properties as any).Items, 'x-cloudexec-drift': { ignore, reason: 'output_required only in tccli' } },
      },
    });
    const edit = (f: { request: FieldMap; response: FieldMap }) => {
      f.response['Items[].Status'] = { type: 'string', required: true };
      f.response['Items[].Extra'] = { type: 'string', required: false };
    };
    expect(rowsFor({ ...base, response: items(['response-field-made-required']) }, edit as never).map((r) => [r.path, r.kind, r.acknowledged])).toEqual([
      ['Items[].Extra', 'response-field-added', false],
      ['Items[].Status', 'response-field-made-required', true],
    ]);
    // '*' stays with its own field: it would otherwise hide every new member below.
    expect(rowsFor({ ...base, response: items(['*']) }, edit as never).every((r) => !r.acknowledged)).toBe(true);
  });

  it('an entry narrowed to other sources does not apply', () => {
    const spec: FixtureSpec = { ...base, operation: { 'x-cloudexec-drift': { ignore: ['request OwnerId'], reason: 'r', sources: ['tccli'] } } };
    expect(rowsFor(spec, extraOptional as never).every((r) => !r.acknowledged)).toBe(true);
  });
});

describe('operations without a counterpart', () => {
  it('snapshots without a spec operation are info; a spec operation without a snapshot counts against the run', () => {
    const report = runDrift(fixtureRepo(base, [demoSnapshot([source(baseFacts())], 'Other')]));
    expect(report.notInSpec).toEqual(['demo/svc/Other']);
    expect(report.noSnapshot).toEqual(['demo/svc/Demo']);
    expect(unacknowledged(report)).toBe(1);
  });
});
