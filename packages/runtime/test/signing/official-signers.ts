// The official SDK signers used as oracles by the differential tests, typed to what the tests call.
import * as tencentSign from 'tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js';
import * as tencentCommon from 'tencentcloud-sdk-nodejs-common';
import * as openapiUtil from '@alicloud/openapi-util';

export interface OfficialTencentSign {
  sign(secretKey: string, signStr: string, signMethod: 'HmacSHA1' | 'HmacSHA256'): string;
  sign3(options: {
    method: string;
    url: string;
    payload: unknown;
    timestamp: number;
    service: string;
    secretId: string;
    secretKey: string;
    multipart: boolean;
    boundary?: string;
    headers: Record<string, unknown>;
  }): string;
}

export interface OfficialTencentClient {
  mergeData(data: unknown): Record<string, unknown>;
  formatSignString(params: Record<string, unknown>): string;
}

export interface OfficialAliyunUtil {
  getAuthorization(
    request: { method: string; pathname: string; query: Record<string, string>; headers: Record<string, string> },
    signatureAlgorithm: string,
    payload: string,
    accessKeyId: string,
    accessKeySecret: string,
  ): string;
  getRPCSignature(signedParams: Record<string, string>, method: string, secret: string): string;
  query(filter: Record<string, unknown>): Record<string, string>;
  getEncodeParam(param: string): string;
}

/** Under vitest the CommonJS `exports.default` arrives as the namespace's `default`. */
function defaultExport<T>(namespace: unknown): T {
  return (namespace as { default: T }).default;
}

export const officialTencentSign = defaultExport<OfficialTencentSign>(tencentSign);
export const officialAliyun = defaultExport<OfficialAliyunUtil>(openapiUtil);

/** A CommonClient exposes the SDK's own v1 flattening (`mergeData`) and source string (`formatSignString`). */
export function officialTencentClient(endpoint: string, method: 'GET' | 'POST'): OfficialTencentClient {
  const { CommonClient } = tencentCommon as unknown as {
    CommonClient: new (endpoint: string, version: string, config: unknown) => OfficialTencentClient;
  };
  return new CommonClient(endpoint, '2017-03-12', {
    credential: { secretId: 'id', secretKey: 'key' },
    profile: { httpProfile: { reqMethod: method } },
  });
}
