// Action and API version of a raw request, read without the provider engine: routing a request that reached
// the server by IP address (`127.0.0.1:8787`) needs the version, and every log line names the action.
import type { IncomingHttpHeaders } from 'node:http';

export interface CallHints {
  action?: string;
  version?: string;
}

/** Headers of TC3 / ACS3 calls first, then the Action/Version parameters of v1/v2 calls (query, then form body). */
export function readCallHints(headers: IncomingHttpHeaders, url: URL, body: Buffer): CallHints {
  const header = (name: string): string | undefined => {
    const value = headers[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const form = isForm(headers['content-type']) && body.length > 0 ? new URLSearchParams(body.toString('utf8')) : undefined;
  const param = (name: string): string | undefined => url.searchParams.get(name) ?? form?.get(name) ?? undefined;
  return {
    action: header('x-tc-action') ?? header('x-acs-action') ?? param('Action'),
    version: header('x-tc-version') ?? header('x-acs-version') ?? param('Version'),
  };
}

function isForm(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/** A request-supplied name, safe to print: API action names are letters, digits and dots. */
export function printableName(value: string | undefined, fallback = '-'): string {
  return value !== undefined && /^[A-Za-z0-9._-]{1,80}$/.test(value) ? value : fallback;
}
