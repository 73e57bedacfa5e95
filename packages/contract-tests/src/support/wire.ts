// Reads a signed WireRequest back into comparable data: method, host, path, action, version, the operation's
// query parameters (signing and common parameters removed) and the JSON body.
import { wireProtocolOfProvider, type Provider, type WireRequest } from '@cloudexec/runtime';

export interface WireView {
  method: string;
  host: string;
  path: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Query pairs plus, for a form body, its pairs. */
  pairs: Array<[string, string]>;
  action: string | undefined;
  version: string | undefined;
  /** Parsed JSON body of a JSON POST. */
  json: unknown;
}

export function readWire(request: WireRequest): WireView {
  const url = new URL(request.url);
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const pairs: Array<[string, string]> = [...url.searchParams.entries()];
  const contentType = headers['content-type'] ?? '';
  let json: unknown;
  if (request.body !== undefined && request.body !== '') {
    if (contentType.startsWith('application/x-www-form-urlencoded')) pairs.push(...new URLSearchParams(request.body).entries());
    else json = JSON.parse(request.body);
  }
  const param = (name: string) => pairs.find(([key]) => key === name)?.[1];
  return {
    method: request.method,
    host: url.host,
    path: url.pathname,
    headers,
    pairs,
    action: headers['x-tc-action'] ?? headers['x-acs-action'] ?? param('Action'),
    version: headers['x-tc-version'] ?? headers['x-acs-version'] ?? param('Version'),
    json,
  };
}

/** The operation's flattened parameters: common and signing parameters dropped. */
export function operationParams(pairs: ReadonlyArray<readonly [string, string]>, provider: Provider): Record<string, string> {
  const common = wireProtocolOfProvider(provider).commonParameters;
  const out: Record<string, string> = {};
  for (const [key, value] of pairs) {
    if (common.has(key.split('.')[0] ?? key)) continue;
    if (Object.hasOwn(out, key)) throw new Error(`parameter ${key} appears twice on the wire`);
    out[key] = value;
  }
  return out;
}

/**
 * The documented flattening of an input into wire pairs: lists `Name.<i>` counting from `firstIndex` (the
 * protocol's `listBase`: Tencent 0, Alibaba 1), objects dotted, scalars as text, `null`/`undefined` left out.
 * Written out here rather than taken from the runtime, so the suite checks the client's flattening.
 */
export function flattenInput(input: Record<string, unknown>, firstIndex: 0 | 1): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (name: string, value: unknown): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) value.forEach((item, i) => walk(`${name}.${i + firstIndex}`, item));
    else if (typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(`${name}.${key}`, item);
    else out[name] = String(value);
  };
  for (const [key, value] of Object.entries(input)) walk(key, value);
  return out;
}

/** The operation parameters a request carries: its JSON body as data, or its flattened pairs. */
export function carriedParams(view: WireView, provider: Provider): unknown {
  return view.json !== undefined ? view.json : operationParams(view.pairs, provider);
}

/** What `carriedParams` should be for `input` sent with `method` (and the default signature method). */
export function expectedParams(input: Record<string, unknown>, provider: Provider, method: string): unknown {
  const protocol = wireProtocolOfProvider(provider);
  if (protocol.sendsJson(method === 'GET' ? 'GET' : 'POST'))
    return JSON.parse(JSON.stringify(input, (_key, value: unknown) => (value === null ? undefined : value)));
  return flattenInput(input, protocol.listBase);
}
