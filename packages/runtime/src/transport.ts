// Sends one signed request and returns the raw answer. The default uses the global fetch, so the core runs
// on Node ≥ 20, Deno, Bun, browsers and edge workers; `@cloudexec/runtime/node` has a keep-alive node:http one.
import { ResponseTooLargeError } from './errors.ts';
import type { WireRequest } from './protocols/types.ts';
import { checkDeclaredLength, responseLimit, type TransportOptions } from './response-limit.ts';

export type { TransportOptions } from './response-limit.ts';

export interface TransportResponse {
  status: number;
  headers: Headers;
  bodyText: string;
}

/**
 * Sends `request`; resolves with any HTTP answer (errors included) and rejects only when no answer came
 * (network failure, abort) or the answer is over `options.maxResponseBytes` (ResponseTooLargeError). Must stop
 * when `signal` aborts.
 */
export type Transport = (request: WireRequest, signal: AbortSignal, options?: TransportOptions) => Promise<TransportResponse>;

/** A Transport over a fetch implementation (defaults to the global fetch, looked up at call time). */
export function createFetchTransport(fetchImpl?: typeof fetch): Transport {
  return async (request, signal, options) => {
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
    const bodyText = await readCapped(response, responseLimit(options));
    return { status: response.status, headers: response.headers, bodyText };
  };
}

/** Reads the body chunk by chunk and cancels the stream as soon as it passes `limit` bytes. */
async function readCapped(response: Response, limit: number): Promise<string> {
  try {
    checkDeclaredLength(response.headers.get('content-length'), limit);
  } catch (error) {
    await response.body?.cancel().catch(() => {});
    throw error;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => {});
      throw new ResponseTooLargeError({ limit, received });
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** The default transport: global fetch. */
export const fetchTransport: Transport = /* @__PURE__ */ createFetchTransport();
