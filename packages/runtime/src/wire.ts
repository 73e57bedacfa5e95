// `@cloudexec/runtime/wire`: the wire facts a server needs as much as a client, for @cloudexec/mock (which
// verifies signatures by signing again, exactly as a client would, and reads values as the generated
// validators do). Kept out of `@cloudexec/runtime` so the client's public surface stays the client's; nothing
// here is mock code, and runtime imports no mock.
export { timingSafeEqual } from './signing/bytes.ts';
export { sha256Hex } from './signing/hash.ts';
export { ACS3_ALGORITHM, signAcs3 } from './signing/acs3.ts';
export { signRpcV2 } from './signing/rpc-v2.ts';
export { signTc3, tc3Date, TC3_ALGORITHM } from './signing/tc3.ts';
export { signTencentV1, type TencentV1SignatureMethod } from './signing/tencent-v1.ts';
export type { ParamPair } from './signing/param-pairs.ts';
export { COMMON_PARAMETERS, splitCommonParams } from './protocols/common-params.ts';
export { isJsonObject } from './protocols/envelope.ts';
export { flattenRpcParams, flattenTencentQuery, unflattenRpcParams, unflattenTencentQuery } from './protocols/flatten.ts';
export { isOneOf, isPresent, isRecord } from './constraints.ts';
export { firstViolation, violationMessage, type Violation } from './constraints.ts';
export { contentEncodingOf, contentSize } from './content-rules.ts';
