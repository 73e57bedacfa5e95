// The runtime's own client signers against the mock's verifiers: what a generated client sends is accepted,
// in every wire form the protocols produce.
import { describe, expect, it } from 'vitest';
import { createMockService } from '../src/index.ts';
import { aliyunProtocol, tencentProtocol, type ProtocolRequest, type WireRequest } from '@cloudexec/runtime';
import { aliyunModel, tencentModel } from './fixtures.ts';

const NOW = Date.parse('2024-05-01T12:00:00Z');
const credentials = { accessKeyId: 'AKIDtest', accessKeySecret: 'test-secret' };
const toRequest = (wire: WireRequest) => new Request(wire.url, { method: wire.method, headers: wire.headers, body: wire.body ?? null });

function call(model: typeof tencentModel, method: 'GET' | 'POST', params: Record<string, unknown>, signatureMethod?: string): ProtocolRequest {
  const host = model.service.globalHost ?? '';
  return { service: model.service, action: 'DescribeInvocations', method, params, host, scheme: 'https', credentials, date: new Date(NOW), signatureMethod };
}

describe('client-signed requests reach the mock verified', () => {
  const tencent = createMockService(tencentModel, { credentials: { AKIDtest: 'test-secret' }, now: () => NOW, enforceQps: false });
  const aliyun = createMockService(aliyunModel, { credentials: { AKIDtest: 'test-secret' }, now: () => NOW, enforceQps: false });
  const filters = [{ Name: 'command-id', Values: ['cmd-1', 'cmd-2'] }];

  it.each([
    ['TC3 POST', 'POST', undefined],
    ['TC3 GET', 'GET', undefined],
    ['v1 HmacSHA256 GET', 'GET', 'v1-hmac-sha256'],
  ] as const)('Tencent %s', async (_name, method, signatureMethod) => {
    const wire = await tencentProtocol.sign(call(tencentModel, method, { Limit: 5, Filters: filters }, signatureMethod));
    const body = (await (await tencent.handle(toRequest(wire))).json()) as { Response: Record<string, unknown> };
    expect(body.Response['Error']).toBeUndefined();
    expect(body.Response['TotalCount']).toBe(1);
  });

  it.each([
    ['ACS3', undefined],
    ['RPC v2', 'rpc-v2'],
  ] as const)('Alibaba %s', async (_name, signatureMethod) => {
    const wire = await aliyunProtocol.sign(
      call(aliyunModel, 'POST', { RegionId: 'cn-hangzhou', PageSize: 20, Tag: [{ Key: 'k', Value: 'v' }] }, signatureMethod),
    );
    const response = await aliyun.handle(toRequest(wire));
    expect(response.status, await response.clone().text()).toBe(200);
  });
});
