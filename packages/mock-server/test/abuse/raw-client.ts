// One request over a fresh socket with full control over the bytes and their pacing, timed: what a hostile
// client does (dribbling bytes, lying about lengths, sending garbage) and what it observes back.
import { connect } from 'node:net';

export interface RawSend {
  /** Sent at once. */
  head: string | Buffer;
  /** Sent after `head`, one chunk every `dripMs` (a slow client), until the server answers or closes. */
  drip?: { chunks: (string | Buffer)[]; everyMs: number };
  /** Gives up (outcome `timeout`) after this long. */
  timeoutMs: number;
}

export interface RawOutcome {
  /** HTTP status, `closed` (the server closed without an answer), `refused`, or `timeout` (the client gave up). */
  outcome: number | 'closed' | 'refused' | 'timeout';
  ms: number;
  text: string;
}

export function sendRaw(port: number, send: RawSend): Promise<RawOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (outcome: RawOutcome['outcome'] | undefined): void => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      clearTimeout(deadline);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      resolve({ outcome: outcome ?? (status ? Number(status) : 'closed'), ms: performance.now() - started, text });
    };
    const deadline = setTimeout(() => finish('timeout'), send.timeoutMs);
    socket.on('connect', () => {
      socket.write(send.head);
      const pending = [...(send.drip?.chunks ?? [])];
      if (pending.length > 0) {
        timer = setInterval(() => {
          const next = pending.shift();
          if (next === undefined) clearInterval(timer);
          else if (socket.writable) socket.write(next);
        }, send.drip!.everyMs);
      }
    });
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // A complete answer (headers and a body of the announced length) ends the exchange; keep-alive would not close.
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, split))?.[1];
      if (split >= 0 && length !== undefined && Buffer.byteLength(text.slice(split + 4), 'latin1') >= Number(length)) finish(undefined);
    });
    socket.on('end', () => finish(undefined));
    socket.on('close', () => finish(undefined));
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ECONNREFUSED' ? 'refused' : undefined));
  });
}

/** Status and parsed JSON body of a raw answer (undefined when there is none or it is not JSON). */
export function bodyOf(text: string): any {
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) return undefined;
  try {
    return JSON.parse(text.slice(split + 4));
  } catch {
    return undefined;
  }
}
