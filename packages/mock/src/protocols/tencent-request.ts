// Mock-side Tencent Cloud API 3.0: parse an incoming request (TC3 POST JSON, TC3 GET query, v1 GET
// query or form POST) into action, version, region and nested params, and verify its signature.
import {
  isJsonObject,
  sha256Hex,
  signTc3,
  signTencentV1,
  splitCommonParams,
  tc3Date,
  TC3_ALGORITHM,
  timingSafeEqual,
  unflattenTencentQuery,
  type ParamPair,
  type TencentV1SignatureMethod,
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

export type TencentSignatureInfo =
  | {
      kind: 'tc3';
      accessKeyId: string;
      /** Credential scope date and service as the client stated them. */
      date: string;
      service: string;
      signedHeaders: string[];
      signature: string;
    }
  | { kind: 'v1'; accessKeyId: string; signatureMethod: TencentV1SignatureMethod; signature: string; nonce?: string }
  | { kind: 'none' };

export interface TencentIncomingRequest {
  action: string;
  version: string;
  region?: string;
  language?: string;
  securityToken?: string;
  /** Unix seconds from X-TC-Timestamp / Timestamp. */
  timestamp?: number;
  /** Operation input: the JSON body, or the query / form unflattened (values as strings). */
  params: Record<string, unknown>;
  signature: TencentSignatureInfo;
  /** What verification needs of the original request. */
  wire: { method: string; body: string; header: HeaderLookup; target: RequestTarget; signedParams: ParamPair[] };
}

export type TencentParseResult = { ok: true; request: TencentIncomingRequest } | RequestRejection;

const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

const TC3_AUTHORIZATION =
  /^TC3-HMAC-SHA256\s+Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/([^/\s,]+)\/tc3_request\s*,\s*SignedHeaders=([^\s,]+)\s*,\s*Signature=([0-9a-f]{64})\s*$/i;

function reject(code: string, message: string): RequestRejection {
  return { ok: false, code, message, httpStatus: 200 };
}

function parseTimestamp(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,12}$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

function parseTc3(raw: RawHttpRequest, header: HeaderLookup, target: RequestTarget, authorization: string): TencentParseResult {
  const match = TC3_AUTHORIZATION.exec(authorization.trim());
  const action = header('x-tc-action');
  const version = header('x-tc-version');
  if (!action) return reject('MissingParameter', 'The X-TC-Action header is missing.');
  if (!version) return reject('MissingParameter', 'The X-TC-Version header is missing.');
  let params: Record<string, unknown>;
  const type = mediaType(header('content-type'));
  if (raw.method.toUpperCase() === 'GET') {
    params = unflattenTencentQuery(target.query);
  } else if (type === 'application/x-www-form-urlencoded') {
    params = unflattenTencentQuery(decodeForm(raw.body));
  } else if (type === 'application/json' || type === '') {
    let body: unknown = {};
    try {
      if (raw.body.trim() !== '') body = JSON.parse(raw.body);
    } catch {
      return reject('InvalidParameter', 'The request body is not valid JSON.');
    }
    if (!isJsonObject(body)) return reject('InvalidParameter', 'The request body is not a JSON object.');
    params = body;
  } else {
    return reject('InvalidParameter', `Content-Type ${type} is not supported.`);
  }
  const signature: TencentSignatureInfo = match
    ? {
        kind: 'tc3',
        accessKeyId: match[1]!,
        date: match[2]!,
        service: match[3]!,
        signedHeaders: match[4]!.toLowerCase().split(';'),
        signature: match[5]!.toLowerCase(),
      }
    : { kind: 'none' };
  return {
    ok: true,
    request: {
      action,
      version,
      region: header('x-tc-region') || undefined,
      language: header('x-tc-language') || undefined,
      securityToken: header('x-tc-token') || undefined,
      timestamp: parseTimestamp(header('x-tc-timestamp')),
      params,
      signature,
      wire: { method: raw.method.toUpperCase(), body: raw.body, header, target, signedParams: [] },
    },
  };
}

function parseV1(raw: RawHttpRequest, header: HeaderLookup, target: RequestTarget): TencentParseResult {
  const isForm = mediaType(header('content-type')) === 'application/x-www-form-urlencoded';
  const pairs = raw.method.toUpperCase() === 'POST' && isForm ? [...target.query, ...decodeForm(raw.body)] : target.query;
  const { common, operation } = splitCommonParams(pairs, 'tencent');
  const action = common.get('Action');
  const version = common.get('Version');
  if (!action) return reject('MissingParameter', 'The Action parameter is missing.');
  if (!version) return reject('MissingParameter', 'The Version parameter is missing.');
  const accessKeyId = common.get('SecretId');
  const signatureValue = common.get('Signature');
  const signature: TencentSignatureInfo =
    accessKeyId && signatureValue
      ? {
          kind: 'v1',
          accessKeyId,
          signatureMethod: common.get('SignatureMethod') === 'HmacSHA256' ? 'HmacSHA256' : 'HmacSHA1',
          signature: signatureValue,
          nonce: common.get('Nonce'),
        }
      : { kind: 'none' };
  return {
    ok: true,
    request: {
      action,
      version,
      region: common.get('Region') || undefined,
      language: common.get('Language') || undefined,
      securityToken: common.get('Token') || undefined,
      timestamp: parseTimestamp(common.get('Timestamp')),
      params: unflattenTencentQuery(operation),
      signature,
      wire: { method: raw.method.toUpperCase(), body: raw.body, header, target, signedParams: pairs },
    },
  };
}

/** Reads an incoming Tencent request; header names in any case, JSON or form bodies. */
export function parseTencentRequest(raw: RawHttpRequest): TencentParseResult {
  const header = headerLookup(raw.headers);
  const target = requestTarget(raw, header);
  const authorization = header('authorization');
  if (authorization?.trim().toUpperCase().startsWith(TC3_ALGORITHM)) {
    return parseTc3(raw, header, target, authorization);
  }
  const isV1 = header('x-tc-action') === undefined;
  return isV1 ? parseV1(raw, header, target) : parseTc3(raw, header, target, authorization ?? '');
}

function checkClock(timestamp: number | undefined, options: VerifyOptions): RequestRejection | undefined {
  if (timestamp === undefined) return reject('MissingParameter', 'The request timestamp is missing or malformed.');
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - timestamp) > (options.maxSkewSeconds ?? 300)) {
    return reject('AuthFailure.SignatureExpire', 'The request timestamp is outside the allowed window.');
  }
  return undefined;
}

function tc3Matches(request: TencentIncomingRequest, info: Extract<TencentSignatureInfo, { kind: 'tc3' }>, secret: string): boolean {
  const { wire } = request;
  const extra: Record<string, string> = {};
  for (const name of info.signedHeaders) {
    if (name === 'content-type' || name === 'host') continue;
    const value = wire.header(name);
    if (value === undefined) return false;
    extra[name] = value;
  }
  const contentType = wire.header('content-type');
  if (contentType === undefined) return false;
  // Go/Java SDKs may opt out of body hashing; the hashed payload is then that of the marker itself.
  const unsigned = wire.header('x-tc-content-sha256')?.trim() === UNSIGNED_PAYLOAD;
  const payloadHash = unsigned ? sha256Hex(UNSIGNED_PAYLOAD) : sha256Hex(wire.body);
  // Media types are case-insensitive: a client may sign `Application/JSON` lower-cased (the TC3 doc) or as
  // sent (the official SDKs), so an upper-case value is tried both ways.
  const casings = contentType.trim() === contentType.trim().toLowerCase() ? [false] : [false, true];
  const attempts = wire.target.hostCandidates.flatMap((host) =>
    wire.target.queryCandidates.flatMap((query) => casings.map((contentTypeAsSent) => ({ host, query, contentTypeAsSent }))),
  );
  return attempts.some(({ host, query, contentTypeAsSent }) => {
    const expected = signTc3({
      method: wire.method,
      host,
      query,
      contentType,
      contentTypeAsSent,
      payloadHash,
      timestamp: request.timestamp!,
      service: info.service,
      secretId: info.accessKeyId,
      secretKey: secret,
      extraSignedHeaders: extra,
    });
    return timingSafeEqual(expected.signature, info.signature);
  });
}

function v1Matches(request: TencentIncomingRequest, info: Extract<TencentSignatureInfo, { kind: 'v1' }>, secret: string): boolean {
  const { wire } = request;
  return wire.target.hostCandidates.some((host) => {
    const expected = signTencentV1({
      method: wire.method,
      host,
      path: wire.target.path,
      params: wire.signedParams,
      secretKey: secret,
      signatureMethod: info.signatureMethod,
    });
    return timingSafeEqual(expected.signature, info.signature);
  });
}

export interface TencentVerifyOptions extends VerifyOptions {
  /** Reject TC3 credential scopes for another signing service (e.g. `tat`). */
  expectedService?: string;
}

/** Checks the signature of a parsed request against the secret of its SecretId. */
export async function verifyTencentSignature(
  request: TencentIncomingRequest,
  lookupSecret: SecretLookup,
  options: TencentVerifyOptions = {},
): Promise<VerifyResult> {
  const info = request.signature;
  if (info.kind === 'none') {
    return reject('AuthFailure.InvalidAuthorization', 'The request carries no valid signature.');
  }
  if (info.kind === 'tc3' && !(info.signedHeaders.includes('content-type') && info.signedHeaders.includes('host'))) {
    return reject('AuthFailure.InvalidAuthorization', 'SignedHeaders must include content-type and host.');
  }
  const clock = checkClock(request.timestamp, options);
  if (clock) return clock;
  const secret = await lookupSecret(info.accessKeyId);
  if (secret === undefined) return reject('AuthFailure.SecretIdNotFound', 'The SecretId is not found.');
  if (info.kind === 'tc3') {
    if (info.date !== tc3Date(request.timestamp!)) {
      return reject('AuthFailure.SignatureFailure', 'The credential scope date does not match X-TC-Timestamp.');
    }
    if (options.expectedService !== undefined && info.service !== options.expectedService) {
      return reject('AuthFailure.SignatureFailure', `The credential scope service must be ${options.expectedService}.`);
    }
  }
  const matches = info.kind === 'tc3' ? tc3Matches(request, info, secret) : v1Matches(request, info, secret);
  if (!matches) return reject('AuthFailure.SignatureFailure', 'The provided credentials could not be validated.');
  return { ok: true, accessKeyId: info.accessKeyId };
}
