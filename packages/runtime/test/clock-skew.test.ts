// Clock-skew correction in the client core, with the fake protocol (the real ones are in test/faults).
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiClient, systemClock } from '../src/index.ts';
import { clockSkewMs } from '../src/clock-skew.ts';
import { createFakeProtocol, tatService } from './support/fake-protocol.ts';
import { useMswServer } from './support/msw.ts';
import { testCredentials } from './support/secrets.ts';

const server = useMswServer();
const TAT = 'https://tat.tencentcloudapi.com/';
const HOUR = 3_600_000;
const expired = { Response: { Error: { Code: 'AuthFailure.SignatureExpire', Message: 'expired' }, RequestId: 'r' } };

function skewedClient() {
  const protocol = { ...createFakeProtocol(), isClockSkewError: (code: string) => code === 'AuthFailure.SignatureExpire' };
  const signed: number[] = [];
  const sign = protocol.sign.bind(protocol);
  protocol.sign = (request) => (signed.push(request.date.getTime()), sign(request));
  const clock = { ...systemClock, now: () => Date.now() - HOUR };
  const client = new ApiClient({ protocol, service: tatService, credentials: testCredentials, rateLimiter: false, clock });
  return { client, signed };
}

describe('clock skew', () => {
  it('computes the offset from Date, and nothing when Date is missing, garbled or already agreed', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const headers = (date?: string) => new Headers(date ? { date } : {});
    expect(clockSkewMs(headers('Thu, 01 Jan 2026 01:00:00 GMT'), now, 0)).toBe(HOUR);
    expect(clockSkewMs(headers(), now, 0)).toBeUndefined();
    expect(clockSkewMs(headers('yesterday'), now, 0)).toBeUndefined();
    expect(clockSkewMs(headers('Thu, 01 Jan 2026 01:00:00 GMT'), now, HOUR)).toBeUndefined();
  });

  it('resends once at corrected time, keeps the offset, and does not loop when the server keeps refusing', async () => {
    let calls = 0;
    server.use(
      http.post(TAT, ({ request }) => {
        calls++;
        const signedAt = Number(request.headers.get('x-fake-timestamp')) * 1000;
        const ok = Math.abs(signedAt - Date.now()) < 5 * 60_000;
        return HttpResponse.json(ok ? { Response: { RequestId: 'ok' } } : expired, { headers: { date: new Date().toUTCString() } });
      }),
    );
    const { client, signed } = skewedClient();
    await expect(client.send({ action: 'DescribeInvocations' }, {})).resolves.toEqual({ RequestId: 'ok' });
    await client.send({ action: 'DescribeInvocations' }, {});
    expect(calls).toBe(3);
    expect(Math.abs(signed[1]! - Date.now())).toBeLessThan(5_000);

    server.use(http.post(TAT, () => (calls++, HttpResponse.json(expired, { headers: { date: new Date(Date.now() + 2 * HOUR).toUTCString() } }))));
    calls = 0;
    const fresh = skewedClient().client;
    await expect(fresh.send({ action: 'DescribeInvocations' }, {})).rejects.toMatchObject({ code: 'AuthFailure.SignatureExpire' });
    expect(calls).toBe(2); // one correction, then the error (signature-expired is not retried)
  });
});
