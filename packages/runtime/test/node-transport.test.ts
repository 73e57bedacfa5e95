import { Agent } from 'node:https';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiClient, TransportError } from '../src/index.ts';
import { nodeHttpTransport } from '../src/node.ts';
import { createFakeProtocol, tatService } from './support/fake-protocol.ts';
import { useMswServer } from './support/msw.ts';
import { testCredentials } from './support/secrets.ts';

const server = useMswServer();
const TAT = 'https://tat.tencentcloudapi.com/';

describe('nodeHttpTransport', () => {
  it('sends method, headers and body and returns status, headers and text', async () => {
    let seen: { body: string; type: string | null; length: string | null } | undefined;
    server.use(
      http.post(TAT, async ({ request }) => {
        seen = { body: await request.text(), type: request.headers.get('content-type'), length: request.headers.get('content-length') };
        return HttpResponse.json({ ok: '测试' }, { status: 201, headers: { 'x-request-id': 'abc', 'set-cookie': 'a=1' } });
      }),
    );
    const transport = nodeHttpTransport();
    const body = JSON.stringify({ Name: '测试' });
    const response = await transport({ method: 'POST', url: TAT, headers: { 'content-type': 'application/json' }, body }, new AbortController().signal);
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('abc');
    expect(JSON.parse(response.bodyText)).toEqual({ ok: '测试' });
    expect(seen).toEqual({ body, type: 'application/json', length: String(Buffer.byteLength(body)) });
  });

  it('uses the agent it is given', async () => {
    server.use(http.get(TAT, () => HttpResponse.text('fine')));
    const agent = new Agent({ keepAlive: true });
    const transport = nodeHttpTransport({ httpsAgent: agent });
    const response = await transport({ method: 'GET', url: `${TAT}?a=1`, headers: {} }, new AbortController().signal);
    expect(response.bodyText).toBe('fine');
    agent.destroy();
  });

  it('rejects when the signal aborts', async () => {
    server.use(
      http.post(TAT, async () => {
        await delay('infinite');
        return HttpResponse.text('never');
      }),
    );
    const controller = new AbortController();
    const pending = nodeHttpTransport()({ method: 'POST', url: TAT, headers: {}, body: '{}' }, controller.signal);
    setTimeout(() => controller.abort(new Error('stop')), 10);
    await expect(pending).rejects.toThrow();
  });

  it('works as an ApiClient transport, network errors included', async () => {
    let calls = 0;
    server.use(http.post(TAT, () => (++calls === 1 ? HttpResponse.error() : HttpResponse.json({ Response: { RequestId: 'node' } }))));
    const client = new ApiClient({
      protocol: createFakeProtocol(),
      service: tatService,
      credentials: testCredentials,
      transport: nodeHttpTransport(),
      retry: { baseDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(client.send({ action: 'DescribeInvocations' }, {})).resolves.toEqual({ RequestId: 'node' });
    server.use(http.post(TAT, () => HttpResponse.error()));
    await expect(client.send({ action: 'DescribeInvocations' }, {}, { maxAttempts: 1 })).rejects.toBeInstanceOf(TransportError);
  });
});
