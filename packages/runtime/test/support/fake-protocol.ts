// A small stand-in for the real Tencent/Alibaba protocols, so client tests do not depend on them. It
// signs with a visible (fake) Authorization header, puts the session token where real protocols do
// (header for POST, query for GET), and parses a Tencent-style envelope or an Alibaba-style 4xx/5xx body.
import { wireProtocolOfProvider, type ParsedResponse, type Protocol, type ProtocolRequest, type ServiceDescriptor, type WireRequest } from '../../src/index.ts';

export const tatService: ServiceDescriptor = {
  provider: 'tencent',
  service: 'tat',
  version: '2020-10-28',
  globalHost: 'tat.tencentcloudapi.com',
};

export const ecsService: ServiceDescriptor = {
  provider: 'aliyun',
  service: 'ecs',
  version: '2014-05-26',
  globalHost: 'ecs.aliyuncs.com',
  regionalHost: 'ecs.{region}.aliyuncs.com',
};

export interface FakeProtocol extends Protocol {
  /** Every ProtocolRequest signed, in order (credentials included: tests only). */
  readonly signed: ProtocolRequest[];
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createFakeProtocol(provider: 'tencent' | 'aliyun' = 'tencent'): FakeProtocol {
  const signed: ProtocolRequest[] = [];
  const real = wireProtocolOfProvider(provider);
  return {
    // Region placement as the real protocol has it; signing and parsing fake.
    provider,
    region: real.region,
    signed,
    async sign(request) {
      signed.push(request);
      const { credentials } = request;
      const timestamp = String(Math.floor(request.date.getTime() / 1000));
      const nonce = String(signed.length);
      const body = request.method === 'POST' ? JSON.stringify(request.params) : '';
      const signature = await sha256Hex(`${credentials.accessKeySecret}\n${timestamp}\n${nonce}\n${body}`);
      const headers: Record<string, string> = {
        'x-fake-action': request.action,
        'x-fake-version': request.service.version,
        'x-fake-timestamp': timestamp,
        'x-fake-nonce': nonce,
        authorization: `FAKE Credential=${credentials.accessKeyId}, Signature=${signature}`,
      };
      if (request.region) headers['x-tc-region'] = request.region;
      if (request.language) headers['x-tc-language'] = request.language;
      const base = `${request.scheme}://${request.host}/`;
      if (request.method === 'GET') {
        const query = new URLSearchParams();
        for (const [key, value] of Object.entries(request.params)) query.set(key, String(value));
        query.set('Signature', signature);
        if (credentials.securityToken) query.set('SecurityToken', credentials.securityToken);
        headers['content-type'] = 'application/x-www-form-urlencoded';
        return { method: 'GET', url: `${base}?${query}`, headers } satisfies WireRequest;
      }
      headers['content-type'] = 'application/json';
      if (credentials.securityToken) headers['x-tc-token'] = credentials.securityToken;
      return { method: 'POST', url: base, headers, body } satisfies WireRequest;
    },
    parse(status, _headers, bodyText): ParsedResponse {
      const excerpt = bodyText.slice(0, 200);
      let json: unknown;
      try {
        json = JSON.parse(bodyText);
      } catch {
        return { kind: 'transport-error', httpStatus: status, reason: 'Response is not JSON', bodyExcerpt: excerpt };
      }
      if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        return { kind: 'transport-error', httpStatus: status, reason: 'Response JSON is not an object', bodyExcerpt: excerpt };
      }
      const record = json as Record<string, unknown>;
      const envelope = record.Response as Record<string, unknown> | undefined;
      const error = envelope?.Error as { Code: string; Message: string } | undefined;
      if (error) {
        const requestId = envelope?.RequestId as string | undefined;
        return { kind: 'api-error', code: error.Code, message: error.Message, httpStatus: status, ...(requestId ? { requestId } : {}) };
      }
      if (status >= 400 && typeof record.Code === 'string') {
        return {
          kind: 'api-error',
          code: record.Code,
          message: String(record.Message ?? ''),
          httpStatus: status,
          requestId: String(record.RequestId ?? ''),
          hostId: String(record.HostId ?? ''),
          recommend: String(record.Recommend ?? ''),
        };
      }
      if (status < 200 || status >= 300) {
        return { kind: 'transport-error', httpStatus: status, reason: `Unexpected HTTP ${status}`, bodyExcerpt: excerpt };
      }
      const data = envelope ?? record;
      return { kind: 'ok', data, ...(typeof data.RequestId === 'string' ? { requestId: data.RequestId } : {}) };
    },
  };
}
