// What hooks and errors may see of a request: the Authorization value, session tokens and signatures are
// replaced, wherever a protocol puts them (headers, query string, form body).
import type { WireRequest } from './protocols/types.ts';

export const REDACTED = '[REDACTED]';

/** Header names (lower case) whose values are credentials or derived from them. */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-tc-token',
  'x-acs-security-token',
  'x-acs-bearer-token',
]);

/** Query/form parameter names (lower case) that carry secrets: Tencent v1 and Alibaba RPC v2 signatures. */
const SECRET_PARAMS = new Set(['signature', 'securitytoken', 'token', 'bearertoken']);

export function redactHeaders(headers: Record<string, string> | Headers): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value;
  }
  return out;
}

function redactParams(params: URLSearchParams): boolean {
  let changed = false;
  for (const name of new Set(params.keys())) {
    if (SECRET_PARAMS.has(name.toLowerCase())) {
      params.set(name, REDACTED);
      changed = true;
    }
  }
  return changed;
}

export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (!redactParams(parsed.searchParams)) return url;
  return parsed.toString();
}

function isForm(headers: Record<string, string>): boolean {
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'content-type') return value.includes('application/x-www-form-urlencoded');
  }
  return false;
}

/** A copy of `request` that is safe to log. */
export function redactRequest(request: WireRequest): WireRequest {
  const redacted: WireRequest = {
    method: request.method,
    url: redactUrl(request.url),
    headers: redactHeaders(request.headers),
  };
  if (request.body !== undefined) {
    if (isForm(request.headers)) {
      const form = new URLSearchParams(request.body);
      redacted.body = redactParams(form) ? form.toString() : request.body;
    } else {
      redacted.body = request.body;
    }
  }
  return redacted;
}

/** Replaces every occurrence of each secret (and its URL-encoded form) in `text`. */
export function scrubSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      out = out.split(form).join(REDACTED);
    }
  }
  return out;
}
