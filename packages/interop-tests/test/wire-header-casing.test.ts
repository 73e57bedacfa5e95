// Header name casing differs between clients (the Tencent SDK sends `Host`, `X-TC-Action`, `Content-Type`; the
// Alibaba SDK lower-case `host`, `x-acs-action`; fetch lower-cases `host`). The same signed request, replayed
// byte for byte with each casing to the standalone server (strict signatures), is accepted every time.
import { connect } from 'node:net';
import { startMockServer, type MockServer } from '@cloudexec/mock-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MOCK_CREDENTIALS, TENCENT } from './support/credentials.ts';
import { tc3Signature } from './support/tc3.ts';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ credentials: MOCK_CREDENTIALS, strictSignatures: true, enforceQps: false });
});
afterAll(() => server.close());

function signedTatRequest(): Array<[string, string]> & { body: string } {
  const body = '{"Limit":1}';
  const timestamp = Math.floor(Date.now() / 1000);
  const host = 'tat.tencentcloudapi.com';
  const signature = tc3Signature({ secretKey: TENCENT.accessKeySecret, service: 'tat', timestamp, host, contentType: 'application/json', payload: body });
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const headers: Array<[string, string]> = [
    ['Host', host],
    ['Content-Type', 'application/json'],
    ['X-TC-Action', 'DescribeInvocations'],
    ['X-TC-Version', '2020-10-28'],
    ['X-TC-Region', 'ap-guangzhou'],
    ['X-TC-Timestamp', String(timestamp)],
    ['Authorization', `TC3-HMAC-SHA256 Credential=${TENCENT.accessKeyId}/${date}/tat/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`],
    ['Content-Length', String(body.length)],
    ['Connection', 'close'],
  ];
  return Object.assign(headers, { body });
}

function replay(headers: Array<[string, string]>, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('utf8')));
    socket.on('end', () => resolve(text.slice(text.indexOf('\r\n\r\n') + 4)));
    socket.on('error', reject);
    socket.end(`POST / HTTP/1.1\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${body}`);
  });
}

it.each([
  ['as the Tencent SDK sends them', (name: string) => name],
  ['lower-case', (name: string) => name.toLowerCase()],
  ['upper-case', (name: string) => name.toUpperCase()],
])('accepts TC3 header names %s', async (_casing, rename) => {
  const request = signedTatRequest();
  const answer = JSON.parse(
    await replay(
      request.map(([name, value]) => [rename(name), value]),
      request.body,
    ),
  ) as { Response: { Error?: unknown; TotalCount?: number } };
  expect(answer.Response.Error).toBeUndefined();
  expect(answer.Response.TotalCount).toBe(70);
});
