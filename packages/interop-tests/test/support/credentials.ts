// Test keys known to the mocks (strict signature checks), and a second pair they do not know.
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
}

export const TENCENT: Credentials = { accessKeyId: 'AKIDinteropTencent0000000000000000', accessKeySecret: 'interop-tencent-secret' };
export const ALIYUN: Credentials = { accessKeyId: 'LTAIinteropAliyun000000', accessKeySecret: 'interop-aliyun-secret' };
export const WRONG_SECRET = (credentials: Credentials): Credentials => ({ ...credentials, accessKeySecret: 'not-the-secret' });

/** The `credentials` option of the mocks: every key above, with its secret. */
export const MOCK_CREDENTIALS: Record<string, string> = {
  [TENCENT.accessKeyId]: TENCENT.accessKeySecret,
  [ALIYUN.accessKeyId]: ALIYUN.accessKeySecret,
};
