// The registry hands each model the server side of its own wire protocol, and each protocol object carries
// the provider facts the engine and the standalone server used to branch on.
import { describe, expect, it } from 'vitest';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { serverProtocolFor } from '../../src/protocols/registry.ts';
import { aliyunModel, tencentModel } from '../fixtures.ts';

describe('serverProtocolFor', () => {
  it('Tencent: its codes, domain and lower-case request ids; errors travel with HTTP 200 whatever the documented status', async () => {
    const protocol = serverProtocolFor(tencentModel);
    expect(protocol).toMatchObject({
      signatureMismatchCode: 'AuthFailure.SignatureFailure',
      unsupportedMethodCode: 'UnsupportedProtocol',
      apiDomain: '.tencentcloudapi.com',
    });
    expect(protocol.newRequestId()).toMatch(/^[0-9a-f-]{36}$/);
    const error = protocol.error({ code: 'InvalidParameter', message: 'm', httpStatus: 400, requestId: 'r', host: 'tat.tencentcloudapi.com' });
    expect(error.status).toBe(200);
    expect(await error.json()).toEqual({ Response: { Error: { Code: 'InvalidParameter', Message: 'm' }, RequestId: 'r' } });
    expect(protocol.canonicalHost('tat-ap-guangzhou.tencentcloudapi.com')).toBeUndefined();
  });

  it('Alibaba: its codes, domain, upper-case request ids, the documented status, and the SDK endpoint-map hosts', async () => {
    const protocol = serverProtocolFor(aliyunModel);
    expect(protocol).toMatchObject({
      signatureMismatchCode: 'SignatureDoesNotMatch',
      unsupportedMethodCode: 'UnsupportedHTTPMethod',
      apiDomain: '.aliyuncs.com',
    });
    expect(protocol.newRequestId()).toMatch(/^[0-9A-F-]{36}$/);
    const error = protocol.error({ code: 'InvalidParameter', message: 'm', httpStatus: 400, requestId: 'R', host: 'ecs.cn-hangzhou.aliyuncs.com:443' });
    expect(error.status).toBe(400);
    expect(await error.json()).toMatchObject({ RequestId: 'R', HostId: 'ecs.cn-hangzhou.aliyuncs.com', Code: 'InvalidParameter' });
    const regional = aliyunModel.service.regionalHost!;
    expect(protocol.canonicalHost(`${aliyunModel.service.service}-cn-hangzhou.aliyuncs.com`)).toBe(regional.replace('{region}', 'cn-hangzhou'));
    expect(protocol.canonicalHost(`${aliyunModel.service.service}-vpc.cn-beijing.aliyuncs.com`)).toBe(regional.replace('{region}', 'cn-beijing'));
    expect(protocol.canonicalHost('other-cn-hangzhou.aliyuncs.com')).toBeUndefined();
  });

  it('refuses a protocol id it has no server side for', () => {
    const unknown = { ...tencentModel, protocol: 'smithy-json' } as unknown as ServiceModel;
    expect(() => serverProtocolFor(unknown)).toThrow(/smithy-json/);
  });
});
