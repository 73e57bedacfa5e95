// Limit inputs for the content rules and notPattern on a small hand-made operation: the budget filled exactly
// and one Base64 step over (plain content measured after Base64, a Base64 content as sent), encodings chosen
// by the sibling parameter, and a value with the forbidden form.
import type { Constraint, ContentEncoding, OperationModel } from '@cloudexec/runtime/model';
import { describe, expect, it } from 'vitest';
import { breaks, firstBroken } from '../src/cases/constraint-oracle.ts';
import { matchingText } from '../src/cases/content-inputs.ts';
import { baseInput, limitCases } from '../src/cases/limit-inputs.ts';

const fail = { code: 'CmdContent.ExceedLimit', httpStatus: 403, basis: 'documented' } as const;
const chosen: ContentEncoding = { parameter: 'ContentEncoding', values: { PlainText: 'plain', Base64: 'base64' }, default: 'plain', caseInsensitive: true };
const constraints: Constraint[] = [
  { ...fail, kind: 'required', path: 'CommandContent' },
  { ...fail, kind: 'contentEncoding', path: 'CommandContent', encoding: chosen },
  { ...fail, kind: 'maxContentBytes', path: 'CommandContent', limit: { maxBytes: 100, measure: 'base64', encoding: chosen, includes: ['Parameters'] } },
  { ...fail, kind: 'contentEncoding', path: 'Script', encoding: 'base64' },
  { ...fail, kind: 'maxContentBytes', path: 'Script', limit: { maxBytes: 10, measure: 'sent', encoding: 'base64' } },
  { ...fail, kind: 'notPattern', path: 'Tag[].Key', pattern: '^(aliyun|acs:)|https?://' },
];

const op: OperationModel = {
  action: 'RunCommand',
  method: 'GET',
  qps: 0,
  region: { required: false, parameter: 'RegionId' },
  constraints,
  pagination: [],
  errors: [],
  examples: [
    {
      name: 'run',
      request: { method: 'GET', host: 'x', path: '/', input: { CommandContent: 'ZWNobw==', ContentEncoding: 'Base64' } },
      response: { status: 200, data: {} },
    } as unknown as OperationModel['examples'][number],
  ],
  discrepancies: [],
  requestSchema: {
    type: 'object',
    required: ['CommandContent'],
    properties: {
      CommandContent: { type: 'string' },
      ContentEncoding: { type: 'string' },
      Parameters: { type: 'object' },
      Script: { type: 'string', 'x-cloudexec-content': { encoding: 'base64', maxBytes: 10, measure: 'sent' } },
      Tag: { type: 'array', items: { type: 'object', properties: { Key: { type: 'string' } } } },
    },
  },
  responseSchema: {},
};

const cases = new Map(limitCases(op, undefined).map((limit) => [limit.id, limit]));

describe('content limit inputs', () => {
  it('the example content keeps its encoding parameter in the base input', () => {
    expect(baseInput(op, undefined)).toEqual({ CommandContent: 'ZWNobw==', ContentEncoding: 'Base64' });
  });

  it('every at input breaks nothing, every past input breaks its own rule', () => {
    for (const id of [
      'contentEncoding CommandContent',
      'maxContentBytes CommandContent',
      'contentEncoding Script',
      'maxContentBytes Script',
      'notPattern Tag[].Key',
    ]) {
      const limit = cases.get(id)!;
      for (const input of limit.at) expect(firstBroken(input, constraints), `${id} at ${JSON.stringify(input).slice(0, 80)}`).toBeUndefined();
      expect(limit.expected, id).toBe(limit.constraint);
      expect(breaks(limit.over, limit.constraint), id).toBe(true);
    }
  });

  it('a Base64 budget is filled to the last whole group of four and overrun by one group', () => {
    const script = cases.get('maxContentBytes Script')!;
    expect(script.at[0]?.['Script']).toBe('AAAAAAAA');
    expect(script.over['Script']).toBe('AAAAAAAAAAAA');
    // The example's Base64 encoding stays: the content counts as sent, 100 → 25 groups.
    const content = cases.get('maxContentBytes CommandContent')!;
    expect((content.at[0]?.['CommandContent'] as string).length).toBe(100);
    expect((content.over['CommandContent'] as string).length).toBe(104);
  });

  it('a chosen encoding is exercised both ways at the limit', () => {
    const encoding = cases.get('contentEncoding CommandContent')!;
    expect(encoding.at.map((input) => input['ContentEncoding'])).toEqual(['Base64', 'PlainText']);
    expect(encoding.over).toMatchObject({ ContentEncoding: 'Base64', CommandContent: 'contract malformed!' });
  });

  it('matchingText finds a value with the forbidden form from the leading literal', () => {
    expect(matchingText('^(aliyun|acs:)|https?://')).toBe('aliyuncontract');
    expect(matchingText('^acs:')).toBe('acs:contract');
    expect(matchingText('\\d{3}$')).toBeUndefined();
  });
});
