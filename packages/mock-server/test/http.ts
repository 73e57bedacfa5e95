// A raw node:http client for the tests: full control over method, target form, Host header and body.
import { request } from 'node:http';
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface RawRequest {
  method?: string;
  /** Origin-form `/…` or absolute-form `http://host/…` (the server acting as a proxy). */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export function send(port: number, options: RawRequest = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Writes bytes on a fresh socket and collects everything until the server closes it. */
export function sendBytes(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.end(bytes);
  });
}

export const tatHeaders = (action = 'DescribeInvocations'): Record<string, string> => ({
  host: 'tat.tencentcloudapi.com',
  'content-type': 'application/json',
  'x-tc-action': action,
  'x-tc-version': '2020-10-28',
  'x-tc-region': 'ap-guangzhou',
});

export function json(answer: RawAnswer): Record<string, any> {
  return JSON.parse(answer.text) as Record<string, any>;
}
