// What hooks and errors may see of a request: the Authorization value, session tokens and signatures are
// replaced, wherever a protocol puts them (headers, query string, form body).
import type { WireRequest } from './protocols/types.ts';
import { percentEncodeRfc3986 } from './signing/percent-encode.ts';

export const REDACTED = '[REDACTED]';

/** Header names (lower case) whose values are credentials or derived from them. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-tc-token', 'x-acs-security-token', 'x-acs-bearer-token']);

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

/**
 * Every spelling in which a service can echo `secret`: raw; percent-encoded once and twice, both the RFC 3986
 * way Alibaba signs (space %20, `*` %2A) and the encodeURIComponent/form way (`+` for space in a form); the
 * twice-encoded form is how a token appears inside an echoed RPC string-to-sign (`%252B` for `+`).
 */
export function secretSpellings(secret: string): string[] {
  const once = [percentEncodeRfc3986(secret), encodeURIComponent(secret), formEncode(secret)];
  const twice = once.flatMap((form) => [percentEncodeRfc3986(form), encodeURIComponent(form)]);
  return [...new Set([secret, ...once, ...twice])].sort((a, b) => b.length - a.length);
}

function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const patternCache = new Map<string, RegExp>();

/** One regex matching every spelling of the secrets; hex case-insensitive (servers may echo %2b). */
function secretPattern(secrets: readonly string[]): RegExp {
  const key = secrets.join('\u0000');
  let pattern = patternCache.get(key);
  if (!pattern) {
    const spellings = [...new Set(secrets.flatMap(secretSpellings))].sort((a, b) => b.length - a.length);
    pattern = new RegExp(spellings.map((s) => s.replace(REGEX_SPECIAL, '\\$&')).join('|'), 'gi');
    if (patternCache.size > 32) patternCache.clear();
    patternCache.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Too short to tell apart from ordinary text; such a secret is not a real one. */
const MIN_SECRET_LENGTH = 4;

function usable(secrets: ReadonlyArray<string | undefined>): string[] {
  return secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH);
}

/** Replaces every occurrence of each secret, in any spelling of secretSpellings, in `text`. */
export function scrubSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  const present = usable(secrets);
  if (present.length === 0 || typeof text !== 'string') return text;
  return text.replace(secretPattern(present), REDACTED);
}

/**
 * Scrubs, in place, every string an error holds: message, stack, each own field (Recommend, HostId, reason,
 * body excerpt…), and the same for its cause and any nested object, so toString, toJSON and util.inspect
 * are clean whatever they show. Returns `error`.
 */
export function scrubError<E>(error: E, secrets: ReadonlyArray<string | undefined>): E {
  const present = usable(secrets);
  if (present.length > 0) scrubValue(error, present, new Set());
  return error;
}

function scrubValue(value: unknown, secrets: string[], seen: Set<object>): unknown {
  if (typeof value === 'string') return scrubSecrets(value, secrets);
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Headers) return value;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor)) continue;
    const next = scrubValue(descriptor.value, secrets, seen);
    if (next === descriptor.value) continue;
    try {
      Object.defineProperty(value, key, { ...descriptor, value: next });
    } catch {
      // A frozen object we cannot fix; it is the caller's own, not something the server sent.
    }
  }
  return value;
}
