// Malformed input gets a well-formed answer, and the server keeps serving after each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../src/index.ts';
import { json, send, sendBytes, tatHeaders } from './http.ts';

let server: MockServer;
const lines: string[] = [];
beforeAll(async () => {
  server = await startMockServer({ enforceQps: false, maxBodyBytes: 64 * 1024, log: (line) => lines.push(line) });
});
afterAll(() => server.close());

async function stillHealthy(): Promise<void> {
  const answer = await send(server.port, { method: 'POST', headers: tatHeaders(), body: '{"Limit":1}' });
  expect(json(answer).Response.InvocationSet).toHaveLength(1);
}

describe('malformed requests', () => {
  it('bad JSON → InvalidParameter', async () => {
    const answer = await send(server.port, { method: 'POST', headers: tatHeaders(), body: '{"Limit":' });
    expect(json(answer).Response.Error.Code).toBe('InvalidParameter');
    await stillHealthy();
  });

  it('wrong content type → InvalidParameter', async () => {
    const answer = await send(server.port, { method: 'POST', headers: { ...tatHeaders(), 'content-type': 'text/xml' }, body: '<a/>' });
    expect(json(answer).Response.Error.Code).toBe('InvalidParameter');
    await stillHealthy();
  });

  it('oversized body → Tencent RequestSizeLimitExceeded with HTTP 413, the server still serving', async () => {
    const answer = await send(server.port, { method: 'POST', headers: tatHeaders(), body: Buffer.alloc(200 * 1024, 0x20) });
    expect(answer.status).toBe(413);
    expect(json(answer).Response.Error.Code).toBe('RequestSizeLimitExceeded');
    await stillHealthy();
  });

  it('oversized body → Alibaba InvalidParameter with HTTP 413', async () => {
    const answer = await send(server.port, {
      method: 'POST',
      path: '/?Action=DescribeInvocations&Version=2014-05-26',
      headers: { host: 'ecs.aliyuncs.com', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'A='.padEnd(100 * 1024, 'x'),
    });
    expect(answer.status).toBe(413);
    expect(json(answer)).toMatchObject({ Code: 'InvalidParameter', HostId: 'ecs.aliyuncs.com' });
  });

  it('a method a web Request cannot carry → the provider method error', async () => {
    const answer = await send(server.port, { method: 'TRACE', path: '/?Action=DescribeInvocations&Version=2014-05-26', headers: { host: 'ecs.aliyuncs.com' } });
    expect(answer.status).toBe(403);
    expect(json(answer).Code).toBe('UnsupportedHTTPMethod');
  });

  it.each([
    ['garbage bytes', Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x00, 0x0d, 0x0a, 0x0d, 0x0a])],
    ['a broken request line', 'GET\r\n\r\n'],
    ['a bad header', 'GET / HTTP/1.1\r\nhost tat.tencentcloudapi.com\r\n\r\n'],
    ['a non-path target', 'GET tat.tencentcloudapi.com HTTP/1.1\r\nhost: tat.tencentcloudapi.com\r\n\r\n'],
  ])('%s → HTTP 400 with a JSON body', async (_name, bytes) => {
    const text = await sendBytes(server.port, bytes);
    expect(text).toMatch(/^HTTP\/1.1 400 /);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toHaveProperty('error', 'BadRequest');
    await stillHealthy();
  });

  it('a dropped-connection override drops only that connection', async () => {
    server.services['tencent-tat'].override('DescribeInvocations', { networkError: true, times: 1 });
    await expect(send(server.port, { method: 'POST', headers: tatHeaders(), body: '{}' })).rejects.toThrow(/socket hang up|ECONNRESET/);
    await stillHealthy();
  });
});

describe('log lines', () => {
  it('writes one line per request with provider, action, status, code and duration, and no secrets', async () => {
    lines.length = 0;
    const secret = 'Signature=TOPSECRET';
    await send(server.port, {
      path: `/?Action=DescribeInvocations&Version=2014-05-26&RegionId=cn-hangzhou&AccessKeyId=AKIDLEAK&${secret}`,
      headers: { host: 'ecs.aliyuncs.com', authorization: 'ACS3-HMAC-SHA256 Credential=AKIDLEAK' },
    });
    await send(server.port, {
      method: 'POST',
      headers: { ...tatHeaders('Describe<Injected>'), authorization: 'TC3-HMAC-SHA256 Credential=AKIDLEAK/x' },
      body: '{}',
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\S+Z aliyun-ecs DescribeInvocations 200 - \d+\.\dms$/);
    expect(lines[1]).toMatch(/^\S+Z tencent-tat - 200 InvalidAction \d+\.\dms$/);
    expect(lines.join('\n')).not.toMatch(/AKIDLEAK|TOPSECRET|Injected/);
  });
});
