// The control endpoint: advance, scenario, reset and state on the server's own host; bounded bodies and 4xx on
// bad input; state per server instance; --speed multiplies wall time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../src/server.ts';
import { send } from './http.ts';

const T0 = Date.UTC(2026, 0, 2);
const post = (server: MockServer, route: string, body: unknown) =>
  send(server.port, {
    method: 'POST',
    path: `/__cloudexec/${route}`,
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const parsed = (text: string) => JSON.parse(text) as Record<string, any>;

describe('control endpoint', () => {
  let one: MockServer;
  let two: MockServer;
  beforeAll(async () => {
    one = await startMockServer({ now: () => T0, dataset: false });
    two = await startMockServer({ now: () => T0, dataset: false });
  });
  afterAll(async () => {
    await one.close({ graceMs: 0 });
    await two.close({ graceMs: 0 });
  });

  it('advances the clock of every service of this server only, and reset puts it back', async () => {
    const answer = await post(one, 'advance', { ms: 1500 });
    expect(answer.status).toBe(200);
    expect(parsed(answer.text)).toEqual({ now: T0 + 1500, time: '2026-01-02T00:00:01.500Z' });
    for (const service of Object.values(one.services)) expect(service.executions.now()).toBe(T0 + 1500);
    expect(parsed((await send(two.port, { path: '/__cloudexec/state' })).text)['now']).toBe(T0);
    expect(parsed((await post(one, 'reset', {})).text)).toMatchObject({ reset: true, now: T0 });
  });

  it('sets a scenario on one service or all, and shows the state', async () => {
    const answer = await post(one, 'scenario', { service: 'tencent-tat', target: 'ins-off00001', outcome: 'agent-offline' });
    expect(answer.status).toBe(200);
    expect(parsed(answer.text)).toEqual({ scenario: { target: 'ins-off00001', outcome: 'agent-offline' }, services: ['tencent-tat'] });
    expect(parsed((await post(one, 'scenario', { target: '*', exitCode: 2 })).text)['services']).toHaveLength(4);
    const state = parsed((await send(one.port, { path: '/__cloudexec/state' })).text);
    expect(Object.keys(state['services']).sort()).toEqual(['aliyun-ecs', 'aliyun-swas', 'tencent-batch', 'tencent-tat']);
    expect(state['services']['tencent-tat']).toEqual({ executions: [] });
  });

  it.each([
    ['advance', { ms: -1 }, 400, /ms must be a number/],
    ['advance', { ms: 'soon' }, 400, /ms must be a number/],
    ['advance', '{not json', 400, /not JSON/],
    ['advance', '[1]', 400, /JSON object/],
    ['scenario', { target: 'x', outcome: 'explode' }, 400, /outcome is one of/],
    ['scenario', { outcome: 'fail' }, 400, /needs a target/],
    ['scenario', { target: 'x', service: 'aws-ssm' }, 400, /service must be one of/],
    ['scenario', { target: 'x', colour: 'red' }, 400, /unknown scenario member colour/],
    ['nothing', {}, 404, /use advance, scenario, reset or state/],
  ])('refuses %s %j with %i', async (route, body, status, message) => {
    const answer = await post(one, route, body);
    expect(answer.status).toBe(status);
    expect(parsed(answer.text)['message']).toMatch(message);
  });

  it('refuses the wrong method and an oversized body', async () => {
    const wrong = await send(one.port, { path: '/__cloudexec/advance' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers['allow']).toBe('POST');
    const big = await post(one, 'scenario', { target: 'x', output: 'y'.repeat(20_000) });
    expect(big.status).toBe(413);
  });

  it('is not answered on a vendor host', async () => {
    const answer = await send(one.port, { method: 'POST', path: '/__cloudexec/reset', headers: { host: 'tat.tencentcloudapi.com' } });
    expect(answer.text).not.toContain('"reset":true');
  });
});

describe('--speed', () => {
  it('runs the execution clock that many times faster than wall time', async () => {
    let wall = T0;
    const server = await startMockServer({ now: () => wall, speed: 10, dataset: false });
    try {
      wall += 1000;
      expect(server.services['tencent-tat'].executions.now()).toBe(T0 + 10_000);
    } finally {
      await server.close({ graceMs: 0 });
    }
  });

  it('refuses a speed that is not positive', async () => {
    await expect(startMockServer({ speed: 0 })).rejects.toThrow(/speed must be a positive number/);
  });
});
