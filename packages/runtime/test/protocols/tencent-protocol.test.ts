// What tencentProtocol.sign puts on the wire, checked against the derived vectors TC3-D/E and TC1-A/B.
import { describe, expect, test } from 'vitest';
import { tencentProtocol } from '../../src/protocols/tencent.ts';
import type { ProtocolRequest } from '../../src/protocols/types.ts';

const KEY = { accessKeyId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', accessKeySecret: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' };
const TAT = { provider: 'tencent', service: 'tat', version: '2020-10-28', globalHost: 'tat.tencentcloudapi.com' } as const;
const BATCH = { provider: 'tencent', service: 'batch', version: '2017-03-12', globalHost: 'batch.tencentcloudapi.com' } as const;

function tatRequest(overrides: Partial<ProtocolRequest> = {}): ProtocolRequest {
  return {
    service: TAT,
    action: 'DescribeInvocations',
    method: 'POST',
    params: { InvocationIds: ['inv-q4zp60g0'], Limit: 1, Offset: 0 },
    host: 'tat.tencentcloudapi.com',
    scheme: 'https',
    credentials: KEY,
    date: new Date(1700000000 * 1000),
    ...overrides,
  };
}

describe('TC3', () => {
  test('POST JSON reproduces TC3-D and sends the documented headers', async () => {
    const wire = await tencentProtocol.sign(tatRequest({ region: 'ap-guangzhou' }));
    expect(wire).toEqual({
      method: 'POST',
      url: 'https://tat.tencentcloudapi.com/',
      body: '{"InvocationIds":["inv-q4zp60g0"],"Limit":1,"Offset":0}',
      headers: {
        Authorization:
          'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-11-14/tat/tc3_request, ' +
          'SignedHeaders=content-type;host, Signature=71cd81079a6c61ccc36291ac0f99d41a533750e99d7127ecba08936698e3f046',
        'Content-Type': 'application/json',
        Host: 'tat.tencentcloudapi.com',
        'X-TC-Action': 'DescribeInvocations',
        'X-TC-Timestamp': '1700000000',
        'X-TC-Version': '2020-10-28',
        'X-TC-Region': 'ap-guangzhou',
      },
    });
  });

  test('GET with 0-based flattened query reproduces TC3-E', async () => {
    const wire = await tencentProtocol.sign({
      ...tatRequest(),
      service: BATCH,
      action: 'DescribeTask',
      method: 'GET',
      host: 'batch.tencentcloudapi.com',
      params: { JobId: 'job-97zcl3wt', TaskName: 'A', Filters: [{ Name: 'task-instance-state', Values: ['SUCCEED'] }] },
    });
    expect(wire.url).toBe('https://batch.tencentcloudapi.com/?JobId=job-97zcl3wt&TaskName=A&Filters.0.Name=task-instance-state&Filters.0.Values.0=SUCCEED');
    expect(wire.body).toBeUndefined();
    expect(wire.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(wire.headers['Authorization']).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-11-14/batch/tc3_request, ' +
        'SignedHeaders=content-type;host, Signature=f5551a91aa346c998c5826700351d013e10447dbfd22a743a5930f61242c0a71',
    );
  });

  test('token and language headers appear only when set; region is omitted when unset', async () => {
    const plain = await tencentProtocol.sign(tatRequest());
    expect(plain.headers).not.toHaveProperty('X-TC-Region');
    expect(plain.headers['X-TC-Token']).toBeUndefined();
    expect(plain.headers['X-TC-Language']).toBeUndefined();
    const full = await tencentProtocol.sign(tatRequest({ credentials: { ...KEY, securityToken: 'tok' }, language: 'en-US' }));
    expect(full.headers['X-TC-Token']).toBe('tok');
    expect(full.headers['X-TC-Language']).toBe('en-US');
  });

  test('the signing service comes from the descriptor, never from a custom host', async () => {
    const wire = await tencentProtocol.sign(tatRequest({ host: 'mock.local:8443', scheme: 'http' }));
    expect(wire.url).toBe('http://mock.local:8443/');
    expect(wire.headers['Host']).toBe('mock.local:8443');
    expect(wire.headers['Authorization']).toContain('/2023-11-14/tat/tc3_request,');
  });

  test('null members are dropped from the JSON body like the SDK does; array nulls stay', async () => {
    const wire = await tencentProtocol.sign(tatRequest({ params: { A: null, B: [1, null], C: { D: null, E: 'x' } } }));
    expect(wire.body).toBe('{"B":[1,null],"C":{"E":"x"}}');
  });

  test('every attempt is signed afresh; the secret never reaches the wire', async () => {
    const first = await tencentProtocol.sign(tatRequest());
    const retry = await tencentProtocol.sign(tatRequest({ date: new Date(1700000007 * 1000) }));
    expect(retry.headers['X-TC-Timestamp']).toBe('1700000007');
    expect(retry.headers['Authorization']).not.toBe(first.headers['Authorization']);
    expect(JSON.stringify([first, retry])).not.toContain(KEY.accessKeySecret);
  });

  test('an unknown signature method is refused', async () => {
    await expect(tencentProtocol.sign(tatRequest({ signatureMethod: 'acs3' }))).rejects.toThrow(/Unsupported Tencent signature method/);
  });
});

describe('signature v1', () => {
  const cvm = {
    ...tatRequest(),
    service: { provider: 'tencent', service: 'cvm', version: '2017-03-12' },
    action: 'DescribeInstances',
    method: 'GET',
    host: 'cvm.tencentcloudapi.com',
    region: 'ap-guangzhou',
    nonce: '11886',
    date: new Date(1465185768 * 1000),
    params: { InstanceIds: ['ins-09dx96dg'], Limit: 20, Offset: 0 },
  } satisfies ProtocolRequest;

  test('GET HmacSHA1 reproduces TC1-A', async () => {
    const wire = await tencentProtocol.sign({ ...cvm, signatureMethod: 'v1-hmac-sha1' });
    const query = new URL(wire.url).searchParams;
    expect(query.get('Signature')).toBe('EliP9YW3pW28FpsEdkXt/+WcGeI=');
    expect(wire.url).toContain('&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D');
    expect(query.get('SignatureMethod')).toBeNull();
    expect(wire.headers).toEqual({ Host: 'cvm.tencentcloudapi.com' });
  });

  test('GET HmacSHA256 reproduces TC1-B', async () => {
    const wire = await tencentProtocol.sign({ ...cvm, signatureMethod: 'v1-hmac-sha256' });
    expect(new URL(wire.url).searchParams.get('Signature')).toBe('A8uy2/o7WBZXYCTWEFpMrVGhGBVlEGIOioeqRM+fzFs=');
  });

  test('POST sends the same parameters as a form body', async () => {
    const wire = await tencentProtocol.sign({ ...cvm, method: 'POST', signatureMethod: 'v1-hmac-sha1', credentials: { ...KEY, securityToken: 't' } });
    expect(wire.url).toBe('https://cvm.tencentcloudapi.com/');
    expect(wire.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(wire.body);
    expect(form.get('Token')).toBe('t');
    expect(form.get('InstanceIds.0')).toBe('ins-09dx96dg');
    expect(form.get('Signature')).toMatch(/^[A-Za-z0-9+/]{27}=$/);
  });
});
