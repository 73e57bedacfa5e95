// Answers the server writes itself, before a request reaches a provider engine: provider-shaped errors for
// requests it cannot hand over (oversized body, a method a web Request cannot carry) and a plain JSON error
// when no provider can be told from the request at all.
import type { ServiceModel } from '@cloudexec/runtime/model';

export interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function providerError(model: ServiceModel, code: string, message: string, host: string): PlainAnswer {
  if (model.service.provider === 'tencent') {
    const requestId = crypto.randomUUID();
    const body = { Response: { Error: { Code: code, Message: message }, RequestId: requestId } };
    return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  }
  const requestId = crypto.randomUUID().toUpperCase();
  const status = model.common.errors.find((error) => error.code === code)?.httpStatus ?? 400;
  const body = { RequestId: requestId, HostId: host.replace(/:\d+$/, ''), Code: code, Message: message, Recommend: '' };
  return { status, headers: { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId }, body: JSON.stringify(body) };
}

/** The documented "request too large" code where the provider has one (Tencent), else its invalid-parameter code. */
export function oversizedBodyError(model: ServiceModel, limit: number, host: string): PlainAnswer {
  const sizeCode = model.common.errors.find((error) => error.code === 'RequestSizeLimitExceeded')?.code;
  return providerError(model, sizeCode ?? model.common.invalidParameterCode, `The request body exceeds ${limit} bytes.`, host);
}

/** Tencent `UnsupportedProtocol` / Alibaba `UnsupportedHTTPMethod`, the codes the engines use for other methods. */
export function unsupportedMethodError(model: ServiceModel, method: string, host: string): PlainAnswer {
  const code = model.service.provider === 'tencent' ? 'UnsupportedProtocol' : 'UnsupportedHTTPMethod';
  return providerError(model, code, `HTTP method ${method} is not supported; use GET or POST.`, host);
}

/** The domain each provider's API hosts live under. */
const PROVIDER_DOMAINS = { tencent: '.tencentcloudapi.com', aliyun: '.aliyuncs.com' } as const;

/**
 * A host the server mocks no service for: under a provider's domain, that provider's own invalid-action error
 * (Tencent `InvalidAction`, Alibaba `InvalidAction.NotFound`); anywhere else a plain JSON 404 naming the host.
 */
export function unknownHostError(models: readonly ServiceModel[], hostname: string, host: string): PlainAnswer {
  const message = `cloudexec-mock serves no API at host ${hostname}`;
  const model = models.find((candidate) => hostname.endsWith(PROVIDER_DOMAINS[candidate.service.provider]));
  return model ? providerError(model, model.common.invalidActionCode, message, host) : plainError(404, 'UnknownHost', message, { host });
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
