// Answers for requests refused by a server limit. The body keeps the provider's error shape (Tencent
// `Response.Error`, Alibaba `Code`/`Message`/`RequestId`) so SDKs still parse it, but the status is the HTTP one
// for the limit (400, 408, 413): the engines answer Tencent errors with 200, which would hide a refusal that the
// request itself caused.
import { oversizedBodyError, plainError, type PlainAnswer } from './answers.ts';
import { fromWebResponse } from './node-io.ts';
import type { Route } from './router.ts';

type MockService = Route['service'];

export async function limitRefusal(service: MockService | undefined, message: string, host: string): Promise<PlainAnswer> {
  if (!service) return plainError(400, 'BadRequest', message);
  return withStatus(await fromWebResponse(service.errorResponse(service.model.common.invalidParameterCode, message, host)), 400, message);
}

export async function oversizedRefusal(service: MockService | undefined, maxBodyBytes: number, host: string): Promise<PlainAnswer> {
  const message = `The request body exceeds ${maxBodyBytes} bytes.`;
  if (!service) return plainError(413, 'PayloadTooLarge', message);
  return withStatus(await fromWebResponse(oversizedBodyError(service, maxBodyBytes, host)), 413, message);
}

export function timeoutRefusal(timeoutMs: number): PlainAnswer {
  return plainError(408, 'RequestTimeout', `The request body did not arrive within ${timeoutMs} ms.`);
}

function withStatus(answer: PlainAnswer | undefined, status: number, message: string): PlainAnswer {
  return answer ? { ...answer, status } : plainError(status, 'BadRequest', message);
}
