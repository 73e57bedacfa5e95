import { createMockService, type MockService } from '@cloudexec/mock';
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, serviceModels, type ProviderId } from '../src/providers.ts';
import { createRouter, LOOPBACK_HOSTS } from '../src/router.ts';

const services = new Map<ProviderId, MockService>(PROVIDER_IDS.map((id) => [id, createMockService(serviceModels[id], { hosts: LOOPBACK_HOSTS })]));
const route = createRouter(services, ['mock.internal']);
const routed = (host: string, hints = {}) => {
  const result = route(host, hints);
  return result.ok ? { id: result.route.id, urlHost: result.route.urlHost } : result;
};

describe('routing by host', () => {
  it.each([
    ['tat.tencentcloudapi.com', 'tencent-tat'],
    ['tat.ap-guangzhou.tencentcloudapi.com', 'tencent-tat'],
    ['TAT.TencentCloudAPI.com:80', 'tencent-tat'],
    ['batch.ap-shanghai.tencentcloudapi.com', 'tencent-batch'],
    ['ecs.aliyuncs.com', 'aliyun-ecs'],
    ['ecs.cn-hangzhou.aliyuncs.com:8080', 'aliyun-ecs'],
    ['swas.cn-hangzhou.aliyuncs.com', 'aliyun-swas'],
  ])('%s → %s, keeping the host', (host, id) => {
    expect(routed(host)).toEqual({ id, urlHost: host });
  });

  it('maps the SDK endpoint-map aliases to the regional host', () => {
    expect(routed('ecs-cn-hangzhou.aliyuncs.com')).toEqual({ id: 'aliyun-ecs', urlHost: 'ecs.cn-hangzhou.aliyuncs.com' });
    expect(routed('ecs-vpc.cn-beijing.aliyuncs.com')).toEqual({ id: 'aliyun-ecs', urlHost: 'ecs.cn-beijing.aliyuncs.com' });
    expect(routed('swas-cn-shanghai.aliyuncs.com')).toEqual({ id: 'aliyun-swas', urlHost: 'swas.cn-shanghai.aliyuncs.com' });
  });

  it('names an unknown host', () => {
    expect(routed('cvm.tencentcloudapi.com')).toEqual({ ok: false, reason: 'unknown-host', host: 'cvm.tencentcloudapi.com' });
    expect(routed('ecs.aliyuncs.com.evil.example')).toMatchObject({ ok: false, reason: 'unknown-host' });
  });
});

describe('routing requests addressed to the server itself', () => {
  it.each([
    ['2020-10-28', 'tencent-tat'],
    ['2017-03-12', 'tencent-batch'],
    ['2014-05-26', 'aliyun-ecs'],
    ['2020-06-01', 'aliyun-swas'],
  ])('version %s → %s', (version, id) => {
    for (const host of ['127.0.0.1:8787', 'localhost:1', '[::1]:8787', 'mock.internal']) {
      expect(routed(host, { version, action: 'DescribeInvocations' })).toEqual({ id, urlHost: host });
    }
  });

  it('cannot route a local request without a known version', () => {
    expect(routed('127.0.0.1:8787', { action: 'DescribeInvocations' })).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(routed('127.0.0.1:8787', { version: '2099-01-01' })).toMatchObject({ ok: false, reason: 'unknown-version' });
  });
});
