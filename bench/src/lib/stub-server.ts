// A keep-alive HTTP stub on 127.0.0.1 answering DescribeInvocations with the documented example body.
// Runs as a child process (see stub.ts) so its CPU time stays out of the client's process.cpuUsage().
// Tencent requests are recognised by X-TC-Action; Alibaba ones by x-acs-version or the Version query
// parameter (ecs 2014-05-26, swas 2020-06-01).
import { createServer } from 'node:http';
import { exampleResponse } from './spec-examples.ts';

const MAX_LIFETIME_MS = 30 * 60_000;

const bodies = new Map<string, string>([
  ['tencent:DescribeInvocations', JSON.stringify(exampleResponse('tencent/tat.yaml', 'DescribeInvocations'))],
  ['aliyun:2014-05-26', JSON.stringify(exampleResponse('aliyun/ecs.yaml', 'DescribeInvocations'))],
  ['aliyun:2020-06-01', JSON.stringify(exampleResponse('aliyun/swas.yaml', 'DescribeInvocations'))],
]);

/** New connections and requests since the last reset: keep-alive clients open few connections. */
let connections = 0;
let requests = 0;

function routeKey(headers: Record<string, string | string[] | undefined>, url: string): string {
  const action = headers['x-tc-action'];
  if (typeof action === 'string') return `tencent:${action}`;
  const version = headers['x-acs-version'];
  if (typeof version === 'string') return `aliyun:${version}`;
  const query = url.indexOf('?');
  return `aliyun:${query < 0 ? '' : (new URLSearchParams(url.slice(query + 1)).get('Version') ?? '')}`;
}

const server = createServer({ keepAliveTimeout: MAX_LIFETIME_MS }, (req, res) => {
  requests++;
  // Drain the request body (Tencent sends JSON) before answering.
  req.resume();
  req.on('end', () => {
    const body = bodies.get(routeKey(req.headers, req.url ?? '/'));
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"Code":"NotFound","Message":"stub: unknown action"}');
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json;charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'x-acs-request-id': 'stub-request-id',
    });
    res.end(body);
  });
});
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});

process.on('message', (message: { type?: string }) => {
  if (message.type === 'stats') process.send?.({ connections, requests });
  if (message.type === 'reset') {
    connections = 0;
    requests = 0;
  }
});
// The bench ends the stub; these are the safety nets if it crashes.
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(0), MAX_LIFETIME_MS).unref();
