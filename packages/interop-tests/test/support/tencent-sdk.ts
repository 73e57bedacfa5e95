// The official Tencent Cloud SDK (tencentcloud-sdk-nodejs 4.1.313), loaded as a CommonJS user loads it: one
// service by deep import. Its HTTP goes through node-fetch 2 → node:http, which msw/node intercepts.
import { createRequire } from 'node:module';
import type { ClientProfile } from 'tencentcloud-sdk-nodejs/tencentcloud/common/interface.js';
import type { Credentials } from './credentials.ts';

const require = createRequire(import.meta.url);

type TatModule = typeof import('tencentcloud-sdk-nodejs/tencentcloud/services/tat/index.js');
type BatchModule = typeof import('tencentcloud-sdk-nodejs/tencentcloud/services/batch/index.js');
export type TatSdkClient = InstanceType<TatModule['tat']['v20201028']['Client']>;
export type BatchSdkClient = InstanceType<BatchModule['batch']['v20170312']['Client']>;

/** What the SDK throws for an API error (`code`) or an HTTP failure (`httpCode`). */
export interface TencentSdkError extends Error {
  code?: string;
  httpCode?: number;
  requestId: string;
}

export const TencentCloudSDKHttpException = (
  require('tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception') as { default: new (message: string) => TencentSdkError }
).default;

export interface TencentSdkOptions {
  credentials: Credentials;
  region?: string;
  /** `host[:port]`; defaults to the service's real host. */
  endpoint?: string;
  /** An HTTP proxy URL: the SDK opens a CONNECT tunnel (https-proxy-agent) to the endpoint. */
  proxy?: string;
  signMethod?: ClientProfile['signMethod'];
  /** Headers the SDK sends on every call (`httpProfile.headers`), e.g. a caller's own Content-Type. */
  headers?: Record<string, string>;
}

function config(options: TencentSdkOptions) {
  return {
    credential: { secretId: options.credentials.accessKeyId, secretKey: options.credentials.accessKeySecret },
    region: options.region ?? 'ap-guangzhou',
    profile: {
      signMethod: options.signMethod,
      // Plain HTTP: the mocks hold no certificate (and a CONNECT tunnel to :443 would need TLS).
      httpProfile: { protocol: 'http://', endpoint: options.endpoint, proxy: options.proxy, reqTimeout: 10, headers: options.headers },
    },
  };
}

export function tatSdk(options: TencentSdkOptions): TatSdkClient {
  const { tat } = require('tencentcloud-sdk-nodejs/tencentcloud/services/tat') as TatModule;
  return new tat.v20201028.Client(config(options));
}

export function batchSdk(options: TencentSdkOptions): BatchSdkClient {
  const { batch } = require('tencentcloud-sdk-nodejs/tencentcloud/services/batch') as BatchModule;
  return new batch.v20170312.Client(config(options));
}
