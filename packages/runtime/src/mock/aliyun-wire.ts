// Alibaba Cloud RPC on the server side: ACS3 (parameters in the query) and RPC v2 (query or form body).
import type { ServiceModel } from '../model.ts';
import { aliyunErrorResponse, aliyunSuccessResponse } from '../protocols/aliyun-responses.ts';
import { parseAliyunRequest, verifyAliyunSignature } from '../protocols/aliyun-server.ts';
import { toWebResponse } from '../protocols/mock-response.ts';
import { readRawRequest } from '../protocols/server-request.ts';
import type { ServerWire } from './wire.ts';

// Common error for a method other than GET/POST (ECS common error table, protocol-facts §3.4).
const UNSUPPORTED_METHOD = { code: 'UnsupportedHTTPMethod', httpStatus: 403 };

export function aliyunWire(model: ServiceModel): ServerWire {
  // Troubleshooting links name the product the way the console does: `Ecs`, `Swas`.
  const product = model.service.service.charAt(0).toUpperCase() + model.service.service.slice(1);
  return {
    signatureMismatchCode: 'SignatureDoesNotMatch',
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
      toWebResponse(
        aliyunErrorResponse({ code: answer.code, message: answer.message, httpStatus: answer.httpStatus, hostId: answer.host.replace(/:\d+$/, ''), requestId: answer.requestId, product }),
      ),
    success: (data, requestId) => toWebResponse(aliyunSuccessResponse(data, requestId)),
  };
}
