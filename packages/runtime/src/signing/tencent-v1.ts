// Tencent signature v1 (HmacSHA1 / HmacSHA256, protocol-facts §1.4): parameters sorted by name, joined
// with their raw (un-encoded) values, prefixed by method, host and path; Base64 of the HMAC.
import { SHA1, SHA256 } from './hash.ts';
import { HmacKey } from './hmac.ts';
import { BoundedKeyCache, secretFingerprint } from './key-cache.ts';
import { sortedByName, type ParamPairs } from './param-pairs.ts';

export type TencentV1SignatureMethod = 'HmacSHA1' | 'HmacSHA256';

export interface TencentV1SigningInput {
  method: string;
  /** Host exactly as the request addresses it (the official SDK signs its endpoint, port included). */
  host: string;
  path?: string;
  /** Every request parameter, common ones included, flattened; a `Signature` pair is ignored. */
  params: ParamPairs;
  secretKey: string;
  signatureMethod: TencentV1SignatureMethod;
}

export interface TencentV1Signature {
  stringToSign: string;
  signature: string;
}

const keys = new BoundedKeyCache<HmacKey>();

export function stringToSignTencentV1(input: Omit<TencentV1SigningInput, 'secretKey' | 'signatureMethod'>): string {
  let joined = '';
  for (const [name, value] of sortedByName(input.params)) {
    if (name === 'Signature') continue;
    joined += (joined === '' ? '' : '&') + name + '=' + value;
  }
  return `${input.method.toUpperCase()}${input.host}${input.path ?? '/'}?${joined}`;
}

export function signTencentV1(input: TencentV1SigningInput): TencentV1Signature {
  const stringToSign = stringToSignTencentV1(input);
  // Tencent verifies anything other than HmacSHA256 as HmacSHA1.
  const hash = input.signatureMethod === 'HmacSHA256' ? SHA256 : SHA1;
  const key = keys.getOrCreate(`${hash.name}/${secretFingerprint(input.secretKey)}`, () => new HmacKey(hash, input.secretKey));
  return { stringToSign, signature: key.base64(stringToSign) };
}
