// Tencent Cloud API 3.0 signature TC3-HMAC-SHA256 (protocol-facts §1.1): canonical request, string to
// sign, signing-key derivation (cached per secret, date and service) and Authorization header.
import { EMPTY_SHA256, SHA256, sha256Hex } from './hash.ts';
import { HmacKey } from './hmac.ts';
import { BoundedKeyCache, secretFingerprint } from './key-cache.ts';

export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';

export interface Tc3SigningInput {
  method: string;
  /** Host as signed (the `Host` header value). */
  host: string;
  /** The exact query string sent on the wire, without `?`; empty for POST. */
  query?: string;
  /** Content-Type exactly as sent. */
  contentType: string;
  /** Body exactly as sent; ignored when `payloadHash` is given. */
  payload?: string | Uint8Array;
  /** Lower-case hex SHA-256 of the body, when the caller already has it. */
  payloadHash?: string;
  /** X-TC-Timestamp, Unix seconds. */
  timestamp: number;
  /** Signing service (`tat`, `batch`, `cvm`). */
  service: string;
  secretId: string;
  secretKey: string;
  /** Headers to sign besides content-type and host, e.g. `{ 'X-TC-Action': 'DescribeInstances' }`. */
  extraSignedHeaders?: Readonly<Record<string, string>>;
  /**
   * Sign the Content-Type value in its own case instead of lower-cased. The official Tencent SDKs do so; a
   * verifying server (the mock) tries both, since media types are case-insensitive and either may be signed.
   */
  contentTypeAsSent?: boolean;
}

export interface Tc3CanonicalRequest {
  canonicalRequest: string;
  signedHeaders: string;
  payloadHash: string;
}

export interface Tc3Signature extends Tc3CanonicalRequest {
  credentialScope: string;
  stringToSign: string;
  signature: string;
  authorization: string;
}

/** Canonical headers per the TC3 doc: names and values lower-cased, values trimmed, sorted by name. */
function canonicalHeaders(input: Tc3SigningInput): { headers: string; names: string } {
  const trimmed = input.contentType.trim();
  const contentType = input.contentTypeAsSent === true ? trimmed : trimmed.toLowerCase();
  const host = input.host.trim().toLowerCase();
  const extra = input.extraSignedHeaders;
  if (extra === undefined) {
    return { headers: `content-type:${contentType}\nhost:${host}\n`, names: 'content-type;host' };
  }
  const entries: Array<[string, string]> = [
    ['content-type', contentType],
    ['host', host],
  ];
  for (const name of Object.keys(extra)) {
    const lower = name.toLowerCase();
    if (lower !== 'content-type' && lower !== 'host') entries.push([lower, extra[name]!.trim().toLowerCase()]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  let headers = '';
  for (const [name, value] of entries) headers += `${name}:${value}\n`;
  return { headers, names: entries.map((entry) => entry[0]).join(';') };
}

export function canonicalRequestTc3(input: Tc3SigningInput): Tc3CanonicalRequest {
  const { headers, names } = canonicalHeaders(input);
  const payload = input.payload;
  const payloadHash = input.payloadHash ?? (payload === undefined || payload.length === 0 ? EMPTY_SHA256 : sha256Hex(payload));
  const canonicalRequest = `${input.method.toUpperCase()}\n/\n${input.query ?? ''}\n${headers}\n${names}\n${payloadHash}`;
  return { canonicalRequest, signedHeaders: names, payloadHash };
}

let lastDay = -1;
let lastDate = '';

/** UTC `YYYY-MM-DD` of a Unix timestamp in seconds. */
export function tc3Date(timestamp: number): string {
  const day = Math.floor(timestamp / 86400);
  if (day !== lastDay) {
    lastDate = new Date(day * 86400000).toISOString().slice(0, 10);
    lastDay = day;
  }
  return lastDate;
}

export interface Tc3DerivedKeys {
  secretDate: Uint8Array;
  secretService: Uint8Array;
  secretSigning: Uint8Array;
}

/** The TC3 key chain: HMAC("TC3" + key, date) → HMAC(·, service) → HMAC(·, "tc3_request"). */
export function deriveTc3Keys(secretKey: string, date: string, service: string): Tc3DerivedKeys {
  const secretDate = new HmacKey(SHA256, 'TC3' + secretKey).bytes(date);
  const secretService = new HmacKey(SHA256, secretDate).bytes(service);
  const secretSigning = new HmacKey(SHA256, secretService).bytes('tc3_request');
  return { secretDate, secretService, secretSigning };
}

const signingKeys = new BoundedKeyCache<HmacKey>();

/** The signing key for (secret, date, service), derived once and kept in a bounded cache. */
export function tc3SigningKey(secretKey: string, date: string, service: string): HmacKey {
  return signingKeys.getOrCreate(
    `${secretFingerprint(secretKey)}/${date}/${service}`,
    () => new HmacKey(SHA256, deriveTc3Keys(secretKey, date, service).secretSigning),
  );
}

export function signTc3(input: Tc3SigningInput): Tc3Signature {
  const canonical = canonicalRequestTc3(input);
  const date = tc3Date(input.timestamp);
  const credentialScope = `${date}/${input.service}/tc3_request`;
  const stringToSign = `${TC3_ALGORITHM}\n${input.timestamp}\n${credentialScope}\n${sha256Hex(canonical.canonicalRequest)}`;
  const signature = tc3SigningKey(input.secretKey, date, input.service).hex(stringToSign);
  const authorization =
    `${TC3_ALGORITHM} Credential=${input.secretId}/${credentialScope}, ` + `SignedHeaders=${canonical.signedHeaders}, Signature=${signature}`;
  return { ...canonical, credentialScope, stringToSign, signature, authorization };
}
