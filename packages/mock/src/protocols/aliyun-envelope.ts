// Alibaba-shaped mock answers: plain JSON with RequestId on success; `{RequestId, HostId, Code, Message,
// Recommend}` with the error's HTTP status otherwise.
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
  const recommend =
    error.recommend ??
    `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}${product}&requestId=${requestId}`;
  const body = { RequestId: requestId, HostId: error.hostId, Code: error.code, Message: error.message, Recommend: recommend };
  return new Response(JSON.stringify(body), { status: error.httpStatus, headers: { ...JSON_HEADERS, 'x-acs-request-id': requestId } });
}
