// Media types are case-insensitive. The official Tencent SDK signs a caller's Content-Type value exactly as set
// (`Application/JSON`), where the TC3 doc lower-cases it; the standalone server in strict mode accepts both.
import { startMockServer, type MockServer } from '@cloudexec/mock-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MOCK_CREDENTIALS, TENCENT } from './support/credentials.ts';
import { tatSdk } from './support/tencent-sdk.ts';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ credentials: MOCK_CREDENTIALS, strictSignatures: true, enforceQps: false });
});
afterAll(() => server.close());

it.each(['application/json', 'Application/JSON', 'APPLICATION/JSON; charset=UTF-8'])(
  'the official SDK with Content-Type %s is accepted under strict signatures',
  async (contentType) => {
    const tat = tatSdk({ credentials: TENCENT, proxy: server.origin, headers: { 'Content-Type': contentType } });
    const page = await tat.DescribeInvocations({ Offset: 0, Limit: 1 });
    expect(page.TotalCount).toBe(70);
  },
);
