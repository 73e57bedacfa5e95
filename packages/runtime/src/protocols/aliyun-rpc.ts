// Alibaba Cloud RPC-style OpenAPI as one object: the client half (aliyun.ts, what a generated client bundles)
// plus the facts tools, tests and mocks read. ACS3-HMAC-SHA256 and the older RPC v2 (HMAC-SHA1) signature
// are signature modes of this protocol: same hosts, query flattening, envelope and codes (decisions/0008).
import { ALIYUN_COMMON_PARAMETERS } from './common-params.ts';
import { flattenRpcParams, unflattenRpcParams } from './flatten.ts';
import { aliyunProtocol } from './aliyun.ts';
import type { WireProtocol } from './wire-protocol.ts';

export const aliyunRpc: WireProtocol = {
  ...aliyunProtocol,
  id: 'aliyun-rpc',
  vendor: 'Alibaba Cloud',
  signatureMethods: ['acs3', 'rpc-v2'],
  listBase: 1,
  commonParameters: ALIYUN_COMMON_PARAMETERS,
  defaultRegion: 'cn-hangzhou',
  throttlingCode: /^Throttling(?:\.|$)/,
  retryableCode: /^(?:Throttling|InternalError|ServiceUnavailable)(?:\.|$)/,
  authCode: /^(?:InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidSecurityToken|Forbidden)(?:\.|$)/,
  errorHttpStatus: (documented) => documented ?? 400,
  formatRequestId: (id) => id.toUpperCase(),
  // Like the official 7.x SDKs, every parameter travels in the query, for POST too.
  sendsJson: () => false,
  flatten: flattenRpcParams,
  unflatten: unflattenRpcParams,
};
