// Tencent Cloud API 3.0 responses (protocol-facts §2): HTTP 200 with `{"Response": {...}}`; API errors
// also travel with 200 as `Response.Error`; anything else is a transport failure.
import { isJsonObject, optionalString, parseJsonObject, transportError } from './envelope.ts';
import type { ParsedResponse } from './types.ts';

export function parseTencentResponse(status: number, _headers: Headers, bodyText: string): ParsedResponse {
  if (status < 200 || status > 299) return transportError(status, `unexpected HTTP status ${status}`, bodyText);
  const parsed = parseJsonObject(bodyText);
  if ('problem' in parsed) return transportError(status, parsed.problem, bodyText);
  const response = parsed.object['Response'];
  if (!isJsonObject(response)) return transportError(status, 'response has no "Response" object', bodyText);
  const requestId = optionalString(response['RequestId']);
  const error = response['Error'];
  if (error !== undefined) {
    if (!isJsonObject(error) || typeof error['Code'] !== 'string') {
      return transportError(status, 'response has a malformed "Error" object', bodyText);
    }
    return {
      kind: 'api-error',
      code: error['Code'],
      message: optionalString(error['Message']) ?? '',
      requestId,
      httpStatus: status,
    };
  }
  return { kind: 'ok', data: response, requestId };
}
