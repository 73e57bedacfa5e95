// The smoke test's request mix: valid calls for each provider and each kind of malformed input, with what a
// well-formed answer to each looks like.
import { type Agent, request } from 'node:http';
import { sendBytes, tatHeaders } from './http.ts';

export interface Outcome {
  status: number;
  /** Provider error code, our `error` field, or undefined for a success. */
  code: string | undefined;
}

export interface SmokeCase {
  name: string;
  run(port: number, agent: Agent): Promise<Outcome>;
  expected: Outcome;
}

const TAT_BODY = JSON.stringify({ Limit: 5, Offset: 10 });

function http(method: string, path: string, headers: Record<string, string>, body?: string | Buffer): SmokeCase['run'] {
  return (port, agent) =>
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path, headers, agent, timeout: 10_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(outcomeOf(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 10 s`)));
      req.on('error', reject);
      req.end(body);
    });
}

/** Parses an answer strictly: it must be JSON in one of the three known shapes. */
export function outcomeOf(status: number, text: string): Outcome {
  const body = JSON.parse(text) as { Response?: { Error?: { Code: string }; RequestId?: string }; RequestId?: string; Code?: string; error?: string };
  if (body.Response) {
    if (typeof body.Response.RequestId !== 'string') throw new Error(`Tencent envelope without RequestId: ${text.slice(0, 200)}`);
    return { status, code: body.Response.Error?.Code };
  }
  if (typeof body.RequestId === 'string') return { status, code: body.Code };
  if (typeof body.error === 'string') return { status, code: body.error };
  throw new Error(`unrecognised answer: ${text.slice(0, 200)}`);
}

function raw(bytes: string | Buffer): SmokeCase['run'] {
  return async (port) => {
    const text = await sendBytes(port, bytes);
    const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(text)?.[1] ?? 0);
    return outcomeOf(status, text.slice(text.indexOf('\r\n\r\n') + 4));
  };
}

const ecsQuery = '/?Action=DescribeInvocations&Version=2014-05-26&RegionId=cn-hangzhou&PageSize=5';

export const SMOKE_CASES: SmokeCase[] = [
  { name: 'tat by Host', run: http('POST', '/', tatHeaders(), TAT_BODY), expected: { status: 200, code: undefined } },
  {
    name: 'tat via proxy',
    run: http(
      'POST',
      'http://tat.ap-guangzhou.tencentcloudapi.com/',
      { ...tatHeaders('DescribeInvocationTasks'), host: 'tat.ap-guangzhou.tencentcloudapi.com' },
      '{}',
    ),
    expected: { status: 200, code: undefined },
  },
  {
    name: 'batch GET',
    run: http('GET', '/?JobId=job-97zcl3wt&TaskName=A&Limit=3', {
      ...tatHeaders('DescribeTask'),
      host: 'batch.tencentcloudapi.com',
      'x-tc-version': '2017-03-12',
      'content-type': 'application/x-www-form-urlencoded',
    }),
    expected: { status: 200, code: undefined },
  },
  { name: 'ecs local', run: http('GET', ecsQuery, {}), expected: { status: 200, code: undefined } },
  {
    name: 'swas by Host',
    run: http('POST', '/?Action=DescribeInvocations&Version=2020-06-01&RegionId=cn-hangzhou&InstanceId=i', { host: 'swas.cn-hangzhou.aliyuncs.com' }),
    expected: { status: 200, code: undefined },
  },
  { name: 'unknown action', run: http('POST', '/', tatHeaders('LaunchRocket'), '{}'), expected: { status: 200, code: 'InvalidAction' } },
  { name: 'unknown host', run: http('GET', '/', { host: 'unknown.example' }), expected: { status: 404, code: 'UnknownHost' } },
  { name: 'bad json', run: http('POST', '/', tatHeaders(), '{"Limit":'), expected: { status: 200, code: 'InvalidParameter' } },
  {
    name: 'wrong content type',
    run: http('POST', '/', { ...tatHeaders(), 'content-type': 'text/plain' }, 'hello'),
    expected: { status: 200, code: 'InvalidParameter' },
  },
  { name: 'limit over max', run: http('POST', '/', tatHeaders(), '{"Limit":101}'), expected: { status: 200, code: 'InvalidParameterValue.LimitExceeded' } },
  { name: 'ecs page size over max', run: http('GET', `${ecsQuery}1`, {}), expected: { status: 400, code: 'InvalidParam.PageSize' } },
  {
    name: 'garbage bytes',
    run: raw(Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a])),
    expected: { status: 400, code: 'BadRequest' },
  },
  { name: 'method TRACE', run: http('TRACE', ecsQuery, { host: 'ecs.aliyuncs.com' }), expected: { status: 403, code: 'UnsupportedHTTPMethod' } },
];

export const OVERSIZED: SmokeCase = {
  name: 'oversized body',
  run: http('POST', '/', tatHeaders(), Buffer.alloc(1024 * 1024 + 1, 0x20)),
  // A server limit: the Tencent error shape, with the HTTP status of the refusal (the engine alone would say 200).
  expected: { status: 413, code: 'RequestSizeLimitExceeded' },
};

/** `count` cases, deterministic: the regular mix in turn, an oversized body every 50th request. */
export function smokePlan(count: number): SmokeCase[] {
  return Array.from({ length: count }, (_, index) => (index % 50 === 49 ? OVERSIZED : SMOKE_CASES[index % SMOKE_CASES.length]!));
}
