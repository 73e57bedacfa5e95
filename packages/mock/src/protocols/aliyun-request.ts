// Mock-side Alibaba Cloud RPC: parse an incoming request (ACS3 with parameters in the query of a POST
// or GET, legacy RPC v2 with common parameters in the query or a form body) and verify its signature.
import {
  ACS3_ALGORITHM,
  sha256Hex,
  signAcs3,
  signRpcV2,
  splitCommonParams,
  timingSafeEqual,
  unflattenRpcParams,
  type ParamPair,
} from '@cloudexec/runtime/wire';
import {
  decodeForm,
  headerLookup,
  mediaType,
  requestTarget,
  type HeaderLookup,
  type RawHttpRequest,
  type RequestRejection,
  type RequestTarget,
  type SecretLookup,
  type VerifyOptions,
  type VerifyResult,
} from './server-request.ts';

export type AliyunSignatureInfo =
  | { kind: 'acs3'; accessKeyId: string; signedHeaders: string[]; signature: string }
  | { kind: 'rpc-v2'; accessKeyId: string; signatureMethod: string; signatureVersion: string; signature: string }
  | { kind: 'none' };

export interface AliyunIncomingRequest {
  action: string;
  version: string;
  /** The RegionId parameter (it stays in `params` too: it is an operation parameter). */
  regionId?: string;
  securityToken?: string;
  /** x-acs-date or Timestamp as sent. */
  timestamp?: string;
  nonce?: string;
  /** Operation input unflattened from query and form body, common parameters removed, values as strings. */
  params: Record<string, unknown>;
  signature: AliyunSignatureInfo;
  wire: { method: string; body: string; header: HeaderLookup; target: RequestTarget; allParams: ParamPair[] };
}

export type AliyunParseResult = { ok: true; request: AliyunIncomingRequest } | RequestRejection;

const ACS3_AUTHORIZATION = /^ACS3-HMAC-SHA256\s+Credential=([^\s,]+)\s*,\s*SignedHeaders=([^\s,]+)\s*,\s*Signature=([0-9a-f]{64})\s*$/i;

function reject(code: string, message: string, httpStatus = 400): RequestRejection {
  return { ok: false, code, message, httpStatus };
}

/** Reads an incoming Alibaba RPC request; header names in any case, parameters in query and/or form body. */
export function parseAliyunRequest(raw: RawHttpRequest): AliyunParseResult {
  const header = headerLookup(raw.headers);
  const target = requestTarget(raw, header);
  const method = raw.method.toUpperCase();
  const isForm = mediaType(header('content-type')) === 'application/x-www-form-urlencoded';
  const allParams = isForm && raw.body !== '' ? [...target.query, ...decodeForm(raw.body)] : target.query;
  const { common, operation } = splitCommonParams(allParams, 'aliyun');
  const authorization = header('authorization')?.trim() ?? '';
  const isAcs3 = authorization.toUpperCase().startsWith(ACS3_ALGORITHM);
  const action = (isAcs3 ? header('x-acs-action') : undefined) ?? common.get('Action') ?? header('x-acs-action');
  const version = (isAcs3 ? header('x-acs-version') : undefined) ?? common.get('Version') ?? header('x-acs-version');
  if (!action) return reject('MissingParameter.Action', 'The input parameter "Action" that is mandatory for processing this request is not supplied.');
  if (!version) return reject('MissingParameter.Version', 'The input parameter "Version" that is mandatory for processing this request is not supplied.');
  let signature: AliyunSignatureInfo = { kind: 'none' };
  if (isAcs3) {
    const match = ACS3_AUTHORIZATION.exec(authorization);
    if (match) {
      signature = { kind: 'acs3', accessKeyId: match[1]!, signedHeaders: match[2]!.toLowerCase().split(';'), signature: match[3]!.toLowerCase() };
    }
  } else if (common.has('Signature') && common.has('AccessKeyId')) {
    signature = {
      kind: 'rpc-v2',
      accessKeyId: common.get('AccessKeyId')!,
      signatureMethod: common.get('SignatureMethod') ?? '',
      signatureVersion: common.get('SignatureVersion') ?? '',
      signature: common.get('Signature')!,
    };
  }
  const params = unflattenRpcParams(operation);
  return {
    ok: true,
    request: {
      action,
      version,
      regionId: typeof params['RegionId'] === 'string' ? params['RegionId'] : undefined,
      securityToken: (isAcs3 ? header('x-acs-security-token') : common.get('SecurityToken')) || undefined,
      timestamp: isAcs3 ? header('x-acs-date') : common.get('Timestamp'),
      nonce: isAcs3 ? header('x-acs-signature-nonce') : common.get('SignatureNonce'),
      params,
      signature,
      wire: { method, body: raw.body, header, target, allParams },
    },
  };
}

const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function checkClock(timestamp: string | undefined, options: VerifyOptions): RequestRejection | undefined {
  if (timestamp === undefined || !ISO_SECONDS.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    return reject('IllegalTimestamp', 'The input parameter "Timestamp" that is mandatory for processing this request is not supplied or malformed.');
  }
  const skew = Math.abs((options.now ?? new Date()).getTime() - Date.parse(timestamp)) / 1000;
  if (skew > (options.maxSkewSeconds ?? 900)) {
    return reject('InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  }
  return undefined;
}

function mismatch(stringToSign: string): RequestRejection {
  return reject('SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`);
}

function verifyAcs3(request: AliyunIncomingRequest, info: Extract<AliyunSignatureInfo, { kind: 'acs3' }>, secret: string): VerifyResult {
  const { wire } = request;
  const bodyHash = sha256Hex(wire.body);
  const declaredHash = wire.header('x-acs-content-sha256');
  if (declaredHash !== undefined && declaredHash.trim().toLowerCase() !== bodyHash) {
    return reject('SignatureDoesNotMatch', 'The x-acs-content-sha256 header does not match the request body.');
  }
  let stringToSign = '';
  for (const host of wire.target.hostCandidates) {
    const headers: Record<string, string> = {};
    for (const name of info.signedHeaders) {
      const value = name === 'host' ? host : wire.header(name);
      if (value !== undefined) headers[name] = value;
    }
    const expected = signAcs3({
      method: wire.method,
      pathname: wire.target.path,
      query: wire.target.query,
      headers,
      signedHeaderNames: info.signedHeaders,
      payloadHash: declaredHash?.trim() ?? bodyHash,
      accessKeyId: info.accessKeyId,
      accessKeySecret: secret,
    });
    if (timingSafeEqual(expected.signature, info.signature)) return { ok: true, accessKeyId: info.accessKeyId };
    stringToSign ||= expected.stringToSign;
  }
  return mismatch(stringToSign);
}

function verifyRpcV2(request: AliyunIncomingRequest, info: Extract<AliyunSignatureInfo, { kind: 'rpc-v2' }>, secret: string): VerifyResult {
  if (info.signatureMethod !== 'HMAC-SHA1' || info.signatureVersion !== '1.0') {
    return reject('IncompleteSignature', 'Only SignatureMethod HMAC-SHA1 with SignatureVersion 1.0 is supported.');
  }
  const expected = signRpcV2({ method: request.wire.method, params: request.wire.allParams, accessKeySecret: secret });
  if (timingSafeEqual(expected.signature, info.signature)) return { ok: true, accessKeyId: info.accessKeyId };
  return mismatch(expected.stringToSign);
}

/** Checks the signature of a parsed request against the secret of its AccessKeyId. */
export async function verifyAliyunSignature(request: AliyunIncomingRequest, lookupSecret: SecretLookup, options: VerifyOptions = {}): Promise<VerifyResult> {
  const info = request.signature;
  if (info.kind === 'none') return reject('IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
  if (info.kind === 'acs3' && !info.signedHeaders.includes('host')) {
    return reject('IncompleteSignature', 'SignedHeaders must include host.');
  }
  if (request.nonce === undefined || request.nonce === '') {
    return reject('MissingParameter.SignatureNonce', 'The input parameter "SignatureNonce" that is mandatory for processing this request is not supplied.');
  }
  const clock = checkClock(request.timestamp, options);
  if (clock) return clock;
  const secret = await lookupSecret(info.accessKeyId);
  if (secret === undefined) return reject('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
  return info.kind === 'acs3' ? verifyAcs3(request, info, secret) : verifyRpcV2(request, info, secret);
}
