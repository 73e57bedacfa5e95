// What aliyunProtocol.sign puts on the wire, checked against the derived vectors ALI-V3-B and ALI-V2-C.
import { describe, expect, test } from 'vitest';
import { aliyunProtocol } from '../../src/protocols/aliyun.ts';
import type { ProtocolRequest } from '../../src/protocols/types.ts';

const ECS = { provider: 'aliyun', service: 'ecs', version: '2014-05-26', regionalHost: 'ecs.{region}.aliyuncs.com' } as const;

function ecsRequest(overrides: Partial<ProtocolRequest> = {}): ProtocolRequest {
  return {
    service: ECS,
    action: 'DescribeInvocations',
    method: 'POST',
    params: { RegionId: 'cn-hangzhou', InvokeId: 't-hz0jdfwd9f****', IncludeOutput: true, Tag: [{ Key: 'TestKey', Value: 'TestValue' }] },
    host: 'ecs.cn-hangzhou.aliyuncs.com',
    scheme: 'https',
    credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
    date: new Date('2024-01-01T00:00:00Z'),
    nonce: '0123456789abcdef0123456789abcdef',
    ...overrides,
  };
}

describe('ACS3', () => {
  test('POST /?<sorted params>, empty body: reproduces ALI-V3-B', async () => {
    const wire = await aliyunProtocol.sign(ecsRequest());
    expect(wire).toEqual({
      method: 'POST',
      url: 'https://ecs.cn-hangzhou.aliyuncs.com/?IncludeOutput=true&InvokeId=t-hz0jdfwd9f%2A%2A%2A%2A&RegionId=cn-hangzhou&Tag.1.Key=TestKey&Tag.1.Value=TestValue',
      headers: {
        host: 'ecs.cn-hangzhou.aliyuncs.com',
        'x-acs-action': 'DescribeInvocations',
        'x-acs-version': '2014-05-26',
        'x-acs-date': '2024-01-01T00:00:00Z',
        'x-acs-signature-nonce': '0123456789abcdef0123456789abcdef',
        'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        accept: 'application/json',
        Authorization:
          'ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;' +
          'x-acs-signature-nonce;x-acs-version,Signature=9246d596f905bdb3beaacbdd9b7c3aaf8642b007403bf88d8540d68453be6ed7',
      },
    });
  });

  test('GET carries the same query; a security token is sent and signed', async () => {
    const wire = await aliyunProtocol.sign(
      ecsRequest({ method: 'GET', credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret', securityToken: 'sts' } }),
    );
    expect(wire.method).toBe('GET');
    expect(wire.headers['x-acs-security-token']).toBe('sts');
    expect(wire.headers['x-acs-accesskey-id']).toBe('testid');
    expect(wire.headers['Authorization']).toContain('x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;');
  });

  test('a fresh nonce per attempt when none is given; no parameters means no query', async () => {
    const a = await aliyunProtocol.sign(ecsRequest({ nonce: undefined, params: {} }));
    const b = await aliyunProtocol.sign(ecsRequest({ nonce: undefined, params: {} }));
    expect(a.url).toBe('https://ecs.cn-hangzhou.aliyuncs.com/');
    expect(a.headers['x-acs-signature-nonce']).not.toBe(b.headers['x-acs-signature-nonce']);
    expect(a.headers['Authorization']).not.toBe(b.headers['Authorization']);
  });
});

describe('RPC v2 (HMAC-SHA1)', () => {
  test('reproduces ALI-V2-C with the common parameters in the query', async () => {
    const wire = await aliyunProtocol.sign(
      ecsRequest({ signatureMethod: 'rpc-v2', nonce: 'edb2b34af0af9a6d14deaf7c1a5315eb', date: new Date('2023-03-13T08:34:30Z') }),
    );
    const query = new URL(wire.url).searchParams;
    expect(query.get('Signature')).toBe('gjQnl+hSfMLgcsOlqkITmcywIWo=');
    expect(wire.url).toMatch(/&Signature=gjQnl%2BhSfMLgcsOlqkITmcywIWo%3D$/);
    expect(query.get('Format')).toBe('JSON');
    expect(query.get('SignatureVersion')).toBe('1.0');
    expect(wire.body).toBeUndefined();
  });

  test('an unknown signature method is refused', async () => {
    await expect(aliyunProtocol.sign(ecsRequest({ signatureMethod: 'tc3' }))).rejects.toThrow(/Unsupported Alibaba Cloud signature method/);
  });
});
