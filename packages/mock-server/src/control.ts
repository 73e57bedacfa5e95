// The control endpoint on the server's own host (`/__cloudexec/...`): moves the execution clock, sets scenarios,
// resets state and shows it, for programs in any language that test against the standalone mock. Bodies are
// small JSON objects (at most CONTROL_MAX_BODY_BYTES); anything malformed gets a 4xx naming the problem.
import { checkScenario, type MockService } from '@cloudexec/mock';
import { plainError, type PlainAnswer } from './answers.ts';
import { isProviderId, type ProviderId } from './providers.ts';

export const CONTROL_PREFIX = '/__cloudexec/';
export const CONTROL_MAX_BODY_BYTES = 16 * 1024;
/** The longest single advance: a year of simulated time, far beyond any documented timeout. */
const MAX_ADVANCE_MS = 366 * 24 * 3600 * 1000;

export interface ControlTarget {
  services: ReadonlyMap<ProviderId, MockService>;
  reset(): void;
}

export function isControlPath(pathname: string): boolean {
  return pathname.startsWith(CONTROL_PREFIX);
}

export function answerControl(target: ControlTarget, method: string, pathname: string, body: Buffer): PlainAnswer {
  const route = pathname.slice(CONTROL_PREFIX.length);
  const expected = route === 'state' ? 'GET' : 'POST';
  if (!['advance', 'scenario', 'reset', 'state'].includes(route)) {
    return plainError(404, 'UnknownControl', `no control ${pathname}; use advance, scenario, reset or state under ${CONTROL_PREFIX}`);
  }
  if (method !== expected)
    return { ...plainError(405, 'MethodNotAllowed', `${pathname} takes ${expected}`), headers: { 'content-type': 'application/json', allow: expected } };
  if (route === 'state') return ok(state(target));
  if (route === 'reset') {
    target.reset();
    return ok({ reset: true, ...clockOf(target) });
  }
  const parsed = parseObject(body);
  if (typeof parsed === 'string') return plainError(400, 'BadControlBody', parsed);
  if (route === 'advance') {
    const ms = parsed['ms'];
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_ADVANCE_MS) {
      return plainError(400, 'BadControlBody', `ms must be a number of milliseconds from 0 to ${MAX_ADVANCE_MS}`);
    }
    for (const service of target.services.values()) service.executions.advance(ms);
    return ok(clockOf(target));
  }
  const { service, target: id, ...scenario } = parsed;
  if (service !== undefined && (typeof service !== 'string' || !isProviderId(service))) {
    return plainError(400, 'BadControlBody', `service must be one of ${[...target.services.keys()].join(', ')}`);
  }
  try {
    checkScenario(id, scenario);
  } catch (error) {
    return plainError(400, 'BadControlBody', (error as Error).message);
  }
  const chosen = service === undefined ? [...target.services.values()] : [target.services.get(service as ProviderId) as MockService];
  for (const each of chosen) each.executions.scenario(id as string, scenario);
  return ok({ scenario: { target: id, ...scenario }, services: service === undefined ? [...target.services.keys()] : [service] });
}

function state(target: ControlTarget): Record<string, unknown> {
  const services = Object.fromEntries([...target.services].map(([id, service]) => [id, { executions: service.executions.list() }]));
  return { ...clockOf(target), services };
}

function clockOf(target: ControlTarget): { now: number; time: string } {
  const [first] = target.services.values();
  const now = first ? first.executions.now() : Date.now();
  return { now, time: new Date(now).toISOString() };
}

function parseObject(body: Buffer): Record<string, unknown> | string {
  if (body.length > CONTROL_MAX_BODY_BYTES) return `the body exceeds ${CONTROL_MAX_BODY_BYTES} bytes`;
  try {
    const parsed: unknown = JSON.parse(body.length === 0 ? '{}' : body.toString('utf8'));
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    return 'the body is not JSON';
  }
  return 'the body must be a JSON object';
}

function ok(value: Record<string, unknown>): PlainAnswer {
  return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}
