// Signature checks through the protocol server helpers, driven by the published/derived vectors
// (protocol-facts §1.3 TC3-D, §3.2 ALI-V3-B, §3.1 ALI-V2-C): the exact bytes those vectors signed.
import { describe, expect, it } from 'vitest';
import { createMockService, type MockOptions } from '../src/index.ts';
import { aliyunModel, tencentModel } from './fixtures.ts';
import { aliyunError, tencentError } from './requests.ts';

const TC3_BODY = '{"InvocationIds":["inv-q4zp60g0"],"Limit":1,"Offset":0}';
const TC3_AUTH =
  'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-11-14/tat/tc3_request, SignedHeaders=content-type;host, Signature=71cd81079a6c61ccc36291ac0f99d41a533750e99d7127ecba08936698e3f046';

function tc3Request(body = TC3_BODY, authorization = TC3_AUTH): Request {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-TC-Action': 'DescribeInvocations',
    'X-TC-Version': '2020-10-28',
    'X-TC-Timestamp': '1700000000',
  };
  if (authorization) headers['Authorization'] = authorization;
  return new Request('https://tat.tencentcloudapi.com/', { method: 'POST', headers, body });
}

const tencentOptions = (extra: MockOptions = {}): MockOptions => ({
  credentials: { AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' },
  now: () => 1_700_000_000_000,
  ...extra,
});

describe('Tencent TC3 signatures', () => {
  it('accepts the TC3-D vector', async () => {
    const response = await createMockService(tencentModel, tencentOptions()).handle(tc3Request());
    expect((await tencentError(response)).code).toBeUndefined();
  });

  it('answers a tampered body with the model signature code', async () => {
    const response = await createMockService(tencentModel, tencentOptions()).handle(tc3Request(TC3_BODY.replace('"Limit":1', '"Limit":2')));
    expect(await tencentError(response)).toMatchObject({ status: 200, code: 'AuthFailure.SignatureFailure' });
  });

  it('reports unknown keys, stale timestamps and missing signatures with their own codes', async () => {
    const otherKey = createMockService(tencentModel, tencentOptions({ credentials: { AKIDother: 'secret' } }));
    expect((await tencentError(await otherKey.handle(tc3Request()))).code).toBe('AuthFailure.SecretIdNotFound');
    const late = createMockService(tencentModel, tencentOptions({ now: () => 1_700_000_000_000 + 301_000 }));
    expect((await tencentError(await late.handle(tc3Request()))).code).toBe('AuthFailure.SignatureExpire');
    const strict = createMockService(tencentModel, tencentOptions());
    expect((await tencentError(await strict.handle(tc3Request(TC3_BODY, '')))).code).toBe('AuthFailure.InvalidAuthorization');
  });

  it('lenient mode lets unsigned calls through but still rejects wrong signatures', async () => {
    const lenient = createMockService(tencentModel, tencentOptions({ strictSignatures: false }));
    expect((await tencentError(await lenient.handle(tc3Request(TC3_BODY, '')))).code).toBeUndefined();
    expect((await tencentError(await lenient.handle(tc3Request('{"Limit":1}')))).code).toBe('AuthFailure.SignatureFailure');
  });

  it('accepts an upper-case Content-Type signed lower-cased (TC3 doc) or as sent (official SDKs)', async () => {
    const { createHash, createHmac } = await import('node:crypto');
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest();
    const sign = (signedContentType: string) => {
      const canonical = `POST\n/\n\ncontent-type:${signedContentType}\nhost:tat.tencentcloudapi.com\n\ncontent-type;host\n${sha(TC3_BODY)}`;
      const toSign = `TC3-HMAC-SHA256\n1700000000\n2023-11-14/tat/tc3_request\n${sha(canonical)}`;
      const key = hmac(hmac(hmac('TC3Gu5t9xGARNpq86cd98joQYCN3EXAMPLE', '2023-11-14'), 'tat'), 'tc3_request');
      return TC3_AUTH.replace(/Signature=[0-9a-f]+/, `Signature=${createHmac('sha256', key).update(toSign).digest('hex')}`);
    };
    const service = createMockService(tencentModel, tencentOptions());
    for (const signed of ['Application/JSON', 'application/json']) {
      const request = tc3Request(TC3_BODY, sign(signed));
      request.headers.set('Content-Type', 'Application/JSON');
      expect((await tencentError(await service.handle(request))).code).toBeUndefined();
    }
    const wrong = tc3Request(TC3_BODY, sign('text/plain'));
    wrong.headers.set('Content-Type', 'Application/JSON');
    expect((await tencentError(await service.handle(wrong))).code).toBe('AuthFailure.SignatureFailure');
  });

  it('does not check signatures without credentials', async () => {
    const open = createMockService(tencentModel, { now: () => 0 });
    expect((await tencentError(await open.handle(tc3Request('{"Limit":1}')))).code).toBeUndefined();
  });
});

const ACS3_SIGNED = 'host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version';

function acs3Request(
  signature: string,
  query = 'IncludeOutput=true&InvokeId=t-hz0jdfwd9f%2A%2A%2A%2A&RegionId=cn-hangzhou&Tag.1.Key=TestKey&Tag.1.Value=TestValue',
): Request {
  return new Request(`https://ecs.cn-hangzhou.aliyuncs.com/?${query}`, {
    method: 'POST',
    headers: {
      'x-acs-action': 'DescribeInvocations',
      'x-acs-version': '2014-05-26',
      'x-acs-date': '2024-01-01T00:00:00Z',
      'x-acs-signature-nonce': '0123456789abcdef0123456789abcdef',
      'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      Authorization: `ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=${ACS3_SIGNED},Signature=${signature}`,
    },
  });
}

describe('Alibaba signatures', () => {
  const options: MockOptions = { credentials: { testid: 'testsecret' }, now: () => Date.parse('2024-01-01T00:05:00Z') };

  it('accepts the ALI-V3-B vector (ACS3, action in x-acs-action) and rejects a changed query', async () => {
    const mock = createMockService(aliyunModel, options);
    const good = acs3Request('9246d596f905bdb3beaacbdd9b7c3aaf8642b007403bf88d8540d68453be6ed7');
    expect((await mock.handle(good)).status).toBe(200);
    const changed = acs3Request('9246d596f905bdb3beaacbdd9b7c3aaf8642b007403bf88d8540d68453be6ed7', 'RegionId=cn-beijing');
    expect(await aliyunError(await mock.handle(changed))).toMatchObject({ status: 400, code: 'SignatureDoesNotMatch' });
  });

  it('accepts the ALI-V2-C vector (RPC v2, common parameters in the query)', async () => {
    const params = {
      AccessKeyId: 'testid',
      Action: 'DescribeInvocations',
      Format: 'JSON',
      IncludeOutput: 'true',
      InvokeId: 't-hz0jdfwd9f****',
      RegionId: 'cn-hangzhou',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: 'edb2b34af0af9a6d14deaf7c1a5315eb',
      SignatureVersion: '1.0',
      'Tag.1.Key': 'TestKey',
      'Tag.1.Value': 'TestValue',
      Timestamp: '2023-03-13T08:34:30Z',
      Version: '2014-05-26',
    };
    const mock = createMockService(aliyunModel, { credentials: { testid: 'testsecret' }, now: () => Date.parse('2023-03-13T08:35:00Z') });
    const signed = (signature: string) =>
      new Request(`https://ecs.aliyuncs.com/?${new URLSearchParams({ ...params, Signature: signature }).toString()}`, { method: 'POST' });
    expect((await mock.handle(signed('gjQnl+hSfMLgcsOlqkITmcywIWo='))).status).toBe(200);
    expect(await aliyunError(await mock.handle(signed('AAAAl+hSfMLgcsOlqkITmcywIWo=')))).toMatchObject({ status: 400, code: 'SignatureDoesNotMatch' });
  });

  it('answers an unknown AccessKeyId with the documented 404', async () => {
    const mock = createMockService(aliyunModel, { ...options, credentials: { other: 'secret' } });
    expect(await aliyunError(await mock.handle(acs3Request('9246d596f905bdb3beaacbdd9b7c3aaf8642b007403bf88d8540d68453be6ed7')))).toMatchObject({
      status: 404,
      code: 'InvalidAccessKeyId.NotFound',
    });
  });
});
