// The official SDKs, loaded the way a CommonJS user loads them.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Tc3SignParams {
  method: string;
  url: string;
  payload: unknown;
  timestamp: number;
  service: string;
  secretId: string;
  secretKey: string;
  multipart: boolean;
  boundary: string;
  headers: Record<string, string>;
}

export const TencentSign = (
  require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js') as {
    default: { sign3(params: Tc3SignParams): string };
  }
).default;

export interface AliyunAuthorizationRequest {
  pathname: string;
  method: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}

export const OpenApiUtil = (
  require('@alicloud/openapi-util') as {
    default: {
      getAuthorization(request: AliyunAuthorizationRequest, algorithm: string, payloadHash: string, accessKeyId: string, secret: string): string;
      getRPCSignature(signedParams: Record<string, string>, method: string, secret: string): string;
    };
  }
).default;

/** `tencentcloud-sdk-nodejs/tencentcloud/services/tat`: the deep import that loads one service only. */
export function loadTencentTat(): { Client: new (options: unknown) => { DescribeInvocations(req: unknown): Promise<unknown> } } {
  const { tat } = require('tencentcloud-sdk-nodejs/tencentcloud/services/tat') as {
    tat: { v20201028: { Client: new (options: unknown) => { DescribeInvocations(req: unknown): Promise<unknown> } } };
  };
  return tat.v20201028;
}

type AliyunClient = { describeInvocations(request: unknown): Promise<{ statusCode?: number; body?: unknown }> };

export interface AliyunSdk {
  Client: new (config: unknown) => AliyunClient;
  Request: new (fields: Record<string, unknown>) => unknown;
  Config: new (fields: Record<string, unknown>) => unknown;
}

/** `@alicloud/ecs20140526` or `@alicloud/swas-open20200601`, with the Config class of the core it runs on. */
export function loadAliyun(name: '@alicloud/ecs20140526' | '@alicloud/swas-open20200601'): AliyunSdk {
  const sdk = require(name) as { default: AliyunSdk['Client']; DescribeInvocationsRequest: AliyunSdk['Request'] };
  const sdkRequire = createRequire(require.resolve(name));
  const core = sdkRequire('@alicloud/openapi-core') as { $OpenApiUtil: { Config: AliyunSdk['Config'] } };
  return { Client: sdk.default, Request: sdk.DescribeInvocationsRequest, Config: core.$OpenApiUtil.Config };
}
