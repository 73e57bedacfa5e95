// Tencent Cloud API 3.0 wire protocol: TC3-HMAC-SHA256 for POST JSON and GET query (default), or
// signature v1 (HmacSHA1 / HmacSHA256) on request (protocol-facts §1, §2).
import { EMPTY_SHA256 } from '../signing/hash.ts';
import { ASYNC_HASH_THRESHOLD, sha256HexAsync } from '../signing/hash-async.ts';
import { encodeQuery, type ParamPair } from '../signing/param-pairs.ts';
import { signTc3 } from '../signing/tc3.ts';
import { signTencentV1, type TencentV1SignatureMethod } from '../signing/tencent-v1.ts';
import { flattenTencentQuery } from './flatten.ts';
import { parseTencentResponse } from './tencent-envelope.ts';
import type { Protocol, ProtocolRequest, WireRequest } from './types.ts';

export const TENCENT_JSON = 'application/json';
export const FORM_URLENCODED = 'application/x-www-form-urlencoded';

const V1_METHODS: Record<string, TencentV1SignatureMethod> = {
  'v1-hmac-sha1': 'HmacSHA1',
  'v1-hmac-sha256': 'HmacSHA256',
};

/** The JSON body the official SDK sends: compact, caller's key order, null members dropped. */
export function tencentJsonBody(params: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(params, (_key, value: unknown) => (value === null ? undefined : value));
}

function tc3Request(request: ProtocolRequest, payloadHash: string | undefined, body: string | undefined): WireRequest {
  const isGet = request.method === 'GET';
  const query = isGet ? encodeQuery(flattenTencentQuery(request.params)) : '';
  const contentType = isGet ? FORM_URLENCODED : TENCENT_JSON;
  const timestamp = Math.floor(request.date.getTime() / 1000);
  const { credentials } = request;
  const { authorization } = signTc3({
    method: request.method,
    host: request.host,
    query,
    contentType,
    payload: body,
    payloadHash,
    timestamp,
    service: request.service.service,
    secretId: credentials.accessKeyId,
    secretKey: credentials.accessKeySecret,
  });
  const headers: Record<string, string> = {
    Authorization: authorization,
    'Content-Type': contentType,
    Host: request.host,
    'X-TC-Action': request.action,
    'X-TC-Timestamp': String(timestamp),
    'X-TC-Version': request.service.version,
  };
  if (request.region) headers['X-TC-Region'] = request.region;
  if (credentials.securityToken) headers['X-TC-Token'] = credentials.securityToken;
  if (request.language) headers['X-TC-Language'] = request.language;
  const url = `${request.scheme}://${request.host}/${query === '' ? '' : '?' + query}`;
  return isGet ? { method: 'GET', url, headers } : { method: 'POST', url, headers, body: body ?? '' };
}

function randomNonce(): string {
  const value = crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
  return String(value === 0 ? 1 : value);
}

/** Signature v1: common parameters go next to the operation's, in the query (GET) or a form body (POST). */
function v1Request(request: ProtocolRequest, signatureMethod: TencentV1SignatureMethod): WireRequest {
  const { credentials } = request;
  const params: ParamPair[] = flattenTencentQuery(request.params);
  params.push(
    ['Action', request.action],
    ['Nonce', request.nonce !== undefined && /^[1-9]\d*$/.test(request.nonce) ? request.nonce : randomNonce()],
    ['SecretId', credentials.accessKeyId],
    ['Timestamp', String(Math.floor(request.date.getTime() / 1000))],
    ['Version', request.service.version],
  );
  // HmacSHA1 is the default, so (like the doc example) it is not named.
  if (signatureMethod === 'HmacSHA256') params.push(['SignatureMethod', signatureMethod]);
  if (request.region) params.push(['Region', request.region]);
  if (credentials.securityToken) params.push(['Token', credentials.securityToken]);
  if (request.language) params.push(['Language', request.language]);
  const { signature } = signTencentV1({
    method: request.method,
    host: request.host,
    params,
    secretKey: credentials.accessKeySecret,
    signatureMethod,
  });
  params.push(['Signature', signature]);
  const encoded = encodeQuery(params);
  const base = `${request.scheme}://${request.host}/`;
  if (request.method === 'GET') return { method: 'GET', url: `${base}?${encoded}`, headers: { Host: request.host } };
  return { method: 'POST', url: base, headers: { 'Content-Type': FORM_URLENCODED, Host: request.host }, body: encoded };
}

/** A POST body serialised (and possibly hashed) ahead of signing. */
export interface PreparedBody {
  body: string;
  payloadHash?: string;
}

/** Builds and signs one attempt synchronously (the Protocol's `sign` adds async hashing of huge bodies). */
export function signTencentRequest(request: ProtocolRequest, prepared?: PreparedBody): WireRequest {
  const method = request.signatureMethod ?? 'tc3';
  if (method === 'tc3') {
    if (request.method === 'GET') return tc3Request(request, EMPTY_SHA256, undefined);
    return tc3Request(request, prepared?.payloadHash, prepared?.body ?? tencentJsonBody(request.params));
  }
  const v1 = V1_METHODS[method];
  if (v1 === undefined) throw new TypeError(`Unsupported Tencent signature method "${method}"`);
  return v1Request(request, v1);
}

/** The client-core half of the Tencent TC3 JSON protocol; tencent-tc3.ts adds what tools and mocks need. */
export const tencentProtocol: Protocol = {
  provider: 'tencent',
  region: { parameter: 'Region', inInput: false },
  async sign(request) {
    if (request.method === 'POST' && (request.signatureMethod ?? 'tc3') === 'tc3') {
      const body = tencentJsonBody(request.params);
      if (body.length >= ASYNC_HASH_THRESHOLD) return signTencentRequest(request, { body, payloadHash: await sha256HexAsync(body) });
      return signTencentRequest(request, { body });
    }
    return signTencentRequest(request);
  },
  parse: parseTencentResponse,
  isClockSkewError: (code) => code === 'AuthFailure.SignatureExpire',
};
