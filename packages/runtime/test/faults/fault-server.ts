// A real local HTTP server whose behaviour each fault case scripts: every request goes to the current
// `behave` function, which may answer, stall, reset the socket or stream a huge body lazily.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour = (req: IncomingMessage, res: ServerResponse, body: string, n: number) => unknown;

export interface FaultServer {
  /** `127.0.0.1:port`, for a client's `endpoint` (with allowInsecureHttp). */
  readonly host: string;
  /** Requests received since the last `behave` call. */
  readonly requests: number;
  behave(behaviour: Behaviour): void;
  close(): Promise<void>;
}

export async function startFaultServer(): Promise<FaultServer> {
  let behaviour: Behaviour = (_req, res) => res.end();
  let requests = 0;
  const server: Server = createServer((req, res) => {
    const n = ++requests;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      Promise.resolve(behaviour(req, res, Buffer.concat(chunks).toString('utf8'), n)).catch(() => res.destroy());
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    behave(next) {
      behaviour = next;
      requests = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Streams `totalBytes` of JSON-looking filler in 64 KiB chunks, producing each only when the socket drains,
 * so the server never holds more than a chunk or two; stops when the client goes away.
 */
export function streamHuge(res: ServerResponse, totalBytes: number, declareLength = false): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  res.writeHead(200, { 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(totalBytes) } : {}) });
  let sent = 0;
  const pump = () => {
    while (sent < totalBytes && !res.destroyed) {
      const size = Math.min(chunk.length, totalBytes - sent);
      sent += size;
      if (!res.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => res.removeListener('drain', pump));
  pump();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
