// Alibaba RPC signature "1.0" with HMAC-SHA1 (called V2 in current docs, protocol-facts §3.1):
// METHOD & %2F & encode(sorted canonical query), keyed with AccessKeySecret + "&", Base64.
import { SHA1 } from './hash.ts';
import { HmacKey } from './hmac.ts';
import { BoundedKeyCache, secretFingerprint } from './key-cache.ts';
import { encodeSortedQuery, type ParamPairs } from './param-pairs.ts';
import { percentEncodeRfc3986 } from './percent-encode.ts';

export interface RpcV2SigningInput {
  method: string;
  /** Every signed parameter (common ones included, flattened, un-encoded); a `Signature` pair is ignored. */
  params: ParamPairs;
  accessKeySecret: string;
}

export interface RpcV2Signature {
  canonicalQuery: string;
  stringToSign: string;
  signature: string;
}

const keys = new BoundedKeyCache<HmacKey>();

export function signRpcV2(input: RpcV2SigningInput): RpcV2Signature {
  const canonicalQuery = encodeSortedQuery(input.params.filter(([name]) => name !== 'Signature'));
  const stringToSign = `${input.method.toUpperCase()}&%2F&${percentEncodeRfc3986(canonicalQuery)}`;
  const secret = input.accessKeySecret;
  const key = keys.getOrCreate(secretFingerprint(secret), () => new HmacKey(SHA1, secret + '&'));
  return { canonicalQuery, stringToSign, signature: key.base64(stringToSign) };
}
