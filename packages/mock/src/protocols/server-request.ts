// The incoming side of the wire, shared by the Tencent and Alibaba mock parsers/verifiers: one shape for
// a web Request (MSW) and for what a node:http server hands over, with case-insensitive headers.
import type { ParamPair } from '@cloudexec/runtime/wire';

export type IncomingHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface RawHttpRequest {
  method: string;
  /** Absolute URL, or a path with query (`/?Action=…`) when the host only comes in the Host header. */
  url: string;
  headers: IncomingHeaders;
  /** Body as text; empty for GET. */
  body: string;
}

/** A raw request from a web `Request`; reads a clone, so the original body stays readable. */
export async function readRawRequest(request: Request): Promise<RawHttpRequest> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: hasBody ? await request.clone().text() : '',
  };
}

/** Header lookup by lower-case name; repeated values are joined with ", " like `Headers#get`. */
export type HeaderLookup = (lowerName: string) => string | undefined;

export function headerLookup(headers: IncomingHeaders): HeaderLookup {
  if (headers instanceof Headers) return (name) => headers.get(name) ?? undefined;
  const lowered = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value : value.join(', ');
    const key = name.toLowerCase();
    const previous = lowered.get(key);
    lowered.set(key, previous === undefined ? text : `${previous}, ${text}`);
  }
  return (name) => lowered.get(name);
}

export interface RequestTarget {
  path: string;
  /** The query exactly as received (no leading `?`), which is what a TC3 client signed. */
  rawQuery: string;
  /**
   * Query strings a TC3 client may have signed: the raw one, then its WHATWG URL serialisation (the
   * official Node SDK signs `new URL(url).search`, which escapes `'`, while sending the raw string).
   */
  queryCandidates: string[];
  /** Decoded query parameters in wire order (`+` read as a space, as in form encoding). */
  query: ParamPair[];
  /** Host names the client may have signed: the Host header, then the URL's host with and without port. */
  hostCandidates: string[];
}

export function decodeForm(text: string): ParamPair[] {
  return [...new URLSearchParams(text)];
}

export function requestTarget(raw: RawHttpRequest, header: HeaderLookup): RequestTarget {
  const hostHeader = header('host');
  const url = new URL(raw.url, `http://${hostHeader ?? 'localhost'}`);
  const hashIndex = raw.url.indexOf('#');
  const withoutHash = hashIndex === -1 ? raw.url : raw.url.slice(0, hashIndex);
  const queryIndex = withoutHash.indexOf('?');
  const rawQuery = queryIndex === -1 ? '' : withoutHash.slice(queryIndex + 1);
  const hostCandidates: string[] = [];
  for (const candidate of [hostHeader, url.host, url.hostname]) {
    if (candidate && !hostCandidates.includes(candidate)) hostCandidates.push(candidate);
  }
  const normalizedQuery = url.search.slice(1);
  const queryCandidates = normalizedQuery === rawQuery ? [rawQuery] : [rawQuery, normalizedQuery];
  return { path: url.pathname, rawQuery, queryCandidates, query: decodeForm(rawQuery), hostCandidates };
}

/** Media type without parameters, lower-cased (`application/json; charset=utf-8` → `application/json`). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Provider-coded outcome of parsing or verifying an incoming request. */
export interface RequestRejection {
  ok: false;
  code: string;
  message: string;
  /** The status the real service answers with (Tencent: always 200). */
  httpStatus: number;
}

export type SecretLookup = (accessKeyId: string) => string | undefined | Promise<string | undefined>;

export interface VerifyOptions {
  /** Server clock; defaults to now. */
  now?: Date;
  /** Allowed clock skew in seconds (Tencent 300, Alibaba 900 by default); `Infinity` disables the check. */
  maxSkewSeconds?: number;
}

export type VerifyResult = { ok: true; accessKeyId: string } | RequestRejection;
