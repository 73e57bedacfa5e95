// Every client under test, pointed at the stub: the official SDKs (Tencent TAT deep import, Alibaba ecs
// and swas), our ApiClient with each transport and our generated clients. `create` builds the client
// (loading its SDK only then) and returns a call that sends one DescribeInvocations and resolves with the
// answer's TotalCount, so the bench can check that the stub's documented response came back parsed.
import { Agent, type AgentOptions } from 'node:http';
import { ApiClient, fetchTransport, wireProtocol, type Transport } from '@cloudexec/runtime';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { nodeHttpTransport } from '@cloudexec/runtime/node';
import { EcsClient, serviceModel as ecsModel } from '@cloudexec/aliyun-ecs';
import { SwasClient, serviceModel as swasModel } from '@cloudexec/aliyun-swas';
import { TatClient, serviceModel as tatModel } from '@cloudexec/tencent-tat';
import { baselines } from './baselines.ts';
import type { Api, Call, ClientUnderTest } from './client-types.ts';
import { ALIYUN_CREDENTIALS, ECS, SWAS, TAT, TENCENT_CREDENTIALS } from './fixtures.ts';
import { loadAliyun, loadTencentTat } from './official.ts';

/** Resolves every host name to 127.0.0.1, for this agent only: the official Tencent SDK keeps its real host. */
const loopbackLookup: AgentOptions['lookup'] = (_host, options, callback) => {
  const cb = callback as (error: Error | null, address: unknown, family?: number) => void;
  if ((options as { all?: boolean }).all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
};

function officialTat(port: number): Call {
  const { Client } = loadTencentTat();
  const client = new Client({
    credential: { secretId: TENCENT_CREDENTIALS.accessKeyId, secretKey: TENCENT_CREDENTIALS.accessKeySecret },
    region: TAT.region,
    profile: {
      httpProfile: {
        endpoint: `${TAT.host}:${port}`,
        protocol: 'http://',
        agent: new Agent({ keepAlive: true, lookup: loopbackLookup }),
      },
    },
  });
  return async () => ((await client.DescribeInvocations({ ...TAT.params })) as { TotalCount?: number }).TotalCount;
}

/** `RegionId` → `regionId`: the official Alibaba request models use lower camel case. */
function lowerCamel(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) out[name[0]!.toLowerCase() + name.slice(1)] = value;
  return out;
}

function officialAliyun(api: 'ecs' | 'swas', port: number): Call {
  const spec = api === 'ecs' ? ECS : SWAS;
  const sdk = loadAliyun(api === 'ecs' ? '@alicloud/ecs20140526' : '@alicloud/swas-open20200601');
  const client = new sdk.Client(
    new sdk.Config({
      accessKeyId: ALIYUN_CREDENTIALS.accessKeyId,
      accessKeySecret: ALIYUN_CREDENTIALS.accessKeySecret,
      endpoint: `127.0.0.1:${port}`,
      protocol: 'http',
      regionId: spec.params.RegionId,
    }),
  );
  const fields = lowerCamel(spec.params);
  return async () => {
    const response = await client.describeInvocations(new sdk.Request(fields));
    return (response.body as { totalCount?: number } | undefined)?.totalCount;
  };
}

/** The protocol, hosts, version and wire method come from the generated service models, as a user's would. */
const SERVICES: Record<Api, { model: ServiceModel; region?: string; params: object }> = {
  tat: { model: tatModel, region: TAT.region, params: TAT.params },
  ecs: { model: ecsModel, params: ECS.params },
  swas: { model: swasModel, params: SWAS.params },
};

function ours(api: Api, port: number, transport: Transport): Call {
  const { model, region, params } = SERVICES[api];
  const method = model.operations.find((op) => op.action === 'DescribeInvocations')?.method ?? 'POST';
  const client = new ApiClient({
    protocol: wireProtocol(model.protocol),
    service: model.service,
    ...(region ? { region } : {}),
    credentials: api === 'tat' ? TENCENT_CREDENTIALS : ALIYUN_CREDENTIALS,
    endpoint: `http://127.0.0.1:${port}`,
    allowInsecureHttp: true,
    transport,
    // The documented QPS would throttle a throughput test; everything else stays at its default.
    rateLimiter: false,
  });
  const op = { action: 'DescribeInvocations', method };
  return async () => (await client.send<object, { TotalCount?: number }>(op, { ...params })).TotalCount;
}

/** The generated client as a user writes it: input validation on, the documented QPS limiter off. */
function generated(api: Api, port: number, transport: Transport): Call {
  const options = {
    endpoint: `http://127.0.0.1:${port}`,
    allowInsecureHttp: true,
    transport,
    rateLimiter: false as const,
  };
  if (api === 'tat') {
    const client = new TatClient({ ...options, region: TAT.region, credentials: TENCENT_CREDENTIALS });
    return async () => (await client.describeInvocations({ ...TAT.params })).TotalCount;
  }
  if (api === 'ecs') {
    const client = new EcsClient({ ...options, credentials: ALIYUN_CREDENTIALS });
    return async () => (await client.describeInvocations({ ...ECS.params })).TotalCount;
  }
  const client = new SwasClient({ ...options, credentials: ALIYUN_CREDENTIALS });
  return async () => (await client.describeInvocations({ ...SWAS.params })).TotalCount;
}

const OFFICIAL_NAMES: Record<Api, string> = {
  tat: 'official tencentcloud-sdk-nodejs (tat deep import)',
  ecs: 'official @alicloud/ecs20140526',
  swas: 'official @alicloud/swas-open20200601',
};
const GENERATED_NAMES: Record<Api, string> = { tat: 'TatClient', ecs: 'EcsClient', swas: 'SwasClient' };

export function clientsUnderTest(): ClientUnderTest[] {
  const list: ClientUnderTest[] = [];
  for (const api of ['tat', 'ecs', 'swas'] as const) {
    list.push(
      {
        api,
        name: OFFICIAL_NAMES[api],
        official: true,
        create: (port) => (api === 'tat' ? officialTat(port) : officialAliyun(api, port)),
      },
      { api, name: 'ours ApiClient + fetch', official: false, create: (port) => ours(api, port, fetchTransport) },
      { api, name: 'ours ApiClient + node:http', official: false, create: (port) => ours(api, port, nodeHttpTransport()) },
      {
        api,
        name: `ours generated ${GENERATED_NAMES[api]} + node:http`,
        official: false,
        create: (port) => generated(api, port, nodeHttpTransport()),
      },
    );
  }
  return list;
}

/** The floors first, then every client under test; a client's index here names it to load-worker.ts. */
export function allClients(): ClientUnderTest[] {
  return [...baselines, ...clientsUnderTest()];
}
