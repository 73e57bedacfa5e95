// Tencent signature v1 vectors of protocol-facts §1.4.
import { expect, test } from 'vitest';
import { percentEncodeRfc3986 } from '../../src/signing/percent-encode.ts';
import { signTencentV1 } from '../../src/signing/tencent-v1.ts';

const PARAMS: Array<[string, string]> = [
  ['Action', 'DescribeInstances'],
  ['InstanceIds.0', 'ins-09dx96dg'],
  ['Limit', '20'],
  ['Nonce', '11886'],
  ['Offset', '0'],
  ['Region', 'ap-guangzhou'],
  ['SecretId', 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE'],
  ['Timestamp', '1465185768'],
  ['Version', '2017-03-12'],
];
const BASE = { method: 'GET', host: 'cvm.tencentcloudapi.com', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' } as const;

test('TC1-A: HmacSHA1 source string and signature (parameter order does not matter)', () => {
  const result = signTencentV1({ ...BASE, params: [...PARAMS].reverse(), signatureMethod: 'HmacSHA1' });
  expect(result.stringToSign).toBe(
    'GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0' +
      '&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12',
  );
  expect(result.signature).toBe('EliP9YW3pW28FpsEdkXt/+WcGeI=');
  expect(percentEncodeRfc3986(result.signature)).toBe('EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D');
});

test('TC1-A: a Signature pair already present is left out of the source string', () => {
  const result = signTencentV1({ ...BASE, params: [...PARAMS, ['Signature', 'x']], signatureMethod: 'HmacSHA1' });
  expect(result.signature).toBe('EliP9YW3pW28FpsEdkXt/+WcGeI=');
});

test('TC1-B: HmacSHA256 with SignatureMethod signed', () => {
  const result = signTencentV1({ ...BASE, params: [...PARAMS, ['SignatureMethod', 'HmacSHA256']], signatureMethod: 'HmacSHA256' });
  expect(result.stringToSign).toBe(
    'GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0' +
      '&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&SignatureMethod=HmacSHA256&Timestamp=1465185768&Version=2017-03-12',
  );
  expect(result.signature).toBe('A8uy2/o7WBZXYCTWEFpMrVGhGBVlEGIOioeqRM+fzFs=');
});
