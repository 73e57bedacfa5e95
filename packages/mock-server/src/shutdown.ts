// Graceful shutdown for a node:http server: stop accepting, close idle keep-alive sockets at once, let requests
// in flight get their answers (each sent with `connection: close`), and cut whatever is left after a grace period.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionTracker {
  /** True once shutdown began: answers carry `connection: close`. */
  readonly closing: boolean;
  /** Number of requests received and not yet answered. */
  readonly inFlight: number;
  /** Resolves once every request in flight is answered (or `graceMs` passed) and every socket is closed. */
  shutdown(graceMs: number): Promise<void>;
}

export function trackConnections(server: Server): ConnectionTracker {
  const sockets = new Set<Socket>();
  const busy = new Map<Socket, number>();
  let closing = false;
  let finishIfIdle: (() => void) | undefined;

  server.on('connection', (socket: Socket) => {
    if (closing) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      busy.delete(socket);
      finishIfIdle?.();
    });
  });
  // Registered before the answering listener, so a request counts as in flight before anything else runs.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    if (closing) res.setHeader('connection', 'close');
    res.once('close', () => {
      const left = (busy.get(socket) ?? 1) - 1;
      if (left > 0) busy.set(socket, left);
      else busy.delete(socket);
      if (closing && left <= 0) socket.end();
      finishIfIdle?.();
    });
  });

  const inFlight = (): number => [...busy.values()].reduce((sum, count) => sum + count, 0);
  let done: Promise<void> | undefined;
  let cutNow: (() => void) | undefined;
  return {
    get closing() {
      return closing;
    },
    get inFlight() {
      return inFlight();
    },
    // A second call with a shorter grace (a second Ctrl-C) does not wait for the first one's period.
    shutdown: (graceMs) => {
      if (done && graceMs === 0) cutNow?.();
      return (done ??= new Promise<void>((resolve) => {
        closing = true;
        server.close();
        for (const socket of sockets) if (!busy.has(socket)) socket.destroy();
        // Ending (not destroying) lets the last answers flush; a peer that never closes its side is cut after 1 s.
        let finished = false;
        const finish = (): void => {
          if (finished) return;
          finished = true;
          clearTimeout(timer);
          finishIfIdle = undefined;
          for (const socket of sockets) socket.end();
          const cut = setTimeout(() => sockets.forEach((socket) => socket.destroy()), 1_000);
          const closed = (): void => {
            if (sockets.size > 0) return;
            clearTimeout(cut);
            resolve();
          };
          for (const socket of sockets) socket.once('close', () => setImmediate(closed));
          closed();
        };
        const timer = setTimeout(finish, graceMs);
        timer.unref();
        cutNow = () => {
          finish();
          sockets.forEach((socket) => socket.destroy());
        };
        finishIfIdle = () => {
          if (inFlight() === 0) setImmediate(finish);
        };
        finishIfIdle();
      }));
    },
  };
}
