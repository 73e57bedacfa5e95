// A transport that records every signed request the client sends (after signing, before the wire) and how
// many are in flight, optionally rewriting a request first (the signature cases tamper with it).
import { fetchTransport, type Transport, type TransportResponse, type WireRequest } from '@cloudexec/runtime';

export interface Exchange {
  request: WireRequest;
  /** Clock time the request left (when the recorder has a clock). */
  sentAt?: number;
  status?: number;
  bodyText?: string;
}

export interface RecordingTransport {
  transport: Transport;
  readonly exchanges: Exchange[];
  /** Requests sent and not yet answered. */
  inFlight(): number;
}

export function recordingTransport(tamper?: (request: WireRequest) => WireRequest, now?: () => number): RecordingTransport {
  const exchanges: Exchange[] = [];
  let pending = 0;
  const transport: Transport = async (request, signal) => {
    const sent = tamper ? tamper(request) : request;
    const exchange: Exchange = { request: sent, ...(now ? { sentAt: now() } : {}) };
    exchanges.push(exchange);
    pending++;
    try {
      const response: TransportResponse = await fetchTransport(sent, signal);
      exchange.status = response.status;
      exchange.bodyText = response.bodyText;
      return response;
    } finally {
      pending--;
    }
  };
  return { transport, exchanges, inFlight: () => pending };
}
