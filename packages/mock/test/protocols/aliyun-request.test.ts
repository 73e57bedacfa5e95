// Mock side, Alibaba: parse what clients send (ours and the official SDKs'), verify signatures, reject tampering.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { aliyunProtocol, type ProtocolRequest } from '@cloudexec/runtime';
import { parseAliyunRequest, verifyAliyunSignature, type AliyunIncomingRequest } from '../../src/protocols/aliyun-request.ts';
import type { RawHttpRequest } from '../../src/protocols/server-request.ts';
import { sha256Hex } from '@cloudexec/runtime/wire';
import { params, securityToken } from '../../../runtime/test/signing/arbitraries.ts';
import { officialAliyun } from '../../../runtime/test/signing/official-signers.ts';
import { changeOneCharacter, NOW, received, wireShape } from './server-arbitraries.ts';

const EMPTY_SHA256 = sha256Hex('');
/** ISO 8601 UTC without milliseconds, as x-acs-date and the RPC v2 Timestamp carry it. */
const aliyunTimestamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const SECRETS: Record<string, string> = { LTAImock: 'mock-access-secret' };
const lookup = async (id: string): Promise<string | undefined> => SECRETS[id];
const ECS = { provider: 'aliyun', service: 'ecs', version: '2014-05-26' } as const;
const TAGGED = { RegionId: 'cn-hangzhou', InvokeId: 't-1****', Tag: [{ Key: 'k', Value: "it's (x) a b!" }], PageSize: 10 };

function ecsRequest(overrides: Partial<ProtocolRequest> = {}): ProtocolRequest {
  return {
    service: ECS,
    action: 'DescribeInvocations',
    method: 'POST',
    params: TAGGED,
    host: 'ecs.cn-hangzhou.aliyuncs.com',
    scheme: 'https',
    credentials: { accessKeyId: 'LTAImock', accessKeySecret: 'mock-access-secret' },
    date: NOW,
    ...overrides,
  };
}

function parsed(raw: RawHttpRequest): AliyunIncomingRequest {
  const result = parseAliyunRequest(raw);
  if (!result.ok) throw new Error(`parse failed: ${result.code} ${result.message}`);
  return result.request;
}

/** node querystring.stringify escaping, which the SDKs put on the wire (`!'()*` stay raw). */
const sdkQuery = (flat: Record<string, string>): string =>
  Object.entries(flat)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');

describe('parsing', () => {
  test.each(['acs3', 'rpc-v2'])('%s: action, version, RegionId and unflattened params; common parameters removed', async (signatureMethod) => {
    const request = parsed(
      received(
        await aliyunProtocol.sign(
          ecsRequest({ signatureMethod, credentials: { accessKeyId: 'LTAImock', accessKeySecret: 'mock-access-secret', securityToken: 'sts' } }),
        ),
      ),
    );
    expect(request).toMatchObject({
      action: 'DescribeInvocations',
      version: '2014-05-26',
      regionId: 'cn-hangzhou',
      securityToken: 'sts',
      timestamp: aliyunTimestamp(NOW),
      params: { RegionId: 'cn-hangzhou', InvokeId: 't-1****', Tag: [{ Key: 'k', Value: "it's (x) a b!" }], PageSize: '10' },
      signature: { kind: signatureMethod, accessKeyId: 'LTAImock' },
    });
  });

  test('form bodies are read too (classic RPC POST), header names in any case', () => {
    const request = parsed({
      method: 'POST',
      url: '/?Action=DescribeInvocations',
      headers: { Host: 'ecs.aliyuncs.com', 'CONTENT-TYPE': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body: 'Version=2014-05-26&RegionId=cn-hangzhou&InstanceId.1=i-1&InstanceId.2=i-2&Format=JSON',
    });
    expect(request).toMatchObject({ action: 'DescribeInvocations', version: '2014-05-26', params: { RegionId: 'cn-hangzhou', InstanceId: ['i-1', 'i-2'] } });
  });

  test('a request without Action is refused with the provider code', () => {
    expect(parseAliyunRequest({ method: 'GET', url: 'https://ecs.aliyuncs.com/?Version=1', headers: {}, body: '' })).toMatchObject({
      ok: false,
      code: 'MissingParameter.Action',
      httpStatus: 400,
    });
  });
});

describe('verification', () => {
  const arbitraryCall = fc.record({
    params,
    method: fc.constantFrom('GET' as const, 'POST' as const),
    signatureMethod: fc.constantFrom('acs3', 'rpc-v2'),
    token: securityToken,
    skew: fc.integer({ min: -890, max: 890 }),
    position: fc.nat(),
  });

  test('what the client signs verifies, params survive, and a one-character change is rejected', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCall, async ({ params: input, method, signatureMethod, token, skew, position }) => {
        const raw = received(
          await aliyunProtocol.sign(
            ecsRequest({
              params: input,
              method,
              signatureMethod,
              date: new Date(NOW.getTime() + skew * 1000),
              credentials: { accessKeyId: 'LTAImock', accessKeySecret: 'mock-access-secret', securityToken: token },
            }),
          ),
        );
        const request = parsed(raw);
        expect(request.params).toEqual(wireShape(input) ?? {});
        expect(await verifyAliyunSignature(request, lookup, { now: NOW })).toEqual({ ok: true, accessKeyId: 'LTAImock' });

        const queryStart = raw.url.indexOf('?') + 1;
        const tampered: RawHttpRequest =
          queryStart > 0
            ? { ...raw, url: raw.url.slice(0, queryStart) + changeOneCharacter(raw.url.slice(queryStart), position) }
            : {
                ...raw,
                headers: { ...raw.headers, 'x-acs-signature-nonce': changeOneCharacter(raw.headers['x-acs-signature-nonce' as never] as string, position) },
              };
        const reparsed = parseAliyunRequest(tampered);
        if (reparsed.ok) expect((await verifyAliyunSignature(reparsed.request, lookup, { now: NOW })).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test('the official 7.x SDK ACS3 request: POST /?<querystring>, empty body, lower-case headers', async () => {
    const query = officialAliyun.query(TAGGED);
    const headers: Record<string, string> = {
      host: 'ecs.cn-hangzhou.aliyuncs.com',
      'x-acs-version': '2014-05-26',
      'x-acs-action': 'DescribeInvocations',
      'user-agent': 'AlibabaCloud (linux; x64) Node.js/v24.21.0 Core/1.0.8 TeaDSL/2',
      'x-acs-date': aliyunTimestamp(NOW),
      'x-acs-signature-nonce': '9f1e6b3f7c2a4d5e8f9a0b1c2d3e4f5a',
      accept: 'application/json',
      'x-acs-content-sha256': EMPTY_SHA256,
      'x-acs-credentials-provider': 'static_ak',
    };
    headers['Authorization'] = officialAliyun.getAuthorization(
      { method: 'POST', pathname: '/', query, headers },
      'ACS3-HMAC-SHA256',
      EMPTY_SHA256,
      'LTAImock',
      'mock-access-secret',
    );
    const sorted = Object.fromEntries(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : 1)));
    const request = parsed({ method: 'POST', url: `https://ecs.cn-hangzhou.aliyuncs.com/?${sdkQuery(sorted)}`, headers, body: '' });
    expect(request.params).toEqual(wireShape(TAGGED));
    expect(await verifyAliyunSignature(request, lookup, { now: NOW })).toEqual({ ok: true, accessKeyId: 'LTAImock' });
  });

  test('the official SDK in v2 mode: Format=json, HMAC-SHA1 over the query', async () => {
    const signed: Record<string, string> = {
      Action: 'DescribeInvocations',
      Format: 'json',
      Version: '2014-05-26',
      Timestamp: aliyunTimestamp(NOW),
      SignatureNonce: 'c2b0c0e5-1b1f-4c55-9c1e-2f4f3f1b2a11',
      AccessKeyId: 'LTAImock',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      ...officialAliyun.query(TAGGED),
    };
    signed['Signature'] = officialAliyun.getRPCSignature(signed, 'POST', 'mock-access-secret');
    const request = parsed({ method: 'POST', url: `http://127.0.0.1:8080/?${sdkQuery(signed)}`, headers: { host: '127.0.0.1:8080' }, body: '' });
    expect(request.params).toEqual(wireShape(TAGGED));
    expect(await verifyAliyunSignature(request, lookup, { now: NOW })).toEqual({ ok: true, accessKeyId: 'LTAImock' });
  });

  test.each([
    ['an unknown AccessKeyId', { credentials: { accessKeyId: 'LTAIother', accessKeySecret: 'x' } }, 'InvalidAccessKeyId.NotFound', 404],
    ['a date sixteen minutes old', { date: new Date(NOW.getTime() - 960_000) }, 'InvalidTimeStamp.Expired', 400],
    ['a wrong secret', { credentials: { accessKeyId: 'LTAImock', accessKeySecret: 'wrong' } }, 'SignatureDoesNotMatch', 400],
    ['a wrong secret (v2)', { signatureMethod: 'rpc-v2', credentials: { accessKeyId: 'LTAImock', accessKeySecret: 'wrong' } }, 'SignatureDoesNotMatch', 400],
  ])('rejects %s', async (_name, overrides, code, httpStatus) => {
    const request = parsed(received(await aliyunProtocol.sign(ecsRequest(overrides))));
    expect(await verifyAliyunSignature(request, lookup, { now: NOW })).toMatchObject({ ok: false, code, httpStatus });
  });

  test('rejects a body that does not match x-acs-content-sha256, and an unsigned request', async () => {
    const wire = await aliyunProtocol.sign(ecsRequest());
    const withBody = parsed({ ...received(wire), body: 'x=1' });
    expect(await verifyAliyunSignature(withBody, lookup, { now: NOW })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    const { Authorization: _authorization, ...unsigned } = wire.headers;
    const none = parsed({ ...received(wire), headers: unsigned });
    expect(await verifyAliyunSignature(none, lookup, { now: NOW })).toMatchObject({ ok: false, code: 'IncompleteSignature' });
  });

  test('the mismatch message carries the server string to sign, never the secret', async () => {
    const request = parsed(received(await aliyunProtocol.sign(ecsRequest({ credentials: { accessKeyId: 'LTAImock', accessKeySecret: 'wrong' } }))));
    const verdict = await verifyAliyunSignature(request, lookup, { now: NOW });
    expect(!verdict.ok && verdict.message).toMatch(/server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
    expect(JSON.stringify(verdict)).not.toContain('mock-access-secret');
  });
});
