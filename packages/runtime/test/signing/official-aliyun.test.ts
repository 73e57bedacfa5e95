// Differential tests against the official Alibaba signers (@alicloud/openapi-util 0.3.3):
// getAuthorization for ACS3, getRPCSignature for RPC v2, query() for flattening.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { aliyunProtocol } from '../../src/protocols/aliyun.ts';
import { flattenRpcParams } from '../../src/protocols/flatten.ts';
import type { ProtocolRequest } from '../../src/protocols/types.ts';
import { EMPTY_SHA256 } from '../../src/signing/hash.ts';
import { accessKeyId, params, secret, securityToken, signingDate } from './arbitraries.ts';
import { officialAliyun } from './official-signers.ts';

const ECS = { provider: 'aliyun', service: 'ecs', version: '2014-05-26', regionalHost: 'ecs.{region}.aliyuncs.com' } as const;

function request(overrides: Partial<ProtocolRequest>): ProtocolRequest {
  return {
    service: ECS,
    action: 'DescribeInvocations',
    method: 'POST',
    params: {},
    host: 'ecs.cn-hangzhou.aliyuncs.com',
    scheme: 'https',
    credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
    date: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  };
}

/** The query of a signed URL, decoded, as the flat map the SDK signs. */
function decodedQuery(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

const arbitraryRequest = fc.record({
  params,
  date: signingDate,
  id: accessKeyId,
  key: secret,
  token: securityToken,
  method: fc.constantFrom('GET' as const, 'POST' as const),
  nonce: fc.option(fc.uuid(), { nil: undefined }),
});

describe('ACS3 against getAuthorization', () => {
  test('aliyunProtocol.sign: same query and headers give the same Authorization', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRequest, async ({ params: input, date, id, key, token, method, nonce }) => {
        const wire = await aliyunProtocol.sign(
          request({ params: input, date, method, nonce, credentials: { accessKeyId: id, accessKeySecret: key, securityToken: token } }),
        );
        const { Authorization: authorization, ...signedHeaders } = wire.headers;
        const query = officialAliyun.query(input);
        expect(decodedQuery(wire.url)).toEqual(query);
        const official = officialAliyun.getAuthorization({ method, pathname: '/', query, headers: signedHeaders }, 'ACS3-HMAC-SHA256', EMPTY_SHA256, id, key);
        expect(authorization).toBe(official);
        expect(wire.body).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  test('flattening equals OpenApiUtil.query (1-based, dotted, nulls skipped)', () => {
    fc.assert(
      fc.property(params, (input) => {
        expect(Object.fromEntries(flattenRpcParams(input))).toEqual(officialAliyun.query(input));
      }),
      { numRuns: 300 },
    );
  });
});

describe('RPC v2 (HMAC-SHA1) against getRPCSignature', () => {
  test('aliyunProtocol.sign with rpc-v2: the SDK signing our parameters gives our Signature', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRequest, async ({ params: input, date, id, key, token, method, nonce }) => {
        const wire = await aliyunProtocol.sign(
          request({
            params: input,
            date,
            method,
            nonce,
            signatureMethod: 'rpc-v2',
            credentials: { accessKeyId: id, accessKeySecret: key, securityToken: token },
          }),
        );
        const { Signature: signature, ...signed } = decodedQuery(wire.url);
        expect(signed).toMatchObject({ ...officialAliyun.query(input), AccessKeyId: id, SignatureMethod: 'HMAC-SHA1' });
        expect(signed['SecurityToken']).toBe(token);
        expect(signature).toBe(officialAliyun.getRPCSignature(signed, method, key));
      }),
      { numRuns: 300 },
    );
  });
});
