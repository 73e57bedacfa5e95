// The server side of one wire protocol: everything the mock engine and the standalone server need that
// differs between providers. The engine never asks which provider it serves; it asks the protocol object
// (registry.ts picks it by the model's protocol id).
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
  /** The documented status; the protocol's `error` decides what travels (Tencent API errors always go with 200). */
  httpStatus: number;
  requestId: string;
  host: string;
}

export interface ServerProtocol {
  /** Never throws: malformed input (a method other than GET/POST included) becomes a rejection with the provider's code. */
  parse(request: Request): Promise<{ ok: true; call: IncomingCall } | Rejection>;
  /** The provider's code for "signature does not match" (mapped to the model's signatureErrorCode). */
  readonly signatureMismatchCode: string;
  /** The provider's code for an HTTP method other than GET/POST. */
  readonly unsupportedMethodCode: string;
  /** A fresh request id in the provider's format. */
  newRequestId(): string;
  error(answer: ErrorAnswer): Response;
  success(data: Record<string, unknown>, requestId: string): Response;
  /** The domain every API host of the provider lives under (`.tencentcloudapi.com`). */
  readonly apiDomain: string;
  /**
   * The canonical host for a vendor host alias the SDKs' endpoint maps use (`ecs-cn-hangzhou.aliyuncs.com` →
   * `ecs.cn-hangzhou.aliyuncs.com`); undefined when `hostname` is not one.
   */
  canonicalHost(hostname: string): string | undefined;
}
