// Provider-shaped HTTP answers for mocks, as plain data (for a node:http server) or a web Response (MSW).

export interface ProviderHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function toWebResponse(response: ProviderHttpResponse): Response {
  return new Response(response.body, { status: response.status, headers: response.headers });
}
