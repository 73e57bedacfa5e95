// How requests reach the server: Host header, absolute-form proxy targets, CONNECT tunnels, local endpoints.
import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../src/index.ts';
import { json, send, tatHeaders } from './http.ts';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ enforceQps: false });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('request targets', () => {
  it('serves the vendor host named in the Host header, paging the default dataset', async () => {
    const answer = await send(server.port, { method: 'POST', headers: tatHeaders(), body: JSON.stringify({ Offset: 60, Limit: 20 }) });
    const body = json(answer).Response;
    expect(answer.status).toBe(200);
    expect(body.TotalCount).toBe(70);
    expect(body.InvocationSet).toHaveLength(10);
  });

  it('acts as an HTTP proxy for absolute-form targets', async () => {
    const answer = await send(server.port, {
      method: 'POST',
      path: 'http://batch.ap-guangzhou.tencentcloudapi.com/',
      headers: { ...tatHeaders('DescribeTask'), host: 'batch.ap-guangzhou.tencentcloudapi.com', 'x-tc-version': '2017-03-12' },
      body: JSON.stringify({ JobId: 'job-97zcl3wt', TaskName: 'A', Limit: 3 }),
    });
    expect(json(answer).Response.TaskInstanceSet).toHaveLength(3);
    expect(json(answer).Response.TaskInstanceTotalCount).toBe(350);
  });

  it('routes requests to 127.0.0.1 by API version', async () => {
    const ecs = await send(server.port, { path: '/?Action=DescribeInvocations&Version=2014-05-26&RegionId=cn-hangzhou&MaxResults=5' });
    const swas = await send(server.port, { path: '/?Action=DescribeInvocations&Version=2020-06-01&RegionId=cn-hangzhou&InstanceId=abc' });
    expect(json(ecs).Invocations.Invocation).toHaveLength(5);
    expect(json(ecs).NextToken).not.toBe('');
    expect(json(swas).TotalCount).toBe(35);
  });

  it('serves HTTP inside a CONNECT tunnel (https-proxy-agent with an http:// URL)', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1');
      let buffer = '';
      let tunnelled = false;
      socket.on('data', (chunk) => {
        buffer += chunk.toString('utf8');
        if (!tunnelled && buffer.includes('\r\n\r\n')) {
          tunnelled = true;
          expect(buffer.startsWith('HTTP/1.1 200')).toBe(true);
          buffer = '';
          const body = '{"Limit":1}';
          const head = Object.entries({ ...tatHeaders(), 'content-length': String(body.length), connection: 'close' })
            .map(([k, v]) => `${k}: ${v}\r\n`)
            .join('');
          socket.write(`POST / HTTP/1.1\r\n${head}\r\n${body}`);
        }
      });
      socket.on('end', () => resolve(buffer));
      socket.on('error', reject);
      socket.write('CONNECT tat.tencentcloudapi.com:80 HTTP/1.1\r\nhost: tat.tencentcloudapi.com:80\r\n\r\n');
    });
    expect(text.startsWith('HTTP/1.1 200')).toBe(true);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)).Response.InvocationSet).toHaveLength(1);
  });

  it('refuses CONNECT to port 443 (no TLS) with an explanation', async () => {
    const socket = connect(server.port, '127.0.0.1');
    const text = await new Promise<string>((resolve) => {
      let buffer = '';
      socket.on('data', (chunk) => (buffer += chunk.toString()));
      socket.on('close', () => resolve(buffer));
      socket.write('CONNECT tat.tencentcloudapi.com:443 HTTP/1.1\r\nhost: tat.tencentcloudapi.com:443\r\n\r\n');
    });
    expect(text).toMatch(/^HTTP\/1.1 501/);
    expect(text).toContain('TlsNotSupported');
  });
});

describe('options', () => {
  it('serves the documented examples without a dataset, and routes extra local names by version', async () => {
    const plain = await startMockServer({ dataset: false, localHosts: ['mock.internal'] });
    try {
      const answer = await send(plain.port, {
        path: '/?Action=DescribeInvocations&Version=2020-06-01&RegionId=cn-hangzhou&InstanceId=x',
        headers: { host: 'mock.internal:8787' },
      });
      expect(json(answer)).toMatchObject({ TotalCount: 10, Invocations: [{ InvokeId: 't-hz02p9545t6****' }] });
    } finally {
      await plain.close();
    }
  });
});

describe('unknown hosts and actions', () => {
  it("answers an unmocked Tencent host with Tencent's InvalidAction", async () => {
    const answer = await send(server.port, { headers: { host: 'cvm.tencentcloudapi.com' } });
    expect(answer.status).toBe(200);
    expect(json(answer)).toMatchObject({ Response: { Error: { Code: 'InvalidAction', Message: expect.stringContaining('cvm.tencentcloudapi.com') } } });
  });

  it("answers an unmocked Alibaba host with Alibaba's InvalidAction (HTTP 403, as the spec's common table says)", async () => {
    const answer = await send(server.port, { headers: { host: 'vpc.cn-hangzhou.aliyuncs.com' } });
    expect(answer.status).toBe(403);
    expect(json(answer)).toMatchObject({ Code: 'InvalidAction', HostId: 'vpc.cn-hangzhou.aliyuncs.com' });
  });

  it('answers a host outside both providers with a JSON 404 naming it', async () => {
    const answer = await send(server.port, { headers: { host: 'unknown.example' } });
    expect(answer.status).toBe(404);
    expect(json(answer)).toMatchObject({ error: 'UnknownHost', host: 'unknown.example' });
  });

  it('answers a local request without a version with a JSON 404', async () => {
    const answer = await send(server.port, { path: '/?Action=DescribeInvocations' });
    expect(answer.status).toBe(404);
    expect(json(answer).error).toBe('UnknownService');
  });

  it.each([
    ['tencent', { method: 'POST', headers: tatHeaders('LaunchRocket'), body: '{}' }, 200, 'InvalidAction'],
    ['aliyun', { path: '/?Action=LaunchRocket&Version=2014-05-26', headers: { host: 'ecs.aliyuncs.com' } }, 403, 'InvalidAction'],
  ] as const)('answers an unknown %s action with the provider error', async (_provider, request, status, code) => {
    const answer = await send(server.port, request);
    expect(answer.status).toBe(status);
    const body = json(answer);
    expect(body.Response?.Error?.Code ?? body.Code).toBe(code);
  });
});
