// Tencent Cloud API 3.0 on the server side: TC3 (POST JSON, GET query) and v1 (GET query, form POST). API
// errors travel with HTTP 200 in the `Response` envelope; request ids are lower-case UUIDs.
import type { ServiceModel } from '@cloudexec/runtime/model';
import { mediaType, readRawRequest } from './server-request.ts';
import { parseTencentRequest, verifyTencentSignature } from './tencent-request.ts';
import type { ServerProtocol } from './types.ts';

// Common error code for a method other than GET/POST (protocol-facts §2).
const UNSUPPORTED_METHOD = 'UnsupportedProtocol';

export function tencentServerProtocol(model: ServiceModel): ServerProtocol {
  return {
    signatureMismatchCode: 'AuthFailure.SignatureFailure',
    unsupportedMethodCode: UNSUPPORTED_METHOD,
    apiDomain: '.tencentcloudapi.com',
    newRequestId: () => crypto.randomUUID(),
    // The SDK endpoint maps use the documented hosts only.
    canonicalHost: () => undefined,
    async parse(request) {
      if (request.method !== 'GET' && request.method !== 'POST') {
        return { ok: false, code: UNSUPPORTED_METHOD, message: `HTTP method ${request.method} is not supported; use GET or POST.`, httpStatus: 200 };
      }
      const raw = await readRawRequest(request);
      const parsed = parseTencentRequest(raw);
      if (!parsed.ok) return parsed;
      const incoming = parsed.request;
      const isJson = raw.method === 'POST' && ['application/json', ''].includes(mediaType(incoming.wire.header('content-type')));
      return {
        ok: true,
        call: {
          action: incoming.action,
          version: incoming.version,
          region: incoming.region,
          params: incoming.params,
          signed: incoming.signature.kind !== 'none',
          textValues: !isJson,
          verify: (secretFor, now) => verifyTencentSignature(incoming, secretFor, { now: new Date(now), expectedService: model.service.service }),
        },
      };
    },
    error: (answer) => tencentErrorResponse({ code: answer.code, message: answer.message, requestId: answer.requestId }),
    success: (data, requestId) => tencentSuccessResponse(data, requestId),
  };
}

// Envelopes, as the real gateway writes them.
const JSON_HEADERS = { 'Content-Type': 'application/json' };

export interface TencentErrorInput {
  code: string;
  message: string;
  requestId?: string;
}

/** `{"Response": {...data, "RequestId"}}`; the request id defaults to data.RequestId, then a fresh UUID. */
export function tencentSuccessResponse(data: Readonly<Record<string, unknown>>, requestId?: string): Response {
  const id = requestId ?? (typeof data['RequestId'] === 'string' ? data['RequestId'] : crypto.randomUUID());
  return new Response(JSON.stringify({ Response: { ...data, RequestId: id } }), { status: 200, headers: JSON_HEADERS });
}

/** `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}` with HTTP 200, as the real gateway answers. */
export function tencentErrorResponse(error: TencentErrorInput): Response {
  const body = {
    Response: {
      Error: { Code: error.code, Message: error.message },
      RequestId: error.requestId ?? crypto.randomUUID(),
    },
  };
  return new Response(JSON.stringify(body), { status: 200, headers: JSON_HEADERS });
}
