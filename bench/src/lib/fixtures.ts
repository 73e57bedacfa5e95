// The same inputs for our clients and the official SDKs: fake credentials, a fixed signing time and the
// request parameters of the specs' DescribeInvocations examples.

export const TENCENT_CREDENTIALS = {
  accessKeyId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
  accessKeySecret: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
};

export const ALIYUN_CREDENTIALS = {
  accessKeyId: 'LTAI5tBenchExampleKeyId0',
  accessKeySecret: 'BenchExampleAccessKeySecret00000',
};

/** 2026-11-23T00:00:00Z, a fixed signing time so every signer sees identical input. */
export const SIGNING_DATE = new Date(Date.UTC(2026, 10, 23));
export const SIGNING_TIMESTAMP = Math.floor(SIGNING_DATE.getTime() / 1000);

export const TAT = {
  host: 'tat.tencentcloudapi.com',
  service: 'tat',
  version: '2020-10-28',
  region: 'ap-guangzhou',
  action: 'DescribeInvocations',
  params: { Offset: 0, Limit: 1, InvocationIds: ['inv-q4zp60g0'] },
};

export const ECS = {
  host: 'ecs.aliyuncs.com',
  service: 'ecs',
  version: '2014-05-26',
  action: 'DescribeInvocations',
  params: {
    RegionId: 'cn-hangzhou',
    InvokeId: 't-hz0jdfwd9f****',
    CommandId: 'c-hz0jdfwcsr****',
    CommandName: 'CommandTestName',
    CommandType: 'RunShellScript' as const,
    InvokeStatus: 'Finished' as const,
    InstanceId: 'i-bp1i7gg30r52z2em****',
    PageNumber: 1,
    PageSize: 10,
  },
};

export const SWAS = {
  host: 'swas.cn-hangzhou.aliyuncs.com',
  service: 'swas',
  version: '2020-06-01',
  action: 'DescribeInvocations',
  params: {
    RegionId: 'cn-hangzhou',
    InstanceId: '3a658ca270df4df39f22e289b338****',
    PageNumber: 1,
    PageSize: 10,
    InvokeStatus: 'Finished' as const,
  },
};

/** Parameters as the official Alibaba SDKs put them on the wire: every value a string. */
export function stringValues(params: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) out[name] = String(value);
  return out;
}
