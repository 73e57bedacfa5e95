// Answers the server writes itself, before a request reaches a provider engine: provider-shaped errors for
// requests it cannot hand over (oversized body, a method a web Request cannot carry) and a plain JSON error
// when no provider can be told from the request at all.
import type { MockService } from '@cloudexec/mock';

export interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The documented "request too large" code where the provider has one (Tencent), else its invalid-parameter code. */
export function oversizedBodyError(service: MockService, limit: number, host: string): Response {
  const { common } = service.model;
  const sizeCode = common.errors.find((error) => error.code === 'RequestSizeLimitExceeded')?.code;
  return service.errorResponse(sizeCode ?? common.invalidParameterCode, `The request body exceeds ${limit} bytes.`, host);
}

/** The protocol's code for other methods (Tencent `UnsupportedProtocol`, Alibaba `UnsupportedHTTPMethod`). */
export function unsupportedMethodError(service: MockService, method: string, host: string): Response {
  return service.errorResponse(service.protocol.unsupportedMethodCode, `HTTP method ${method} is not supported; use GET or POST.`, host);
}

/**
 * A host the server mocks no service for: under a provider's domain, that provider's own invalid-action error
 * (Tencent `InvalidAction`, Alibaba `InvalidAction`); anywhere else a plain JSON 404 naming the host.
 */
export function unknownHostError(services: readonly MockService[], hostname: string, host: string): Response | PlainAnswer {
  const message = `cloudexec-mock serves no API at host ${hostname}`;
  const service = services.find((candidate) => hostname.endsWith(candidate.protocol.apiDomain));
  return service ? service.errorResponse(service.model.common.invalidActionCode, message, host) : plainError(404, 'UnknownHost', message, { host });
}

export function plainError(status: number, error: string, message: string, extra: Record<string, string> = {}): PlainAnswer {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error, message, ...extra }) };
}

/** The error code of an answer, for the log line: Tencent `Response.Error.Code`, Alibaba `Code`, ours `error`. */
export function errorCodeOf(status: number, body: string): string | undefined {
  if (body.length > 64 * 1024 || !body.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(body) as { Response?: { Error?: { Code?: unknown } }; Code?: unknown; error?: unknown };
    const code = parsed.Response?.Error?.Code ?? (status >= 400 ? (parsed.Code ?? parsed.error) : undefined);
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}
