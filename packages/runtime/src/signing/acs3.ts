// Alibaba Cloud signature V3, ACS3-HMAC-SHA256 (protocol-facts §3.2): sorted RFC 3986 query, signed
// host / content-type / x-acs-* headers, SHA-256 payload hash; key = the AccessKeySecret as is.
import { EMPTY_SHA256, SHA256, sha256Hex } from './hash.ts';
import { HmacKey } from './hmac.ts';
import { BoundedKeyCache, secretFingerprint } from './key-cache.ts';
import { encodeSortedQuery, type ParamPairs } from './param-pairs.ts';

export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

export interface Acs3SigningInput {
  method: string;
  /** Canonical URI; `/` for RPC-style APIs. */
  pathname?: string;
  /** Flattened, un-encoded query parameters. */
  query?: ParamPairs;
  /** `encodeSortedQuery(query)` when the caller already built it for the URL; `query` is then ignored. */
  canonicalQuery?: string;
  /** Every header sent; `host`, `content-type` and `x-acs-*` (any casing) are signed. */
  headers: Readonly<Record<string, string>>;
  /** Sign exactly these lower-case header names instead (a verifier replaying a received request). */
  signedHeaderNames?: readonly string[];
  /** Hex SHA-256 of the body; computed from `body` when absent. */
  payloadHash?: string;
  body?: string | Uint8Array;
  accessKeyId: string;
  accessKeySecret: string;
}

export interface Acs3CanonicalRequest {
  canonicalRequest: string;
  signedHeaders: string;
}

export interface Acs3Signature extends Acs3CanonicalRequest {
  stringToSign: string;
  signature: string;
  authorization: string;
}

function isSignedHeader(lower: string): boolean {
  return lower === 'host' || lower === 'content-type' || lower.startsWith('x-acs-');
}

/** Signed headers lower-cased, trimmed and sorted; repeated names join their sorted values with `,`. */
function canonicalHeaders(headers: Readonly<Record<string, string>>, only: readonly string[] | undefined): { headers: string; names: string } {
  const entries: Array<[string, string]> = [];
  for (const name in headers) {
    const lower = name.toLowerCase();
    if (only === undefined ? !isSignedHeader(lower) : !only.includes(lower)) continue;
    const entry: [string, string] = [lower, (headers[name] ?? '').trim()];
    let j = entries.length - 1;
    while (j >= 0 && (entries[j]![0] > lower || (entries[j]![0] === lower && entries[j]![1] > entry[1]))) {
      entries[j + 1] = entries[j]!;
      j--;
    }
    entries[j + 1] = entry;
  }
  let text = '';
  let names = '';
  for (let i = 0; i < entries.length; i++) {
    const [name, value] = entries[i]!;
    if (i > 0 && entries[i - 1]![0] === name) {
      text = text.slice(0, -1) + ',' + value + '\n';
      continue;
    }
    text += name + ':' + value + '\n';
    names += (names === '' ? '' : ';') + name;
  }
  return { headers: text, names };
}

export function canonicalRequestAcs3(input: Acs3SigningInput): Acs3CanonicalRequest {
  const { headers, names } = canonicalHeaders(input.headers, input.signedHeaderNames);
  const body = input.body;
  const payloadHash = input.payloadHash ?? (body === undefined || body.length === 0 ? EMPTY_SHA256 : sha256Hex(body));
  const canonicalRequest =
    `${input.method.toUpperCase()}\n${input.pathname ?? '/'}\n${input.canonicalQuery ?? encodeSortedQuery(input.query ?? [])}\n` +
    `${headers}\n${names}\n${payloadHash}`;
  return { canonicalRequest, signedHeaders: names };
}

const keys = new BoundedKeyCache<HmacKey>();

export function signAcs3(input: Acs3SigningInput): Acs3Signature {
  const canonical = canonicalRequestAcs3(input);
  const stringToSign = `${ACS3_ALGORITHM}\n${sha256Hex(canonical.canonicalRequest)}`;
  const secret = input.accessKeySecret;
  const signature = keys.getOrCreate(secretFingerprint(secret), () => new HmacKey(SHA256, secret)).hex(stringToSign);
  const authorization = `${ACS3_ALGORITHM} Credential=${input.accessKeyId},SignedHeaders=${canonical.signedHeaders},Signature=${signature}`;
  return {
    canonicalRequest: canonical.canonicalRequest,
    signedHeaders: canonical.signedHeaders,
    stringToSign,
    signature,
    authorization,
  };
}
