// `@cloudexec/runtime/node`: a Transport over node:http/node:https with keep-alive agents. The only entry
// that imports `node:` modules; the core (`@cloudexec/runtime`) stays web-standard.
// Default imports, looked up per request, so instrumentation that patches http.request (APM, MSW) applies.
import http, { type Agent as HttpAgent, type IncomingMessage } from 'node:http';
import https, { type Agent as HttpsAgent } from 'node:https';
import { ResponseTooLargeError } from './errors.ts';
import { checkDeclaredLength, responseLimit } from './response-limit.ts';
import type { Transport, TransportResponse } from './transport.ts';

export interface NodeHttpTransportOptions {
  /** Used for https:// requests (default: keep-alive agent). */
  httpsAgent?: HttpsAgent;
  /** Used for http:// requests (default: keep-alive agent). */
  httpAgent?: HttpAgent;
  /** Sockets per host for the default agents (default 50). */
  maxSockets?: number;
  /**
   * Largest response body accepted, in bytes, unless the client passes its own `maxResponseBytes`
   * (default DEFAULT_MAX_RESPONSE_BYTES, 8 MiB).
   */
  maxResponseBytes?: number;
}

/** A keep-alive node:http(s) Transport; node:http costs markedly less CPU per request than fetch on Node. */
export function nodeHttpTransport(options: NodeHttpTransportOptions = {}): Transport {
  const maxSockets = options.maxSockets ?? 50;
  const httpsAgent = options.httpsAgent ?? new https.Agent({ keepAlive: true, maxSockets });
  const httpAgent = options.httpAgent ?? new http.Agent({ keepAlive: true, maxSockets });
  return (wire, signal, callOptions) =>
    new Promise<TransportResponse>((resolve, reject) => {
      const url = new URL(wire.url);
      const secure = wire.url.startsWith('https:');
      const send = secure ? https.request : http.request;
      const headers: Record<string, string> = { ...wire.headers };
      if (wire.body !== undefined) headers['content-length'] = String(Buffer.byteLength(wire.body));
      const limit = responseLimit(callOptions?.maxResponseBytes ? callOptions : options);
      const req = send(url, { method: wire.method, headers, agent: secure ? httpsAgent : httpAgent, signal }, (res) => {
        readBody(res, limit).then((bodyText) => resolve({ status: res.statusCode ?? 0, headers: toHeaders(res), bodyText }), reject);
      });
      req.on('error', reject);
      req.end(wire.body);
    });
}

/**
 * Collects the body up to `limit` bytes. Past it (or when Content-Length already says so) the socket is
 * destroyed: a keep-alive socket with an unread body cannot be reused anyway, and nothing more is buffered.
 */
function readBody(res: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = (error: unknown) => {
      reject(error); // first: destroying the socket makes the request emit its own error
      res.destroy();
    };
    try {
      checkDeclaredLength(res.headers['content-length'], limit);
    } catch (error) {
      tooLarge(error);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    res.on('data', (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received > limit) {
        chunks.length = 0;
        tooLarge(new ResponseTooLargeError({ limit, received }));
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('Response aborted')));
  });
}

function toHeaders(res: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}
