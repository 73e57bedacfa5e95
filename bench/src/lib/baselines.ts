// Floors for context: one bare request with node:http (keep-alive agent) and with global fetch, no
// signing and no parsing beyond JSON.parse.
import { Agent, request } from 'node:http';
import type { Call, ClientUnderTest } from './client-types.ts';

const headers = { 'x-tc-action': 'DescribeInvocations', 'content-type': 'application/json' };

function bareNode(port: number): Call {
  const agent = new Agent({ keepAlive: true });
  return () =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')).Response.TotalCount));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end('{}');
    });
}

function bareFetch(port: number): Call {
  return async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers, body: '{}' });
    return ((await response.json()) as { Response: { TotalCount: number } }).Response.TotalCount;
  };
}

export const baselines: ClientUnderTest[] = [
  { api: 'tat', name: 'floor: bare node:http request', official: false, create: bareNode },
  { api: 'tat', name: 'floor: bare fetch', official: false, create: bareFetch },
];
