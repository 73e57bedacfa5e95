// node:http ⇄ web Request/Response for the framework-neutral engines, with a cap on what one body may hold.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlainAnswer } from './answers.ts';

export interface ReadBody {
  body: Buffer;
  /**
   * `oversized`: the body passed the cap (announced by content-length or streamed); reading stopped there.
   * `timeout`: the body did not arrive in time. Either way the connection must be closed after the answer.
   */
  refused?: 'oversized' | 'timeout';
}

/**
 * Reads a body of at most `maxBytes` within `timeoutMs`. A body announced larger than the cap is refused before a
 * byte of it is read; one that grows past the cap while streaming is refused at that point, and the rest is never read.
 */
export function readBody(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<ReadBody> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ body: Buffer.alloc(0), refused: 'oversized' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (result: ReadBody): void => {
      clearTimeout(timer);
      req.off('data', onData);
      req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) stop({ body: Buffer.alloc(0), refused: 'oversized' });
      else chunks.push(chunk);
    };
    const timer = setTimeout(() => stop({ body: Buffer.alloc(0), refused: 'timeout' }), timeoutMs);
    req.on('data', onData);
    req.on('end', () => {
      clearTimeout(timer);
      resolve({ body: Buffer.concat(chunks) });
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The request target as a URL: absolute-form (proxy style) as sent, origin-form against the Host header. */
export function targetUrl(req: IncomingMessage): URL | undefined {
  const raw = req.url ?? '/';
  try {
    if (/^https?:\/\//i.test(raw)) return new URL(raw);
    if (!raw.startsWith('/')) return undefined;
    return new URL(`http://${req.headers.host ?? 'unknown.invalid'}${raw}`);
  } catch {
    return undefined;
  }
}

/**
 * A web Request for the engine. The URL carries `urlHost` (the routed host) while the Host header stays as sent,
 * because that is the host the client signed. Returns undefined for what a web Request cannot carry (`TRACE`).
 */
export function toWebRequest(req: IncomingMessage, url: URL, urlHost: string, body: Buffer): Request | undefined {
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
    }
    if (!headers.has('host')) headers.set('host', url.host);
    return new Request(`http://${urlHost}${url.pathname}${url.search}`, { method, headers, body: hasBody ? new Uint8Array(body) : undefined });
  } catch {
    return undefined;
  }
}

/** Reads a web Response into a plain answer; undefined stands for `Response.error()` (a dropped connection). */
export async function fromWebResponse(response: Response): Promise<PlainAnswer | undefined> {
  if (response.type === 'error') return undefined;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

/** Writes an answer; `close` ends the connection after it (the rest of an unread body is never read). */
export function writeAnswer(res: ServerResponse, answer: PlainAnswer, close = false): void {
  const body = Buffer.from(answer.body, 'utf8');
  res.writeHead(answer.status, { ...withoutLength(answer.headers), 'content-length': String(body.length), ...(close ? { connection: 'close' } : {}) });
  res.end(body);
}

function withoutLength(headers: Record<string, string>): Record<string, string> {
  const copy = { ...headers };
  delete copy['content-length'];
  delete copy['transfer-encoding'];
  return copy;
}
