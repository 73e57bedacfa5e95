// A local clock an hour behind: both providers reject the signature as expired and send their Date; the
// client corrects the offset, retries once, and keeps the offset for later calls.
import type { IncomingMessage } from 'node:http';
import { expect } from 'vitest';
import { aliyunClient, ctx, op, tencentClient, tencentError, tencentOk } from './context.ts';
import { fault } from './fault-table.ts';
import { json } from './fault-server.ts';

const HOUR = 3_600_000;

/** The system clock, an hour slow. */
function slowClock() {
  const { systemClock } = ctx.rt;
  return { ...systemClock, now: () => systemClock.now() - HOUR };
}

function tencentTime(req: IncomingMessage): number {
  return Number(req.headers['x-tc-timestamp']) * 1000;
}

function aliyunTime(req: IncomingMessage): number {
  return Date.parse(String(req.headers['x-acs-date']));
}

export function clockSkewCases(): void {
  fault('Tencent, local clock 1 h slow (AuthFailure.SignatureExpire)', async () => {
    ctx.server.behave((req, res) => {
      const off = Math.abs(tencentTime(req) - Date.now());
      json(res, off > 5 * 60_000 ? tencentError('AuthFailure.SignatureExpire', 'signature expired') : tencentOk());
    });
    const client = tencentClient({ clock: slowClock() });
    await client.send(op, {});
    const first = ctx.server.requests;
    await client.send(op, {});
    expect([first, ctx.server.requests - first]).toEqual([2, 1]);
    return 'first call: corrected and resent once (2 requests); next call: 1 request';
  });

  fault('Alibaba, local clock 1 h slow (InvalidTimeStamp.Expired)', async () => {
    ctx.server.behave((req, res) => {
      const off = Math.abs(aliyunTime(req) - Date.now());
      if (off > 15 * 60_000) return void json(res, { Code: 'InvalidTimeStamp.Expired', Message: 'expired', RequestId: 'r' }, 400);
      json(res, { RequestId: 'r' });
    });
    const client = aliyunClient({ clock: slowClock() });
    await client.send({ action: 'DescribeRegions' }, {});
    const first = ctx.server.requests;
    await client.send({ action: 'DescribeRegions' }, {});
    expect([first, ctx.server.requests - first]).toEqual([2, 1]);
    return 'first call: corrected and resent once (2 requests); next call: 1 request';
  });

  fault('signature-expired answer without a Date header', async () => {
    ctx.server.behave((_req, res) => {
      res.sendDate = false;
      json(res, tencentError('AuthFailure.SignatureExpire'));
    });
    const error = await tencentClient({ clock: slowClock() })
      .send(op, {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AuthFailure.SignatureExpire' });
    expect(ctx.server.requests).toBe(1);
    return 'error surfaced after 1 request (no Date to correct from)';
  });
}
