// The official Alibaba Cloud SDKs (@alicloud/ecs20140526 7.11.6, @alicloud/swas-open20200601 4.0.0, both on
// @alicloud/openapi-core 1.0.8), loaded as CommonJS. Their HTTP goes through node:http (msw/node intercepts it).
import { createRequire } from 'node:module';
import type { Credentials } from './credentials.ts';

const require = createRequire(import.meta.url);

type CoreModule = typeof import('@alicloud/openapi-core');
type EcsModule = typeof import('@alicloud/ecs20140526');
type SwasModule = typeof import('@alicloud/swas-open20200601');

export const core = require('@alicloud/openapi-core') as CoreModule;
export const ecs = require('@alicloud/ecs20140526') as EcsModule;
export const swas = require('@alicloud/swas-open20200601') as SwasModule;

export type EcsSdkClient = InstanceType<EcsModule['default']>;
export type SwasSdkClient = InstanceType<SwasModule['default']>;

export interface AliyunSdkOptions {
  credentials: Credentials;
  /** `host[:port]`; SWAS has no endpoint rule, so one is always set. */
  endpoint: string;
  /** `v2`: the legacy HMAC-SHA1 RPC signature; default ACS3-HMAC-SHA256. */
  signatureAlgorithm?: 'v2';
  regionId?: string;
}

function config(options: AliyunSdkOptions) {
  return new core.$OpenApiUtil.Config({
    accessKeyId: options.credentials.accessKeyId,
    accessKeySecret: options.credentials.accessKeySecret,
    endpoint: options.endpoint,
    protocol: 'http',
    regionId: options.regionId ?? 'cn-hangzhou',
    ...(options.signatureAlgorithm ? { signatureAlgorithm: options.signatureAlgorithm } : {}),
  });
}

export function ecsSdk(options: AliyunSdkOptions): EcsSdkClient {
  return new ecs.default(config(options));
}

export function swasSdk(options: AliyunSdkOptions): SwasSdkClient {
  return new swas.default(config(options));
}

/** What openapi-core throws for a 4xx/5xx answer: ClientError, ServerError or ThrottlingError. */
export interface AliyunSdkError extends Error {
  name: string;
  code: string;
  statusCode: number;
  data: Record<string, unknown>;
  retryAfter?: number;
}
