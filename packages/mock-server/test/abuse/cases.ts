// The abuse run's request kinds, each a fast-check arbitrary of concrete requests: valid calls through our
// generated clients (signed, checked against the default dataset) mixed with hostile ones over raw sockets.
import { EcsClient } from '@cloudexec/aliyun-ecs';
import { TatClient } from '@cloudexec/tencent-tat';
import fc from 'fast-check';
import { createDefaultDataset } from '../../src/default-dataset.ts';
import { bodyOf, sendRaw, type RawOutcome, type RawSend } from './raw-client.ts';

export const ABUSE_KEY = { accessKeyId: 'AKIDabuse', accessKeySecret: 'abuse-secret' };

/** Limits the abuse server runs with: the defaults, except timeouts short enough for a test. */
export const ABUSE_SERVER_ARGS = ['--header-timeout-ms', '1000', '--body-timeout-ms', '1000'];

export interface CaseResult {
  kind: string;
  outcome: RawOutcome['outcome'];
  ms: number;
  /** What went wrong, when the answer is not the one this kind must get. */
  problem?: string;
}

export interface AbuseCase {
  kind: string;
  run(port: number): Promise<CaseResult>;
}

const dataset = createDefaultDataset();
const firstTatInvocation = String((dataset['tencent-tat']!.DescribeInvocations![0] as { InvocationId: string }).InvocationId);
const firstEcsInvocation = String((dataset['aliyun-ecs']!.DescribeInvocations![0] as { InvokeId: string }).InvokeId);

const TAT = 'tat.tencentcloudapi.com';
const ECS = 'ecs.cn-hangzhou.aliyuncs.com';
const ECS_QUERY = 'Action=DescribeInvocations&Version=2014-05-26&RegionId=cn-hangzhou';

function tatPost(body: string | Buffer, extra = ''): string {
  const length = Buffer.byteLength(body);
  return `POST / HTTP/1.1\r\nhost: ${TAT}\r\ncontent-type: application/json\r\nx-tc-action: DescribeInvocations\r\nx-tc-version: 2020-10-28\r\nx-tc-region: ap-guangzhou\r\n${extra}content-length: ${length}\r\nconnection: close\r\n\r\n`;
}

function ecsGet(query: string): string {
  return `GET /?${ECS_QUERY}&${query} HTTP/1.1\r\nhost: ${ECS}\r\nconnection: close\r\n\r\n`;
}

/** A hostile request must get a 4xx (or, for slow clients, a closed socket) quickly, never a 5xx or a hang. */
function hostile(kind: string, send: RawSend, accept: (outcome: RawOutcome) => string | undefined): AbuseCase {
  return {
    kind,
    run: async (port) => {
      const result = await sendRaw(port, send);
      const bad =
        typeof result.outcome === 'number' && result.outcome >= 500
          ? `server error ${result.outcome}`
          : result.outcome === 'timeout'
            ? 'no answer'
            : accept(result);
      return { kind, outcome: result.outcome, ms: result.ms, problem: bad };
    },
  };
}

const status =
  (...allowed: (number | 'closed')[]) =>
  (result: RawOutcome): string | undefined =>
    allowed.includes(result.outcome as number | 'closed') ? undefined : `expected ${allowed.join('/')}, got ${result.outcome}`;

/** Tencent answers errors with HTTP 200 and `Response.Error`; a limit rejection by the server is a 4xx. */
const tencentError = (result: RawOutcome): string | undefined => {
  if (typeof result.outcome === 'number' && result.outcome >= 400 && result.outcome < 500) return undefined;
  return bodyOf(result.text)?.Response?.Error?.Code ? undefined : `expected a Tencent error, got ${result.outcome}`;
};

const TIMEOUT = 8_000;

function valid(kind: string, call: (port: number) => Promise<string | undefined>): AbuseCase {
  return {
    kind,
    run: async (port) => {
      const started = performance.now();
      try {
        const problem = await Promise.race([call(port), new Promise<string>((resolve) => setTimeout(() => resolve('no answer'), TIMEOUT).unref())]);
        return { kind, outcome: problem === 'no answer' ? 'timeout' : 200, ms: performance.now() - started, problem };
      } catch (error) {
        return { kind, outcome: 'closed', ms: performance.now() - started, problem: (error as Error).message.slice(0, 120) };
      }
    },
  };
}

const clientOptions = (port: number) => ({ endpoint: `http://127.0.0.1:${port}`, allowInsecureHttp: true, credentials: ABUSE_KEY, retry: { maxAttempts: 1 } });

export const caseArbitrary: fc.Arbitrary<AbuseCase> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constant(
      valid('valid TAT DescribeInvocations', async (port) => {
        const page = await new TatClient({ ...clientOptions(port), region: 'ap-guangzhou' }).describeInvocations({ Limit: 1 });
        const got = page.InvocationSet?.[0]?.InvocationId;
        return got === firstTatInvocation ? undefined : `wrong answer ${String(got)}`;
      }),
    ),
  },
  {
    weight: 6,
    arbitrary: fc.constantFrom('acs3', 'rpc-v2').map((signatureMethod) =>
      valid(`valid ECS DescribeInvocations (${signatureMethod})`, async (port) => {
        const page = await new EcsClient({ ...clientOptions(port), region: 'cn-hangzhou', signatureMethod }).describeInvocations({ MaxResults: 1 });
        const got = page.Invocations?.Invocation?.[0]?.InvokeId;
        return got === firstEcsInvocation ? undefined : `wrong answer ${String(got)}`;
      }),
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 100_000, max: 2_000_000_000 })
      .map((index) => hostile('huge list index (query)', { head: ecsGet(`Tag.${index}.Key=a`), timeoutMs: TIMEOUT }, status(400))),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 100_000, max: 2_000_000_000 }).map((index) =>
      hostile(
        'huge list index (form)',
        {
          head: `POST /?${ECS_QUERY} HTTP/1.1\r\nhost: ${ECS}\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: ${`InstanceId.${index}=i`.length}\r\nconnection: close\r\n\r\nInstanceId.${index}=i`,
          timeoutMs: TIMEOUT,
        },
        status(400),
      ),
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 2_000, max: 20_000 })
      .map((depth) =>
        hostile('deeply nested key', { head: ecsGet(`${Array.from({ length: depth }, () => 'a').join('.')}=1`), timeoutMs: TIMEOUT }, status(400, 414, 431)),
      ),
  },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 5_000, max: 200_000 }).map((depth) => {
      const body = `{"Limit":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      return hostile('deeply nested JSON', { head: tatPost(body) + body, timeoutMs: TIMEOUT }, status(400));
    }),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 5_000, max: 20_000 }).map((count) => {
      const body = Array.from({ length: count }, (_, i) => `K${i}=v`).join('&');
      return hostile(
        'too many parameters',
        {
          head: `POST /?${ECS_QUERY} HTTP/1.1\r\nhost: ${ECS}\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
          timeoutMs: TIMEOUT,
        },
        status(400),
      );
    }),
  },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 2, max: 8 }).map((mib) => {
      // Announces the whole size but sends only the first 64 KiB: a server reading the rest would wait.
      const size = mib * 1024 * 1024;
      return hostile(
        'oversized body',
        { head: Buffer.concat([Buffer.from(tatPost(Buffer.alloc(size))), Buffer.alloc(64 * 1024, 0x20)]), timeoutMs: TIMEOUT },
        status(413),
      );
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constant(
      hostile(
        'slow body (1 byte per 200 ms)',
        { head: tatPost('{"Limit":1}'.padEnd(200, ' ')), drip: { chunks: Array.from({ length: 200 }, () => ' '), everyMs: 200 }, timeoutMs: TIMEOUT },
        status(408, 'closed'),
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constant(
      hostile(
        'slow headers',
        { head: 'GET / HTTP/1.1\r\n', drip: { chunks: Array.from({ length: 200 }, (_, i) => `x-h${i}: v\r\n`), everyMs: 200 }, timeoutMs: TIMEOUT },
        status(408, 'closed'),
      ),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.string({ maxLength: 40 }).map((text) => {
      const body = `{"Limit":${text}`;
      return hostile('malformed JSON', { head: tatPost(body) + body, timeoutMs: TIMEOUT }, tencentError);
    }),
  },
  {
    weight: 2,
    arbitrary: fc.stringMatching(/^[0-9a-f]{64}$/).map((signature) =>
      hostile(
        'bad signature',
        {
          head:
            tatPost(
              '{}',
              `authorization: TC3-HMAC-SHA256 Credential=${ABUSE_KEY.accessKeyId}/2026-01-01/tat/tc3_request, SignedHeaders=content-type;host, Signature=${signature}\r\nx-tc-timestamp: ${Math.floor(Date.now() / 1000)}\r\n`,
            ) + '{}',
          timeoutMs: TIMEOUT,
        },
        tencentError,
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .stringMatching(/^[a-z]{1,12}\.example$/)
      .map((host) => hostile('unknown host', { head: `GET / HTTP/1.1\r\nhost: ${host}\r\nconnection: close\r\n\r\n`, timeoutMs: TIMEOUT }, status(404))),
  },
  {
    weight: 1,
    arbitrary: fc
      .stringMatching(/^[A-Z][a-zA-Z]{1,20}$/)
      .map((action) => hostile('unknown action', { head: ecsGet('').replace('DescribeInvocations', `X${action}`), timeoutMs: TIMEOUT }, status(400, 403, 404))),
  },
  {
    weight: 2,
    arbitrary: fc
      .uint8Array({ minLength: 1, maxLength: 4096 })
      .map((bytes) =>
        hostile('binary garbage', { head: Buffer.concat([Buffer.from(bytes), Buffer.from('\r\n\r\n')]), timeoutMs: TIMEOUT }, status(400, 'closed')),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 2_000, max: 20_000 }).map((count) =>
      hostile(
        'header flood',
        {
          head: `GET /?${ECS_QUERY} HTTP/1.1\r\nhost: ${ECS}\r\n${Array.from({ length: count }, (_, i) => `x-flood-${i}: ${'v'.repeat(8)}\r\n`).join('')}\r\n`,
          timeoutMs: TIMEOUT,
        },
        status(431, 400, 'closed'),
      ),
    ),
  },
);
