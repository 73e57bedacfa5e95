// startMockServer: every provider mock behind one node:http server on 127.0.0.1. Clients reach it by endpoint
// (`127.0.0.1:<port>`, routed by API version), as an HTTP proxy (absolute-form targets, and CONNECT tunnels
// on port 80 as opened by https-proxy-agent for http:// URLs) or with the vendor host in the Host header.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { createMockService, type MockService } from '@cloudexec/mock';
import { errorCodeOf, plainError, unknownHostError, unsupportedMethodError, type PlainAnswer } from './answers.ts';
import { readCallHints } from './call-hints.ts';
import { createDefaultDataset } from './default-dataset.ts';
import type { Dataset } from './dataset.ts';
import { formatLogLine, type LogSink, type RequestLogEntry } from './log.ts';
import { fromWebResponse, readBody, targetUrl, toWebRequest, writeAnswer } from './node-io.ts';
import { PROVIDER_IDS, serviceModels, type ProviderId } from './providers.ts';
import { createRouter, hostnameOf, LOOPBACK_HOSTS } from './router.ts';
import { checkRequestShape, DEFAULT_LIMITS, type ServerLimits } from './limits.ts';
import { answerControl, CONTROL_MAX_BODY_BYTES, isControlPath } from './control.ts';
import { spedUpClock } from '@cloudexec/mock';
import { limitRefusal, oversizedRefusal, timeoutRefusal } from './refusals.ts';
import { trackConnections } from './shutdown.ts';
import { handleConnect, handleClientError } from './socket-events.ts';

export interface MockServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Interface to listen on; loopback only by default. */
  hostname?: string;
  /** accessKeyId → secret; when given, every call must be signed with one of these keys. */
  credentials?: Record<string, string>;
  /** With credentials: reject wrong signatures (default true); false still rejects unknown keys. */
  strictSignatures?: boolean;
  /** Records per provider and listing action; defaults to the generated dataset; `false` serves documented examples. */
  dataset?: Dataset | false;
  /** Enforce each action's documented QPS (default true). */
  enforceQps?: boolean;
  now?: () => number;
  /** Bodies above this many bytes get a provider-shaped 413 (default 1 MiB); same as `limits.maxBodyBytes`. */
  maxBodyBytes?: number;
  /** Request size, shape, timeout and connection limits; see DEFAULT_LIMITS for the defaults. */
  limits?: Partial<ServerLimits>;
  /** Extra host names that mean "this server" and are routed by API version, like 127.0.0.1. */
  localHosts?: string[];
  /** Receives one line per request. */
  log?: LogSink;
  /** The execution clock runs this many times faster than wall time (default 1); see the control endpoint. */
  speed?: number;
}

export interface MockServer {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The engines, for overrides and datasets in tests: `server.services['tencent-tat'].override(...)`. */
  readonly services: Readonly<Record<ProviderId, MockService>>;
  /** The limits in force: the defaults with the options' values over them. */
  readonly limits: Readonly<ServerLimits>;
  /** Resets every engine (overrides, rate-limit history, datasets set after start, runs, scenarios, clock advances). */
  reset(): void;
  /**
   * Stops accepting connections, closes idle ones, answers the requests in flight (with `connection: close`) and
   * resolves once all sockets are closed; sockets still busy after `graceMs` (default `limits.shutdownGraceMs`) are cut.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = DEFAULT_LIMITS.maxBodyBytes;

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const dataset = options.dataset === false ? {} : (options.dataset ?? createDefaultDataset());
  const localHosts = options.localHosts ?? [];
  const speed = options.speed ?? 1;
  if (!Number.isFinite(speed) || speed <= 0) throw new RangeError(`speed must be a positive number, not ${String(options.speed)}`);
  // One base per server: every service's runs share the sped-up wall time (each adds its own advances).
  const executionClock = speed === 1 ? options.now : spedUpClock(speed, options.now ?? Date.now);
  const services = new Map<ProviderId, MockService>();
  for (const id of PROVIDER_IDS) {
    services.set(
      id,
      createMockService(serviceModels[id], {
        credentials: options.credentials,
        strictSignatures: options.strictSignatures,
        dataset: dataset[id],
        enforceQps: options.enforceQps,
        now: options.now,
        executionClock,
        hosts: [...LOOPBACK_HOSTS, ...localHosts],
      }),
    );
  }
  const route = createRouter(services, localHosts);
  const ownHosts = new Set([...LOOPBACK_HOSTS, ...localHosts].map(hostnameOf));
  const resetAll = (): void => services.forEach((service) => service.reset());
  const limits: ServerLimits = {
    ...DEFAULT_LIMITS,
    ...options.limits,
    maxBodyBytes: options.maxBodyBytes ?? options.limits?.maxBodyBytes ?? DEFAULT_LIMITS.maxBodyBytes,
  };
  const log = (entry: RequestLogEntry): void => options.log?.(formatLogLine(entry));

  const server = createServer({
    keepAliveTimeout: 5_000,
    headersTimeout: limits.headersTimeoutMs,
    // node:http's own whole-request deadline, a backstop behind the body timer in readBody.
    requestTimeout: limits.headersTimeoutMs + limits.bodyTimeoutMs,
    // node checks both deadlines on this tick (30 s by default), which would stretch a 1 s timeout to 30 s.
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.bodyTimeoutMs) / 4))),
  });
  server.maxConnections = limits.maxConnections;
  const connections = trackConnections(server);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    answer(req).then(
      ({ answer: plain, entry, close }) => {
        if (plain) writeAnswer(res, plain, close || connections.closing);
        else res.destroy();
        log({
          ...entry,
          status: plain?.status ?? 0,
          code: entry.code ?? (plain ? errorCodeOf(plain.status, plain.body) : 'NetworkError'),
          durationMs: performance.now() - started,
        });
      },
      () => {
        if (!res.headersSent) writeAnswer(res, plainError(500, 'InternalError', 'cloudexec-mock failed to answer this request'), true);
        else res.destroy();
        log({ status: 500, code: 'InternalError', durationMs: performance.now() - started });
      },
    );
  });
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => handleConnect(server, req, socket, head, log));
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => handleClientError(error, socket, log));

  type Answered = { answer: PlainAnswer | undefined; entry: Omit<RequestLogEntry, 'status' | 'durationMs'>; close?: boolean };

  async function answer(req: IncomingMessage): Promise<Answered> {
    const url = targetUrl(req);
    if (url && isControlPath(url.pathname) && ownHosts.has(hostnameOf(url.host))) return answerControlRequest(req, url);
    const { body, refused } = await readBody(req, limits.maxBodyBytes, limits.bodyTimeoutMs);
    if (refused === 'timeout') return { answer: timeoutRefusal(limits.bodyTimeoutMs), entry: { code: 'RequestTimeout' }, close: true };
    if (!url) return { answer: plainError(400, 'BadRequest', 'The request target is not a path or an http:// URL.'), entry: {}, close: refused !== undefined };
    // Measured on the raw text before anything parses it: a refused shape never reaches the engine's parser.
    const violation = refused ? undefined : checkRequestShape(req.url ?? '', req.headers['content-type'], body, limits);
    const hints = readCallHints(req.headers, url, violation ? Buffer.alloc(0) : body);
    const routed = route(url.host, hints);
    if (refused === 'oversized') {
      const service = routed.ok ? routed.route.service : undefined;
      return {
        answer: await oversizedRefusal(service, limits.maxBodyBytes, routed.ok ? routed.route.urlHost : url.host),
        entry: { provider: routed.ok ? routed.route.id : undefined, action: hints.action },
        close: true,
      };
    }
    if (violation) {
      const service = routed.ok ? routed.route.service : undefined;
      return {
        answer: await limitRefusal(service, violation.message, routed.ok ? routed.route.urlHost : url.host),
        entry: { provider: routed.ok ? routed.route.id : undefined, action: hints.action },
      };
    }
    if (!routed.ok) {
      if (routed.reason === 'unknown-host') {
        const refusal = unknownHostError([...services.values()], hostnameOf(routed.host), routed.host);
        return { answer: refusal instanceof Response ? await fromWebResponse(refusal) : refusal, entry: { action: hints.action } };
      }
      const message = `A request to ${routed.host} must name the API version (X-TC-Version, x-acs-version or Version) of one of the mocked services`;
      return { answer: plainError(404, 'UnknownService', message, { host: routed.host }), entry: { action: hints.action } };
    }
    const { id, service, urlHost } = routed.route;
    const entry = { provider: id, action: hints.action };
    const request = toWebRequest(req, url, urlHost, body);
    if (!request) return { answer: await fromWebResponse(unsupportedMethodError(service, req.method ?? '?', urlHost)), entry };
    return { answer: await fromWebResponse(await service.handle(request)), entry };
  }

  /** `/__cloudexec/...` on the server's own host: control.ts, with its own small body cap. */
  async function answerControlRequest(req: IncomingMessage, url: URL): Promise<Answered> {
    const entry = { action: '__cloudexec' };
    const cap = Math.min(limits.maxBodyBytes, CONTROL_MAX_BODY_BYTES);
    const { body, refused } = await readBody(req, cap, limits.bodyTimeoutMs);
    if (refused === 'timeout') return { answer: timeoutRefusal(limits.bodyTimeoutMs), entry: { ...entry, code: 'RequestTimeout' }, close: true };
    if (refused === 'oversized') return { answer: plainError(413, 'BadControlBody', `control bodies are at most ${cap} bytes`), entry, close: true };
    return { answer: answerControl({ services, reset: resetAll }, req.method ?? 'GET', url.pathname, body), entry };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.hostname ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const host = options.hostname ?? '127.0.0.1';
  return {
    port,
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    services: Object.fromEntries(services) as Record<ProviderId, MockService>,
    limits,
    reset: resetAll,
    close: (closeOptions) => connections.shutdown(closeOptions?.graceMs ?? limits.shutdownGraceMs),
  };
}
