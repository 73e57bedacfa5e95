// Secret echoes: Alibaba's RPC SignatureDoesNotMatch answer repeats the server's string-to-sign, in which the
// session token is percent-encoded twice; Recommend and HostId may echo it too.
import { inspect } from 'node:util';
import type { IncomingMessage } from 'node:http';
import { expect } from 'vitest';
import { percentEncodeRfc3986 } from '../../src/signing/percent-encode.ts';
import { aliyunClient, creds, ctx } from './context.ts';
import { fault } from './fault-table.ts';
import { json } from './fault-server.ts';

/** An STS-style token with the characters that percent-encode (+ / = and a space). */
const TOKEN = 'CAIS+sts/Token==Value x9f3Kq';
const SECRET = 'ali+secret/key=0000';

/** What Alibaba computes from the request: METHOD&%2F&encode(sorted query without Signature). */
function serverStringToSign(req: IncomingMessage): string {
  const query = (req.url ?? '').split('?')[1] ?? '';
  const pairs = query.split('&').filter((pair) => !pair.startsWith('Signature='));
  return `${req.method}&%2F&${percentEncodeRfc3986(pairs.sort().join('&'))}`;
}

export function renderings(error: unknown): string[] {
  return [String(error), JSON.stringify(error), inspect(error, { depth: Infinity, showHidden: true }), (error as Error).stack ?? ''];
}

export function secretCases(): void {
  fault('Alibaba RPC SignatureDoesNotMatch echoes the token twice-encoded', async () => {
    ctx.server.behave((req, res) => {
      const stringToSign = serverStringToSign(req);
      json(
        res,
        {
          Code: 'SignatureDoesNotMatch',
          Message: `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
          RequestId: 'req-sig',
          HostId: `ecs.aliyuncs.com?SecurityToken=${TOKEN}`,
          Recommend: `https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&token=${encodeURIComponent(TOKEN)}`,
        },
        400,
      );
    });
    const client = aliyunClient({ signatureMethod: 'rpc-v2', credentials: { ...creds, accessKeySecret: SECRET, securityToken: TOKEN } });
    const error = await client.send({ action: 'DescribeInstances' }, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'CloudApiError', code: 'SignatureDoesNotMatch' });
    const twice = percentEncodeRfc3986(percentEncodeRfc3986(TOKEN));
    expect((error as Error).message).toContain('SecurityToken%3D[REDACTED]'); // the echo is there, the token is not
    for (const text of renderings(error)) {
      for (const form of [TOKEN, encodeURIComponent(TOKEN), percentEncodeRfc3986(TOKEN), twice, SECRET]) expect(text).not.toContain(form);
    }
    return 'token scrubbed (raw, once, twice) from message, HostId, Recommend, toString, toJSON, inspect';
  });
}
