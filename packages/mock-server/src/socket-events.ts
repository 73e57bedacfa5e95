// Connection-level events: CONNECT tunnels (an HTTP proxy client asking for `host:80`; the tunnel is served by
// this same server, nothing is dialled out) and bytes that are not HTTP at all.
import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { RequestLogEntry } from './log.ts';

export function handleConnect(server: Server, req: IncomingMessage, socket: Socket, head: Buffer, log: (entry: RequestLogEntry) => void): void {
  const started = performance.now();
  socket.on('error', () => socket.destroy());
  const port = /:(\d+)$/.exec(req.url ?? '')?.[1];
  if (port === '443') {
    // TLS would need a certificate the client trusts; point the SDK at http:// instead.
    writeRaw(socket, 501, { error: 'TlsNotSupported', message: 'cloudexec-mock tunnels plain HTTP only; use an http:// endpoint with this proxy' });
    log({ action: 'CONNECT', status: 501, code: 'TlsNotSupported', durationMs: performance.now() - started });
    return;
  }
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  if (head.length > 0) socket.unshift(head);
  server.emit('connection', socket);
  log({ action: 'CONNECT', status: 200, durationMs: performance.now() - started });
}

export function handleClientError(error: NodeJS.ErrnoException, socket: Socket, log: (entry: RequestLogEntry) => void): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  // node:http reports a late request (headersTimeout / requestTimeout) and oversized headers here too.
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'BadRequest', 'The request headers are too large.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'RequestTimeout', 'The request did not arrive in time.']
        : [400, 'BadRequest', 'The request is not well-formed HTTP/1.1.'];
  writeRaw(socket, status, { error: code, message });
  log({ status, code, durationMs: 0 });
}

function writeRaw(socket: Socket, status: number, body: Record<string, string>): void {
  const text = JSON.stringify(body);
  const reason = status === 501 ? 'Not Implemented' : status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}
