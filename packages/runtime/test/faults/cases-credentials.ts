// Credential faults: a provider that never answers, refresh counts, expired credentials.
import { expect } from 'vitest';
import { creds, ctx, op, tencentClient, tencentOk } from './context.ts';
import { described, fault } from './fault-table.ts';
import { json } from './fault-server.ts';

const HOUR = 3_600_000;

function countingProvider(expiresInMs: number) {
  let calls = 0;
  const provider = async () => {
    calls++;
    return { ...creds, securityToken: `token-${calls}`, expiresAt: Date.now() + expiresInMs };
  };
  return { provider, calls: () => calls };
}

async function hundredCalls(expiresInMs: number): Promise<number> {
  ctx.server.behave((_req, res) => json(res, tencentOk()));
  const { provider, calls } = countingProvider(expiresInMs);
  const client = tencentClient({ credentials: provider });
  for (let i = 0; i < 100; i++) await client.send(op, {});
  expect(ctx.server.requests).toBe(100);
  return calls();
}

export function credentialCases(): void {
  fault('credential provider never answers', async () => {
    ctx.server.behave((_req, res) => json(res, tencentOk()));
    let calls = 0;
    const client = tencentClient({ timeoutMs: 300, credentials: () => (calls++, new Promise(() => {})) });
    const started = performance.now();
    const error = await client.send(op, {}).catch((e: unknown) => e);
    const ms = performance.now() - started;
    expect(error).toBeInstanceOf(ctx.rt.CredentialsTimeoutError);
    expect(ms).toBeLessThan(300 + 1_000); // generous for loaded CI machines; before the fix it never ended
    await client.send(op, {}).catch(() => {});
    expect(calls).toBe(2); // the hung refresh was forgotten; the next call asked again
    expect(ctx.server.requests).toBe(0);
    return `${(error as Error).name} after ${Math.round(ms)} ms (timeout 300), next call asks again`;
  });

  fault('provider calls over 100 requests, creds valid 1 h', async () => {
    const calls = await hundredCalls(HOUR);
    expect(calls).toBe(1);
    return `${calls} provider call for 100 requests`;
  });

  fault('provider calls over 100 requests, creds inside the 5-min margin', async () => {
    const calls = await hundredCalls(4 * 60_000);
    expect(calls).toBe(1);
    return `${calls} provider call for 100 requests`;
  });

  fault('provider hands out expired credentials', async () => {
    ctx.server.behave((_req, res) => json(res, tencentOk()));
    const client = tencentClient({ credentials: async () => ({ ...creds, expiresAt: Date.now() - 60_000 }) });
    const error = await client.send(op, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ctx.rt.CredentialsError);
    expect(ctx.server.requests).toBe(0);
    return `${described(error)}; nothing sent`;
  });

  fault('fixed credentials already expired', async () => {
    ctx.server.behave((_req, res) => json(res, tencentOk()));
    const error = await tencentClient({ credentials: { ...creds, expiresAt: Date.now() - 1 } })
      .send(op, {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ctx.rt.CredentialsError);
    expect(ctx.server.requests).toBe(0);
    return `${(error as Error).name}; nothing sent`;
  });
}
