// Tencent Cloud API 3.0 as one object: the client half (tencent.ts, what a generated client bundles) plus the
// facts tools, tests and mocks read. Signature v1 (HmacSHA1/HmacSHA256, GET or form POST) is a signature
// mode of this protocol, not a protocol of its own: same hosts, envelope, codes and region (decisions/0008).
import { TENCENT_COMMON_PARAMETERS } from './common-params.ts';
import { flattenTencentQuery, unflattenTencentQuery } from './flatten.ts';
import { tencentProtocol } from './tencent.ts';
import type { WireProtocol } from './wire-protocol.ts';

export const tencentTc3: WireProtocol = {
  ...tencentProtocol,
  id: 'tencent-tc3',
  vendor: 'Tencent Cloud',
  signatureMethods: ['tc3', 'v1-hmac-sha1', 'v1-hmac-sha256'],
  listBase: 0,
  commonParameters: TENCENT_COMMON_PARAMETERS,
  regionHeader: 'X-TC-Region',
  defaultRegion: 'ap-guangzhou',
  throttlingCode: /^RequestLimitExceeded(?:\.|$)/,
  retryableCode: /^(?:RequestLimitExceeded|InternalError|ServiceUnavailable)(?:\.|$)/,
  authCode: /^(?:AuthFailure|UnauthorizedOperation)(?:\.|$)/,
  errorHttpStatus: () => 200,
  formatRequestId: (id) => id.toLowerCase(),
  // TC3 POST sends the input as JSON; TC3 GET and every v1 request flatten it.
  sendsJson: (method, signatureMethod = 'tc3') => method === 'POST' && signatureMethod === 'tc3',
  flatten: flattenTencentQuery,
  unflatten: unflattenTencentQuery,
};
