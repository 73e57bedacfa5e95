// Numbers and booleans a server sends as strings arrive typed; anything else names the field.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiClient, ResponseTypeError, coerceFields, fieldTypesFromSchema, type FieldTypes } from '../src/index.ts';
import { createFakeProtocol, tatService } from './support/fake-protocol.ts';
import { useMswServer } from './support/msw.ts';
import { testCredentials } from './support/secrets.ts';

const server = useMswServer();

const schema = {
  type: 'object',
  properties: {
    TotalCount: { type: 'integer' },
    RequestId: { type: 'string' },
    InvocationSet: {
      type: 'array',
      items: { type: 'object', properties: { Timeout: { type: 'integer' }, HideOutput: { type: 'boolean' }, Name: { type: 'string' } } },
    },
  },
};
const types = fieldTypesFromSchema(schema)!;

describe('coerceFields', () => {
  it('derives a compact table from a response schema', () => {
    expect(types).toEqual({ TotalCount: 'number', InvocationSet: [{ Timeout: 'number', HideOutput: 'boolean' }] });
    expect(fieldTypesFromSchema({ type: 'object', properties: { Name: { type: 'string' } } })).toBeUndefined();
  });

  it('converts exact numeric and boolean strings, copying only what changes', () => {
    const input = { TotalCount: '5', RequestId: '42', InvocationSet: [{ Timeout: '60', HideOutput: 'false', Name: '7' }, { Timeout: 1.5 }] };
    const out = coerceFields(input, types, 'DescribeInvocations');
    expect(out).toEqual({ TotalCount: 5, RequestId: '42', InvocationSet: [{ Timeout: 60, HideOutput: false, Name: '7' }, { Timeout: 1.5 }] });
    expect(input.TotalCount).toBe('5'); // the parsed response is not mutated
    const clean = { TotalCount: 1, InvocationSet: [] };
    expect(coerceFields(clean, types, 'X')).toBe(clean);
  });

  it.each([
    ['TotalCount', { TotalCount: 'five' }, 'number', 'TotalCount'],
    ['hex', { TotalCount: '0x10' }, 'number', 'TotalCount'],
    ['empty', { TotalCount: '' }, 'number', 'TotalCount'],
    ['beyond 2^53', { TotalCount: '9007199254740993' }, 'number', 'TotalCount'],
    ['boolean', { InvocationSet: [{}, { HideOutput: 'yes' }] }, 'boolean', 'InvocationSet[1].HideOutput'],
  ])('refuses a lossy or unreadable string (%s), naming the path', (_name, data, expected, path) => {
    const error = (() => {
      try {
        coerceFields(data as Record<string, unknown>, types as FieldTypes, 'DescribeInvocations');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ResponseTypeError);
    expect(error).toMatchObject({ path, expected, retryable: false });
    expect((error as Error).message).toContain(`response field ${path} should be a ${expected}`);
  });

  it('applies through the client when the operation carries responseTypes', async () => {
    server.use(http.post('https://tat.tencentcloudapi.com/', () => HttpResponse.json({ Response: { RequestId: 'r', TotalCount: '5' } })));
    const client = new ApiClient({ protocol: createFakeProtocol(), service: tatService, credentials: testCredentials, rateLimiter: false });
    await expect(client.send({ action: 'DescribeInvocations', responseTypes: types }, {})).resolves.toEqual({ RequestId: 'r', TotalCount: 5 });
    await expect(client.send({ action: 'DescribeInvocations' }, {})).resolves.toEqual({ RequestId: 'r', TotalCount: '5' });
  });
});
