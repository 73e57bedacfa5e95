// Alibaba Cloud RPC responses (protocol-facts §3.4): plain JSON object on 2xx; on 4xx/5xx a JSON object
// `{RequestId, HostId, Code, Message, Recommend}`; anything else is a transport failure.
import { optionalString, parseJsonObject, transportError } from './envelope.ts';
import type { ParsedResponse } from './types.ts';

export function parseAliyunResponse(status: number, _headers: Headers, bodyText: string): ParsedResponse {
  const isSuccess = status >= 200 && status <= 299;
  if (!isSuccess && (status < 400 || status > 599)) {
    return transportError(status, `unexpected HTTP status ${status}`, bodyText);
  }
  const parsed = parseJsonObject(bodyText);
  if ('problem' in parsed) return transportError(status, parsed.problem, bodyText);
  const body = parsed.object;
  const requestId = optionalString(body['RequestId']);
  if (isSuccess) return { kind: 'ok', data: body, requestId };
  const code = body['Code'];
  if (typeof code !== 'string' || code === '') {
    return transportError(status, `HTTP ${status} without an error code`, bodyText);
  }
  return {
    kind: 'api-error',
    code,
    message: optionalString(body['Message']) ?? '',
    requestId,
    httpStatus: status,
    hostId: optionalString(body['HostId']),
    recommend: optionalString(body['Recommend']),
  };
}
