// Mock side, Tencent: parse what clients send (ours and the official SDK's), verify signatures, reject tampering.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tencentProtocol, type ProtocolRequest } from '@cloudexec/runtime';
import { parseTencentRequest, verifyTencentSignature, type TencentIncomingRequest } from '../../src/protocols/tencent-request.ts';
import { readRawRequest, type RawHttpRequest } from '../../src/protocols/server-request.ts';
import { signTc3 } from '@cloudexec/runtime/wire';
import { params, securityToken } from '../../../runtime/test/signing/arbitraries.ts';
import { officialTencentClient, officialTencentSign } from '../../../runtime/test/signing/official-signers.ts';
import { changeOneCharacter, NOW, received, wireShape } from './server-arbitraries.ts';

const SECRETS: Record<string, string> = { AKIDmock: 'mock-secret-key' };
const lookup = (id: string): string | undefined => SECRETS[id];
const TAT = { provider: 'tencent', service: 'tat', version: '2020-10-28' } as const;

function tatRequest(overrides: Partial<ProtocolRequest> = {}): ProtocolRequest {
  return {
    service: TAT,
    action: 'DescribeInvocations',
    method: 'POST',
    params: { InvocationIds: ['inv-1'], Filters: [{ Name: 'command-id', Values: ['cmd-1'] }], Limit: 10 },
    region: 'ap-guangzhou',
    host: 'tat.tencentcloudapi.com',
    scheme: 'https',
    credentials: { accessKeyId: 'AKIDmock', accessKeySecret: 'mock-secret-key' },
    date: NOW,
    ...overrides,
  };
}

/** One hex digit of the Authorization signature changed. */
function changeSignature(authorization: string, position: number): string {
  const start = authorization.indexOf('Signature=') + 'Signature='.length;
  return authorization.slice(0, start) + changeOneCharacter(authorization.slice(start), position);
}

function parsed(raw: RawHttpRequest): TencentIncomingRequest {
  const result = parseTencentRequest(raw);
  if (!result.ok) throw new Error(`parse failed: ${result.code} ${result.message}`);
  return result.request;
}

describe('parsing', () => {
  test('TC3 POST JSON, header names in any case', async () => {
    const wire = await tencentProtocol.sign(
      tatRequest({ language: 'en-US', credentials: { accessKeyId: 'AKIDmock', accessKeySecret: 'mock-secret-key', securityToken: 'tok' } }),
    );
    const shouting = Object.fromEntries(Object.entries(wire.headers).map(([name, value]) => [name.toUpperCase(), value]));
    const request = parsed({ ...received(wire), headers: shouting });
    expect(request).toMatchObject({
      action: 'DescribeInvocations',
      version: '2020-10-28',
      region: 'ap-guangzhou',
      language: 'en-US',
      securityToken: 'tok',
      timestamp: NOW.getTime() / 1000,
      params: { InvocationIds: ['inv-1'], Filters: [{ Name: 'command-id', Values: ['cmd-1'] }], Limit: 10 },
      signature: { kind: 'tc3', accessKeyId: 'AKIDmock', date: '2024-05-01', service: 'tat', signedHeaders: ['content-type', 'host'] },
    });
  });

  test('TC3 GET: the flattened query comes back as nested params', async () => {
    const request = parsed(received(await tencentProtocol.sign(tatRequest({ method: 'GET' }))));
    expect(request.params).toEqual({ InvocationIds: ['inv-1'], Filters: [{ Name: 'command-id', Values: ['cmd-1'] }], Limit: '10' });
  });

  test('v1 GET and form POST: common parameters are split off', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const request = parsed(received(await tencentProtocol.sign(tatRequest({ method, signatureMethod: 'v1-hmac-sha256' }))));
      expect(request).toMatchObject({
        action: 'DescribeInvocations',
        version: '2020-10-28',
        region: 'ap-guangzhou',
        params: { InvocationIds: ['inv-1'], Filters: [{ Name: 'command-id', Values: ['cmd-1'] }], Limit: '10' },
        signature: { kind: 'v1', accessKeyId: 'AKIDmock', signatureMethod: 'HmacSHA256' },
      });
    }
  });

  test('a web Request (what MSW hands over) without a Host header', async () => {
    const wire = await tencentProtocol.sign(tatRequest({ host: 'tat.tencentcloudapi.com:9443' }));
    const { Host: _host, ...headers } = wire.headers;
    const raw = await readRawRequest(new Request(wire.url, { method: 'POST', headers, body: wire.body }));
    const verdict = await verifyTencentSignature(parsed(raw), lookup, { now: NOW });
    expect(verdict).toEqual({ ok: true, accessKeyId: 'AKIDmock' });
  });

  test.each([
    ['missing X-TC-Action', { 'X-TC-Version': '2020-10-28' }, '{}', 'MissingParameter'],
    ['a body that is not JSON', { 'X-TC-Action': 'A', 'X-TC-Version': 'v', 'Content-Type': 'application/json' }, '{', 'InvalidParameter'],
    ['a JSON array body', { 'X-TC-Action': 'A', 'X-TC-Version': 'v', 'Content-Type': 'application/json' }, '[]', 'InvalidParameter'],
  ])('rejects %s', (_name, headers, body, code) => {
    expect(parseTencentRequest({ method: 'POST', url: 'https://tat.tencentcloudapi.com/', headers, body })).toMatchObject({ ok: false, code, httpStatus: 200 });
  });
});

describe('verification', () => {
  const arbitraryCall = fc.record({
    params,
    method: fc.constantFrom('GET' as const, 'POST' as const),
    signatureMethod: fc.constantFrom('tc3', 'v1-hmac-sha1', 'v1-hmac-sha256'),
    token: securityToken,
    skew: fc.integer({ min: -290, max: 290 }),
    position: fc.nat(),
  });

  test('what the client signs verifies, params survive, and a one-character change is rejected', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCall, async ({ params: input, method, signatureMethod, token, skew, position }) => {
        const call = tatRequest({
          params: input,
          method,
          signatureMethod,
          date: new Date(NOW.getTime() + skew * 1000),
          credentials: { accessKeyId: 'AKIDmock', accessKeySecret: 'mock-secret-key', securityToken: token },
        });
        const raw = received(await tencentProtocol.sign(call));
        const request = parsed(raw);
        const isJson = method === 'POST' && signatureMethod === 'tc3';
        expect(request.params).toEqual(isJson ? JSON.parse(raw.body) : (wireShape(input) ?? {}));
        expect(await verifyTencentSignature(request, lookup, { now: NOW })).toEqual({ ok: true, accessKeyId: 'AKIDmock' });

        const signed = raw.body !== '' ? 'body' : raw.url.includes('?') ? 'url' : 'action';
        const tampered: RawHttpRequest =
          signed === 'body'
            ? { ...raw, body: changeOneCharacter(raw.body, position) }
            : signed === 'url'
              ? { ...raw, url: raw.url.slice(0, raw.url.indexOf('?') + 1) + changeOneCharacter(raw.url.slice(raw.url.indexOf('?') + 1), position) }
              : { ...raw, headers: { ...raw.headers, Authorization: changeSignature(raw.headers['Authorization' as never] as string, position) } };
        const reparsed = parseTencentRequest(tampered);
        if (reparsed.ok) expect((await verifyTencentSignature(reparsed.request, lookup, { now: NOW })).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test('the official SDK request: Host sent with the port, signed without it', async () => {
    const body = JSON.stringify({ Limit: 1, Filters: [{ Name: 'invocation-status', Values: ['SUCCESS'] }] });
    const timestamp = NOW.getTime() / 1000;
    const url = 'http://tat.tencentcloudapi.com:8080/';
    const headers: Record<string, string> = {
      'X-TC-TraceId': 'c81b5a2e-2d6e-4b1e-8b52-1f1f2d2b7b3a',
      Host: 'tat.tencentcloudapi.com:8080',
      'X-TC-Action': 'DescribeInvocations',
      'X-TC-Region': 'ap-guangzhou',
      'X-TC-Timestamp': String(timestamp),
      'X-TC-Version': '2020-10-28',
      'X-TC-RequestClient': 'SDK_NODEJS_4.1.313',
      'Content-Type': 'application/json',
    };
    headers['Authorization'] = officialTencentSign.sign3({
      method: 'POST',
      url,
      payload: Buffer.from(body),
      timestamp,
      service: 'tat',
      secretId: 'AKIDmock',
      secretKey: 'mock-secret-key',
      multipart: false,
      headers,
    });
    const request = parsed({ method: 'POST', url, headers, body });
    expect(request.params).toEqual(JSON.parse(body));
    expect(await verifyTencentSignature(request, lookup, { now: NOW, expectedService: 'tat' })).toEqual({ ok: true, accessKeyId: 'AKIDmock' });
  });

  test('the official SDK GET (querystring encoding) and v1 GET requests', async () => {
    const timestamp = NOW.getTime() / 1000;
    const flat = officialTencentClient('tat.tencentcloudapi.com', 'GET').mergeData({ Filters: [{ Name: "it's (x)*", Values: ['a b', '未'] }], Limit: 5 });
    const query = Object.entries(flat)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join('&');
    const url = `https://tat.tencentcloudapi.com/?${query}`;
    const headers: Record<string, string> = {
      Host: 'tat.tencentcloudapi.com',
      'X-TC-Action': 'DescribeInvocations',
      'X-TC-Timestamp': String(timestamp),
      'X-TC-Version': '2020-10-28',
      'Content-Type': 'application/x-www-form-urlencoded',
    };
    headers['Authorization'] = officialTencentSign.sign3({
      method: 'GET',
      url,
      payload: Buffer.from(''),
      timestamp,
      service: 'tat',
      secretId: 'AKIDmock',
      secretKey: 'mock-secret-key',
      multipart: false,
      headers,
    });
    const tc3 = parsed({ method: 'GET', url, headers, body: '' });
    expect(tc3.params).toEqual({ Filters: [{ Name: "it's (x)*", Values: ['a b', '未'] }], Limit: '5' });
    expect((await verifyTencentSignature(tc3, lookup, { now: NOW })).ok).toBe(true);

    const client = officialTencentClient('tat.tencentcloudapi.com', 'GET');
    const v1 = {
      ...flat,
      Action: 'DescribeInvocations',
      Nonce: 4242,
      Timestamp: timestamp,
      Version: '2020-10-28',
      SecretId: 'AKIDmock',
      SignatureMethod: 'HmacSHA1',
    } as Record<string, unknown>;
    v1['Signature'] = officialTencentSign.sign('mock-secret-key', client.formatSignString(v1), 'HmacSHA1');
    const v1Query = Object.entries(v1)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join('&');
    const v1Request = parsed({ method: 'GET', url: `https://tat.tencentcloudapi.com/?${v1Query}`, headers: { host: 'tat.tencentcloudapi.com' }, body: '' });
    expect(await verifyTencentSignature(v1Request, lookup, { now: NOW })).toEqual({ ok: true, accessKeyId: 'AKIDmock' });
  });

  test('X-TC-Content-SHA256: UNSIGNED-PAYLOAD (Go/Java SDK option) verifies without hashing the body', async () => {
    const timestamp = NOW.getTime() / 1000;
    const headers: Record<string, string> = {
      Host: 'tat.tencentcloudapi.com',
      'Content-Type': 'application/json',
      'X-TC-Action': 'DescribeInvocations',
      'X-TC-Version': '2020-10-28',
      'X-TC-Timestamp': String(timestamp),
      'X-TC-Content-SHA256': 'UNSIGNED-PAYLOAD',
    };
    headers['Authorization'] = signTc3({
      method: 'POST',
      host: 'tat.tencentcloudapi.com',
      contentType: 'application/json',
      payload: 'UNSIGNED-PAYLOAD',
      timestamp,
      service: 'tat',
      secretId: 'AKIDmock',
      secretKey: 'mock-secret-key',
    }).authorization;
    const request = parsed({ method: 'POST', url: 'https://tat.tencentcloudapi.com/', headers, body: '{"Limit":1}' });
    expect(await verifyTencentSignature(request, lookup, { now: NOW })).toEqual({ ok: true, accessKeyId: 'AKIDmock' });
  });

  test.each([
    ['an unknown SecretId', { credentials: { accessKeyId: 'AKIDother', accessKeySecret: 'x' } }, {}, 'AuthFailure.SecretIdNotFound'],
    ['a timestamp six minutes old', { date: new Date(NOW.getTime() - 360_000) }, {}, 'AuthFailure.SignatureExpire'],
    ['a wrong secret', { credentials: { accessKeyId: 'AKIDmock', accessKeySecret: 'wrong' } }, {}, 'AuthFailure.SignatureFailure'],
    ['another signing service', {}, { expectedService: 'batch' }, 'AuthFailure.SignatureFailure'],
  ])('rejects %s', async (_name, overrides, options, code) => {
    const request = parsed(received(await tencentProtocol.sign(tatRequest(overrides))));
    expect(await verifyTencentSignature(request, lookup, { now: NOW, ...options })).toMatchObject({ ok: false, code, httpStatus: 200 });
  });

  test('rejects an unsigned request and one whose SignedHeaders lack host', async () => {
    const wire = await tencentProtocol.sign(tatRequest());
    const { Authorization: authorization, ...unsigned } = wire.headers;
    const none = parsed({ ...received(wire), headers: unsigned });
    expect(await verifyTencentSignature(none, lookup, { now: NOW })).toMatchObject({ code: 'AuthFailure.InvalidAuthorization' });
    const noHost = parsed({ ...received(wire), headers: { ...wire.headers, Authorization: authorization!.replace('content-type;host', 'content-type') } });
    expect(await verifyTencentSignature(noHost, lookup, { now: NOW })).toMatchObject({ code: 'AuthFailure.InvalidAuthorization' });
  });
});
