import { expect, test } from 'vitest';
import { BoundedKeyCache, secretFingerprint } from '../../src/signing/key-cache.ts';
import { signTc3, tc3SigningKey } from '../../src/signing/tc3.ts';

test('fingerprints are stable, distinct per secret and do not contain the secret', () => {
  const a = secretFingerprint('secret-a');
  expect(secretFingerprint('secret-b')).not.toBe(a);
  expect(secretFingerprint('secret-a')).toBe(a);
  expect(a).toMatch(/^[0-9a-f]{64}$/);
});

test('the cache stays bounded, evicting the oldest entry', () => {
  const cache = new BoundedKeyCache<number>();
  let created = 0;
  for (let i = 0; i < 200; i++) cache.getOrCreate(`id-${i}`, () => ++created);
  expect(cache.size).toBe(64);
  expect(cache.getOrCreate('id-199', () => -1)).toBe(200);
  expect(cache.getOrCreate('id-0', () => -1)).toBe(-1);
  expect(JSON.stringify(cache)).toBe('{}');
});

test('a TC3 signing key is derived once per (secret, date, service) and reused', () => {
  const first = tc3SigningKey('cache-secret', '2024-01-01', 'tat');
  expect(tc3SigningKey('cache-secret', '2024-01-01', 'tat')).toBe(first);
  expect(tc3SigningKey('cache-secret', '2024-01-02', 'tat')).not.toBe(first);
  expect(tc3SigningKey('cache-secret', '2024-01-01', 'batch')).not.toBe(first);
  expect(tc3SigningKey('other-secret', '2024-01-01', 'tat')).not.toBe(first);
});

test('signing with many secrets in turn still gives each secret its own signature', () => {
  const input = {
    method: 'POST',
    host: 'tat.tencentcloudapi.com',
    contentType: 'application/json',
    payload: '{}',
    timestamp: 1700000000,
    service: 'tat',
    secretId: 'id',
  };
  const signatures = new Set<string>();
  for (let i = 0; i < 100; i++) signatures.add(signTc3({ ...input, secretKey: `secret-${i % 70}` }).signature);
  expect(signatures.size).toBe(70);
  expect(signTc3({ ...input, secretKey: 'secret-3' }).signature).toBe(signTc3({ ...input, secretKey: 'secret-3' }).signature);
});
