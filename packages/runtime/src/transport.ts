// Sends one signed request and returns the raw answer. The default uses the global fetch, so the core runs
// on Node ≥ 20, Deno, Bun, browsers and edge workers; `@cloudexec/runtime/node` has a keep-alive node:http one.
import type { WireRequest } from './protocols/types.ts';

export interface TransportResponse {
  status: number;
  headers: Headers;
  bodyText: string;
}

/**
 * Sends `request`; resolves with any HTTP answer (errors included) and rejects only when no answer came
 * (network failure, abort). Must stop when `signal` aborts.
 */
export type Transport = (request: WireRequest, signal: AbortSignal) => Promise<TransportResponse>;

/** A Transport over a fetch implementation (defaults to the global fetch, looked up at call time). */
export function createFetchTransport(fetchImpl?: typeof fetch): Transport {
  return async (request, signal) => {
    const doFetch = fetchImpl ?? globalThis.fetch;
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      signal,
      // A redirect would replay signed headers to another host; surface it as an error answer instead.
      redirect: 'manual',
    };
    if (request.body !== undefined) init.body = request.body;
    const response = await doFetch(request.url, init);
    const bodyText = await response.text();
    return { status: response.status, headers: response.headers, bodyText };
  };
}

/** The default transport: global fetch. */
export const fetchTransport: Transport = /* @__PURE__ */ createFetchTransport();
