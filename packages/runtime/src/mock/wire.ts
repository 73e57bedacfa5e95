// What the engine needs from a provider's server side: read the wire request, check its signature and write
// provider-shaped answers. tencent-wire.ts / aliyun-wire.ts implement it on protocols/*-server.ts.
import type { ServiceModel } from '../model.ts';
import { aliyunWire } from './aliyun-wire.ts';
import { tencentWire } from './tencent-wire.ts';

export type Rejection = { ok: false; code: string; message: string; httpStatus: number };

export interface IncomingCall {
  action: string;
  version: string;
  /** Tencent X-TC-Region / Region, Alibaba RegionId. */
  region: string | undefined;
  /** Operation parameters, unflattened, common parameters removed. */
  params: Record<string, unknown>;
  /** True when values arrived as text (query string, form body) and numbers/booleans still need reading. */
  textValues: boolean;
  /** True when the request carries a signature (header or query), valid or not. */
  signed: boolean;
  /** Checks the signature against the known secrets at server time `now` (epoch ms). */
  verify(secretFor: (accessKeyId: string) => string | undefined, now: number): Promise<{ ok: true } | Rejection>;
}

export interface ErrorAnswer {
  code: string;
  message: string;
  /** Used by Alibaba; Tencent API errors always travel with HTTP 200. */
  httpStatus: number;
  requestId: string;
  host: string;
}

export interface ServerWire {
  /** Never throws: malformed input becomes a rejection with the provider's code. */
  parse(request: Request): Promise<{ ok: true; call: IncomingCall } | Rejection>;
  /** The provider's code for "signature does not match" (mapped to the model's signatureErrorCode). */
  readonly signatureMismatchCode: string;
  error(answer: ErrorAnswer): Response;
  success(data: Record<string, unknown>, requestId: string): Response;
}

export function wireFor(model: ServiceModel): ServerWire {
  return model.protocol === 'tencent-tc3' ? tencentWire(model) : aliyunWire(model);
}
