// One-call programs, ours and the official SDKs' for the same call, as esbuild stdin entries. Each
// builds a client, sends one request and prints one field, so tree shaking keeps only what a real
// program needs.
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { services } from '@cloudexec/services';

const require = createRequire(import.meta.url);
const benchDir = path.resolve(import.meta.dirname, '../..');

export interface BundleEntry {
  api: string;
  name: string;
  official: boolean;
  contents: string;
  /** Where imports resolve from. */
  resolveDir: string;
  platform: 'node' | 'browser';
  format: 'esm' | 'cjs';
}

/** The package's own folder in the pnpm store, where its dependencies (openapi-core) resolve too. */
function packageDir(name: string): string {
  return realpathSync(path.dirname(require.resolve(`${name}/package.json`)));
}

function ours(api: string, name: string, contents: string, platform: 'node' | 'browser'): BundleEntry {
  return { api, name, official: false, contents, resolveDir: benchDir, platform, format: 'esm' };
}

/**
 * Our one-call program for a service, named from the generated services manifest: its client class and the
 * operation function, called with `input` (a documented example's parameters) and printing `field`.
 */
function ourProgram(id: string, action: string, region: string, input: string, field: string): string {
  const entry = services.find((candidate) => candidate.id === id);
  const op = entry?.operations.find((candidate) => candidate.action === action);
  if (!entry || !op) throw new Error(`bench: ${id} ${action} is not in the services manifest`);
  return `import { ${entry.clientClass} } from '${entry.packageName}';
new ${entry.clientClass}({ region: '${region}' })
  .${op.fn}(${input})
  .then((out) => console.log(out.${field}));`;
}

const tat = ourProgram('tencent-tat', 'DescribeInvocations', 'ap-guangzhou', "{ InvocationIds: ['inv-q4zp60g0'] }", 'TotalCount');

const tatFunctions = `import { ApiClient, tencentProtocol } from '@cloudexec/runtime';
import { describeInvocations, tatService } from '@cloudexec/tencent-tat';
const client = new ApiClient({ protocol: tencentProtocol, service: tatService, region: 'ap-guangzhou' });
describeInvocations(client, { InvocationIds: ['inv-q4zp60g0'] }).then((out) => console.log(out.TotalCount));`;

const batch = ourProgram('tencent-batch', 'DescribeTask', 'ap-guangzhou', "{ JobId: 'job-97zcl3wt', TaskName: 'A' }", 'TaskName');
const ecs = ourProgram('aliyun-ecs', 'DescribeInvocations', 'cn-hangzhou', "{ InvokeId: 't-hz0jdfwd9f****' }", 'TotalCount');
const swas = ourProgram('aliyun-swas', 'DescribeInvocations', 'cn-hangzhou', "{ InstanceId: '3a658ca270df4df39f22e289b338****' }", 'TotalCount');

const officialTencent = (service: string, version: string, call: string) => `
const { ${service} } = require('tencentcloud-sdk-nodejs/tencentcloud/services/${service}');
const client = new ${service}.${version}.Client({
  credential: { secretId: process.env.TENCENTCLOUD_SECRET_ID, secretKey: process.env.TENCENTCLOUD_SECRET_KEY },
  region: 'ap-guangzhou',
});
client.${call}.then((out) => console.log(out));`;

const officialAliyun = (pkg: string, endpoint: string, request: string) => `
const Client = require('${pkg}').default;
const { DescribeInvocationsRequest } = require('${pkg}');
const { $OpenApiUtil } = require('@alicloud/openapi-core');
const client = new Client(new $OpenApiUtil.Config({
  accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
  accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  endpoint: '${endpoint}',
}));
client.describeInvocations(new DescribeInvocationsRequest(${request})).then((out) => console.log(out.body.totalCount));`;

function official(api: string, name: string, contents: string, resolveDir: string): BundleEntry {
  return { api, name, official: true, contents, resolveDir, platform: 'node', format: 'cjs' };
}

export function bundleEntries(): BundleEntry[] {
  return [
    official('tat', 'official tat deep import', officialTencent('tat', 'v20201028', `DescribeInvocations({ InvocationIds: ['inv-q4zp60g0'] })`), benchDir),
    ours('tat', 'ours TatClient', tat, 'browser'),
    ours('tat', 'ours ApiClient + describeInvocations()', tatFunctions, 'browser'),
    official('batch', 'official batch deep import', officialTencent('batch', 'v20170312', `DescribeTask({ JobId: 'job-97zcl3wt', TaskName: 'A' })`), benchDir),
    ours('batch', 'ours BatchClient', batch, 'browser'),
    official(
      'ecs',
      'official @alicloud/ecs20140526',
      officialAliyun('@alicloud/ecs20140526', 'ecs.cn-hangzhou.aliyuncs.com', `{ regionId: 'cn-hangzhou', invokeId: 't-hz0jdfwd9f****' }`),
      packageDir('@alicloud/ecs20140526'),
    ),
    ours('ecs', 'ours EcsClient', ecs, 'browser'),
    official(
      'swas',
      'official @alicloud/swas-open20200601',
      officialAliyun(
        '@alicloud/swas-open20200601',
        'swas.cn-hangzhou.aliyuncs.com',
        `{ regionId: 'cn-hangzhou', instanceId: '3a658ca270df4df39f22e289b338****' }`,
      ),
      packageDir('@alicloud/swas-open20200601'),
    ),
    ours('swas', 'ours SwasClient', swas, 'browser'),
  ];
}
