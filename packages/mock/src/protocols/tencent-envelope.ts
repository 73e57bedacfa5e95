// Tencent-shaped mock answers: everything, errors included, is HTTP 200 with a `Response` envelope.
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
