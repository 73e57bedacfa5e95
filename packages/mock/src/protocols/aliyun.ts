// Alibaba Cloud RPC on the server side: ACS3 (parameters in the query) and RPC v2 (query or form body).
// Errors carry their documented 4xx/5xx; request ids are upper-case UUIDs.
import type { ServiceDescriptor } from '@cloudexec/runtime';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { parseAliyunRequest, verifyAliyunSignature } from './aliyun-request.ts';
import { readRawRequest } from './server-request.ts';
import type { ServerProtocol } from './types.ts';

// Common error for a method other than GET/POST (ECS common error table, protocol-facts §3.4).
const UNSUPPORTED_METHOD = { code: 'UnsupportedHTTPMethod', httpStatus: 403 };

export function aliyunServerProtocol(model: ServiceModel): ServerProtocol {
  // Troubleshooting links name the product the way the console does: `Ecs`, `Swas`.
  const product = model.service.service.charAt(0).toUpperCase() + model.service.service.slice(1);
  return {
    signatureMismatchCode: 'SignatureDoesNotMatch',
    unsupportedMethodCode: UNSUPPORTED_METHOD.code,
    apiDomain: '.aliyuncs.com',
    newRequestId: aliyunRequestId,
    canonicalHost: endpointMapHost(model.service),
    async parse(request) {
      if (request.method !== 'GET' && request.method !== 'POST') {
        return { ok: false, ...UNSUPPORTED_METHOD, message: `HTTP method ${request.method} is not supported; use GET or POST.` };
      }
      const parsed = parseAliyunRequest(await readRawRequest(request));
      if (!parsed.ok) return parsed;
      const incoming = parsed.request;
      return {
        ok: true,
        call: {
          action: incoming.action,
          version: incoming.version,
          region: incoming.regionId,
          params: incoming.params,
          signed: incoming.signature.kind !== 'none',
          textValues: true,
          verify: (secretFor, now) => verifyAliyunSignature(incoming, secretFor, { now: new Date(now) }),
        },
      };
    },
    error: (answer) =>
      aliyunErrorResponse({
        code: answer.code,
        message: answer.message,
        httpStatus: answer.httpStatus,
        hostId: answer.host.replace(/:\d+$/, ''),
        requestId: answer.requestId,
        product,
      }),
    success: (data, requestId) => aliyunSuccessResponse(data, requestId),
  };
}

/** The SDK endpoint-map forms `<svc>-<region>.aliyuncs.com` and `<svc>-vpc.<region>.aliyuncs.com`, as the regional host. */
function endpointMapHost(service: ServiceDescriptor): (hostname: string) => string | undefined {
  const { regionalHost } = service;
  if (!regionalHost) return () => undefined;
  const pattern = new RegExp(`^${service.service}(?:-([a-z0-9-]+)|-vpc\\.([a-z0-9-]+))\\.aliyuncs\\.com$`);
  return (hostname) => {
    const match = pattern.exec(hostname);
    const region = match?.[1] ?? match?.[2];
    return region === undefined ? undefined : regionalHost.replace('{region}', region);
  };
}

// Envelopes, as the real gateway writes them.
const JSON_HEADERS = { 'Content-Type': 'application/json;charset=utf-8' };

/** Alibaba request ids are upper-case UUIDs. */
export function aliyunRequestId(): string {
  return crypto.randomUUID().toUpperCase();
}

export interface AliyunErrorInput {
  code: string;
  message: string;
  httpStatus: number;
  /** Endpoint host that "served" the request, e.g. `ecs.aliyuncs.com`. */
  hostId: string;
  requestId?: string;
  /** Product code for the troubleshooting link, e.g. `Ecs`. */
  product?: string;
  /** Overrides the generated troubleshooting link. */
  recommend?: string;
}

export function aliyunSuccessResponse(data: Readonly<Record<string, unknown>>, requestId?: string): Response {
  const id = requestId ?? (typeof data['RequestId'] === 'string' ? data['RequestId'] : aliyunRequestId());
  const body: Record<string, unknown> = { RequestId: id, ...data };
  body['RequestId'] = id;
  return new Response(JSON.stringify(body), { status: 200, headers: { ...JSON_HEADERS, 'x-acs-request-id': id } });
}

export function aliyunErrorResponse(error: AliyunErrorInput): Response {
  const requestId = error.requestId ?? aliyunRequestId();
  const product = error.product === undefined ? '' : `&product=${encodeURIComponent(error.product)}`;
  const recommend = error.recommend ?? `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}${product}&requestId=${requestId}`;
  const body = { RequestId: requestId, HostId: error.hostId, Code: error.code, Message: error.message, Recommend: recommend };
  return new Response(JSON.stringify(body), { status: error.httpStatus, headers: { ...JSON_HEADERS, 'x-acs-request-id': requestId } });
}
