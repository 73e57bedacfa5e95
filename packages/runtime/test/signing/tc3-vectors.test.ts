// Every TC3 vector of protocol-facts §1.3, byte for byte.
import { describe, expect, test } from 'vitest';
import { deriveTc3Keys, signTc3, type Tc3SigningInput } from '../../src/signing/tc3.ts';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

// Exact doc body bytes: spaces after separators and literal \u escapes.
const DOC_BODY = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}';
const DOC_INPUT = {
  method: 'POST',
  host: 'cvm.tencentcloudapi.com',
  contentType: 'application/json; charset=utf-8',
  payload: DOC_BODY,
  timestamp: 1551113065,
  service: 'cvm',
} as const;

const CANONICAL_B = [
  'POST',
  '/',
  '',
  'content-type:application/json; charset=utf-8',
  'host:cvm.tencentcloudapi.com',
  '',
  'content-type;host',
  '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
].join('\n');

const STRING_TO_SIGN_B = 'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031';

describe('TC3-A (current CN doc, signs x-tc-action)', () => {
  const input: Tc3SigningInput = {
    ...DOC_INPUT,
    secretId: 'AKID' + '*'.repeat(32),
    secretKey: '*'.repeat(32),
    extraSignedHeaders: { 'X-TC-Action': 'DescribeInstances' },
  };

  test('canonical request, string to sign, signature and Authorization', () => {
    const result = signTc3(input);
    expect(result.payloadHash).toBe('35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064');
    expect(result.canonicalRequest).toBe(
      [
        'POST',
        '/',
        '',
        'content-type:application/json; charset=utf-8',
        'host:cvm.tencentcloudapi.com',
        'x-tc-action:describeinstances',
        '',
        'content-type;host;x-tc-action',
        '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
      ].join('\n'),
    );
    expect(result.stringToSign).toBe(
      'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84',
    );
    expect(result.signature).toBe('10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f');
    expect(result.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/cvm/tc3_request, ' +
        'SignedHeaders=content-type;host;x-tc-action, Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f',
    );
  });

  test('derived keys published in the doc', () => {
    const keys = deriveTc3Keys('*'.repeat(32), '2019-02-25', 'cvm');
    expect(hex(keys.secretDate)).toBe('da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0');
    expect(hex(keys.secretService)).toBe('8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f');
    expect(hex(keys.secretSigning)).toBe('b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af');
  });
});

test('TC3-B (older EN doc, content-type;host only)', () => {
  const result = signTc3({ ...DOC_INPUT, secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' });
  expect(result.canonicalRequest).toBe(CANONICAL_B);
  expect(result.stringToSign).toBe(STRING_TO_SIGN_B);
  expect(result.signature).toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
  const keys = deriveTc3Keys('Gu5t9xGARNpq86cd98joQYCN3EXAMPLE', '2019-02-25', 'cvm');
  expect(hex(keys.secretDate)).toBe('d1308c81fe71cfd4e06437bbc067b2b8a3d2d8c0e375d547f15c41d5214b395a');
  expect(hex(keys.secretService)).toBe('3c7cb7c7795393edc14fd2e0e6434a518564b4504b88e94f5d11bf59ba3e7050');
  expect(hex(keys.secretSigning)).toBe('ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1');
});

test('TC3-C (older CN doc, masked key used literally)', () => {
  const result = signTc3({ ...DOC_INPUT, secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3*******' });
  expect(result.canonicalRequest).toBe(CANONICAL_B);
  expect(result.stringToSign).toBe(STRING_TO_SIGN_B);
  expect(result.signature).toBe('2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c');
  expect(result.authorization).toBe(
    'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, ' +
      'SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c',
  );
});

describe('derived vectors for our services (TC3-D, TC3-E)', () => {
  const key = { secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE', timestamp: 1700000000 };

  test('TC3-D: TAT DescribeInvocations, POST JSON', () => {
    const result = signTc3({
      ...key,
      method: 'POST',
      host: 'tat.tencentcloudapi.com',
      contentType: 'application/json',
      payload: '{"InvocationIds":["inv-q4zp60g0"],"Limit":1,"Offset":0}',
      service: 'tat',
    });
    expect(result.canonicalRequest).toBe(
      'POST\n/\n\ncontent-type:application/json\nhost:tat.tencentcloudapi.com\n\ncontent-type;host\n' +
        '699e210fd5e0c9857b7b1f64c8877620cac8b9ceb0943f42d07a9b102f28e015',
    );
    expect(result.stringToSign.split('\n')[3]).toBe('d1d1dfbdc59d3830782352b9e788a505e62ceb40bce29c45617fcd1096d13771');
    expect(result.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-11-14/tat/tc3_request, ' +
        'SignedHeaders=content-type;host, Signature=71cd81079a6c61ccc36291ac0f99d41a533750e99d7127ecba08936698e3f046',
    );
  });

  test('TC3-E: Batch DescribeTask, GET query', () => {
    const result = signTc3({
      ...key,
      method: 'GET',
      host: 'batch.tencentcloudapi.com',
      query: 'JobId=job-97zcl3wt&TaskName=A&Filters.0.Name=task-instance-state&Filters.0.Values.0=SUCCEED',
      contentType: 'application/x-www-form-urlencoded',
      service: 'batch',
    });
    expect(result.payloadHash).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(result.stringToSign.split('\n')[3]).toBe('1da6a0e252fc23b0aee536f2e775b84872e2c4636435c650c93fac27ea2c1628');
    expect(result.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2023-11-14/batch/tc3_request, ' +
        'SignedHeaders=content-type;host, Signature=f5551a91aa346c998c5826700351d013e10447dbfd22a743a5930f61242c0a71',
    );
  });
});
