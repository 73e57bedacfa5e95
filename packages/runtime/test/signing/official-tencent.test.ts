// Differential tests against the official Tencent signer (tencentcloud-sdk-nodejs-common 4.1.220):
// same inputs must give the same Authorization / Signature. Bodies go to sign3 as bytes: its own
// json-bigint path cannot load under this workspace's vitest resolve conditions (see bodyBytes).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { flattenTencentQuery } from '../../src/protocols/flatten.ts';
import { tencentProtocol } from '../../src/protocols/tencent.ts';
import type { ProtocolRequest } from '../../src/protocols/types.ts';
import { signTc3 } from '../../src/signing/tc3.ts';
import { signTencentV1 } from '../../src/signing/tencent-v1.ts';
import { accessKeyId, params, secret, securityToken, signingDate, wireString } from './arbitraries.ts';
import { officialTencentClient, officialTencentSign } from './official-signers.ts';

const TAT = { provider: 'tencent', service: 'tat', version: '2020-10-28', globalHost: 'tat.tencentcloudapi.com' } as const;

function request(overrides: Partial<ProtocolRequest>): ProtocolRequest {
  return {
    service: TAT,
    action: 'DescribeInvocations',
    method: 'POST',
    params: {},
    region: 'ap-guangzhou',
    host: 'tat.tencentcloudapi.com',
    scheme: 'https',
    credentials: { accessKeyId: 'AKIDexample', accessKeySecret: 'secret' },
    date: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  };
}

/** sign3 hashes a Buffer payload as is (the SDK's JSONbig.stringify needs bignumber.js via `require`). */
const bodyBytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

const timestampOf = (date: Date): number => Math.floor(date.getTime() / 1000);

describe('TC3 against Sign.sign3', () => {
  test('POST JSON through tencentProtocol.sign: same body, same Authorization', async () => {
    await fc.assert(
      fc.asyncProperty(params, signingDate, accessKeyId, secret, securityToken, async (input, date, id, key, token) => {
        const wire = await tencentProtocol.sign(request({ params: input, date, credentials: { accessKeyId: id, accessKeySecret: key, securityToken: token } }));
        const official = officialTencentSign.sign3({
          method: 'POST',
          url: wire.url,
          payload: bodyBytes(wire.body!),
          timestamp: timestampOf(date),
          service: 'tat',
          secretId: id,
          secretKey: key,
          multipart: false,
          headers: { 'Content-Type': 'application/json' },
        });
        expect(wire.headers['Authorization']).toBe(official);
        expect(wire.headers['X-TC-Token']).toBe(token);
      }),
      { numRuns: 200 },
    );
  });

  test('GET query through tencentProtocol.sign: the SDK signing our URL agrees', async () => {
    await fc.assert(
      fc.asyncProperty(params, signingDate, accessKeyId, secret, async (input, date, id, key) => {
        const wire = await tencentProtocol.sign(request({ method: 'GET', params: input, date, credentials: { accessKeyId: id, accessKeySecret: key } }));
        const official = officialTencentSign.sign3({
          method: 'GET',
          url: wire.url,
          payload: bodyBytes(''),
          timestamp: timestampOf(date),
          service: 'tat',
          secretId: id,
          secretKey: key,
          multipart: false,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        });
        expect(wire.headers['Authorization']).toBe(official);
        expect(wire.body).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  test('flattening equals the SDK mergeData (0-based, nulls skipped, order kept)', () => {
    const client = officialTencentClient('tat.tencentcloudapi.com', 'GET');
    fc.assert(
      fc.property(params, (input) => {
        const official = Object.entries(client.mergeData(input)).map(([name, value]) => [name, String(value)]);
        expect(flattenTencentQuery(input)).toEqual(official);
      }),
      { numRuns: 300 },
    );
  });

  test('empty and large bodies (sync hash and async Web Crypto path)', async () => {
    for (const size of [0, 1, 70_000, 300_000, 1_200_000]) {
      const input = size === 0 ? {} : { Blob: 'x未😀'.repeat(Math.ceil(size / 4)).slice(0, size) };
      const date = new Date('2025-06-30T23:59:59Z');
      const wire = await tencentProtocol.sign(request({ params: input, date }));
      const official = officialTencentSign.sign3({
        method: 'POST',
        url: wire.url,
        payload: bodyBytes(wire.body!),
        timestamp: timestampOf(date),
        service: 'tat',
        secretId: 'AKIDexample',
        secretKey: 'secret',
        multipart: false,
        headers: { 'Content-Type': 'application/json' },
      });
      expect(wire.headers['Authorization']).toBe(official);
    }
  });

  test('signTc3 over an arbitrary body equals sign3 over the same bytes', () => {
    fc.assert(
      fc.property(wireString, signingDate, secret, (text, date, key) => {
        const body = JSON.stringify({ Text: text });
        const ours = signTc3({
          method: 'POST',
          host: 'batch.tencentcloudapi.com',
          contentType: 'application/json',
          payload: body,
          timestamp: timestampOf(date),
          service: 'batch',
          secretId: 'AKIDx',
          secretKey: key,
        });
        const official = officialTencentSign.sign3({
          method: 'POST',
          url: 'https://batch.tencentcloudapi.com/',
          payload: bodyBytes(body),
          timestamp: timestampOf(date),
          service: 'batch',
          secretId: 'AKIDx',
          secretKey: key,
          multipart: false,
          headers: { 'Content-Type': 'application/json' },
        });
        expect(ours.authorization).toBe(official);
      }),
    );
  });
});

describe('signature v1 against formatSignString + Sign.sign', () => {
  test.each(['HmacSHA1', 'HmacSHA256'] as const)('%s, GET and POST', (signatureMethod) => {
    fc.assert(
      fc.property(params, fc.constantFrom('GET', 'POST'), secret, fc.integer({ min: 1, max: 65535 }), (input, method, key, nonce) => {
        const host = 'cvm.tencentcloudapi.com';
        const flat = [...flattenTencentQuery(input), ['Action', 'DescribeInstances'], ['Nonce', String(nonce)], ['SignatureMethod', signatureMethod]] as Array<
          [string, string]
        >;
        const ours = signTencentV1({ method, host, params: flat, secretKey: key, signatureMethod });
        const officialString = officialTencentClient(host, method).formatSignString(Object.fromEntries(flat));
        expect(ours.stringToSign).toBe(officialString);
        expect(ours.signature).toBe(officialTencentSign.sign(key, officialString, signatureMethod));
      }),
      { numRuns: 150 },
    );
  });
});
