// The parameters a Tencent v1 or Alibaba RPC call carries in its query or form body for routing and signing:
// never part of an operation's input. The mock parsers set them apart; codegen and the contract suite drop
// them when they read documented examples and the wire. Each protocol object holds its own set.
import type { Provider } from '../errors.ts';
import type { ParamPair } from '../signing/param-pairs.ts';

export const TENCENT_COMMON_PARAMETERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'Action',
  'Version',
  'Region',
  'Timestamp',
  'Nonce',
  'SecretId',
  'Signature',
  'SignatureMethod',
  'Token',
  'Language',
  'RequestClient',
]);

// RegionId is an operation parameter for ECS and SWAS (their request schemas declare it), so it is not here.
export const ALIYUN_COMMON_PARAMETERS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'Action',
  'Version',
  'Format',
  'AccessKeyId',
  'SignatureNonce',
  'Timestamp',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureType',
  'Signature',
  'SecurityToken',
]);

/** Common (routing and signing) parameter names per provider; the protocol objects carry the same sets. */
export const COMMON_PARAMETERS: Readonly<Record<Provider, ReadonlySet<string>>> = {
  tencent: TENCENT_COMMON_PARAMETERS,
  aliyun: ALIYUN_COMMON_PARAMETERS,
};

/** Wire pairs split into the common parameters by name (a repeated name keeps its last value) and the operation's own pairs, in order. */
export function splitCommonParams(pairs: Iterable<ParamPair>, provider: Provider): { common: Map<string, string>; operation: ParamPair[] } {
  const names = COMMON_PARAMETERS[provider];
  const common = new Map<string, string>();
  const operation: ParamPair[] = [];
  for (const pair of pairs) {
    if (names.has(pair[0])) common.set(pair[0], pair[1]);
    else operation.push(pair);
  }
  return { common, operation };
}
