// Checks a request against the operation's documented limits, in the model's order, and reports the first
// broken one: the real services answer one error per request.
import type { Constraint } from '@cloudexec/runtime/model';
import { isOneOf } from '@cloudexec/runtime/wire';
import { decodeToken } from './paginate.ts';
import { isPresent, isRecord, valuesAtPath } from './param-path.ts';

export interface Violation {
  constraint: Constraint;
  /** Our own wording; the client only relies on the code and status. */
  message: string;
}

/**
 * `implicit`: top-level parameters the engine adds itself (Tencent's Region, read from X-TC-Region), which a
 * closed request schema does not list but which the caller did not send as operation parameters.
 */
export function findViolation(params: Record<string, unknown>, constraints: readonly Constraint[], implicit: readonly string[] = []): Violation | undefined {
  for (const constraint of constraints) {
    const message = check(params, constraint, implicit);
    if (message !== undefined) return { constraint, message };
  }
  return undefined;
}

function check(params: Record<string, unknown>, c: Constraint, implicit: readonly string[]): string | undefined {
  switch (c.kind) {
    case 'mutuallyExclusive': {
      const given = c.paths.filter((path) => valuesAtPath(params, path).some(isPresent));
      return given.length > 1 ? `Parameters ${given.join(' and ')} cannot be specified together.` : undefined;
    }
    case 'additionalProperties':
      return unknownMember(params, c.path, c.path === '' ? [...c.allowed, ...implicit] : c.allowed);
    case 'required':
      return valuesAtPath(params, c.path).some((v) => !isPresent(v)) ? `The required parameter ${c.path} is missing.` : undefined;
    default:
      for (const value of valuesAtPath(params, c.path).filter((v) => v !== undefined && v !== null)) {
        const problem = checkValue(value, c);
        if (problem !== undefined) return `Parameter ${c.path} ${problem}.`;
      }
      return undefined;
  }
}

function checkValue(value: unknown, c: Exclude<Constraint, { kind: 'required' | 'mutuallyExclusive' | 'additionalProperties' }>): string | undefined {
  switch (c.kind) {
    case 'type':
      return hasType(value, c.type) ? undefined : `must be of type ${c.type}`;
    case 'minimum':
      return typeof value === 'number' && value < c.limit ? `must be at least ${c.limit}` : undefined;
    case 'maximum':
      return typeof value === 'number' && value > c.limit ? `must be at most ${c.limit}` : undefined;
    case 'minItems':
      return Array.isArray(value) && value.length < c.limit ? `needs at least ${c.limit} items` : undefined;
    case 'maxItems':
      return Array.isArray(value) && value.length > c.limit ? `accepts at most ${c.limit} items` : undefined;
    case 'minLength':
      return typeof value === 'string' && [...value].length < c.limit ? `needs at least ${c.limit} characters` : undefined;
    case 'maxLength':
      return typeof value === 'string' && [...value].length > c.limit ? `accepts at most ${c.limit} characters` : undefined;
    case 'enum':
      return isOneOf(value, c.values) ? undefined : `must be one of ${c.values.join(', ')}`;
    case 'filterName':
      return Array.isArray(value) ? unknownFilterName(value, c.names) : undefined;
    case 'filterValue':
      return Array.isArray(value) ? unlistedFilterValue(value, c.values) : undefined;
    case 'uniqueKeys':
      return Array.isArray(value) ? repeatedKey(value, c.key) : undefined;
    case 'token':
      // Tokens this engine issues decode to an offset (paginate.ts); anything else was never issued.
      return isPresent(value) && decodeToken(value) === undefined ? 'is not a token this service issued' : undefined;
  }
}

/** Members of the object(s) at `path` ('' = the request) that are not allowed; undefined members were not sent. */
function unknownMember(params: Record<string, unknown>, path: string, allowed: readonly string[]): string | undefined {
  const objects = path === '' ? [params] : valuesAtPath(params, path).filter(isRecord);
  for (const object of objects) {
    const unknown = Object.keys(object).find((name) => object[name] !== undefined && !allowed.includes(name));
    if (unknown !== undefined) return `The parameter ${path === '' ? unknown : `${path}.${unknown}`} is not defined by this action.`;
  }
  return undefined;
}

function unknownFilterName(filters: unknown[], names: readonly string[]): string | undefined {
  for (const filter of filters) {
    const name = isRecord(filter) ? filter['Name'] : undefined;
    if (typeof name !== 'string' || !names.includes(name)) {
      return `has an unsupported filter name ${JSON.stringify(name)}; supported: ${names.join(', ')}`;
    }
  }
  return undefined;
}

function unlistedFilterValue(filters: unknown[], lists: Readonly<Record<string, readonly string[]>>): string | undefined {
  for (const filter of filters) {
    if (!isRecord(filter) || typeof filter['Name'] !== 'string' || !Object.hasOwn(lists, filter['Name'])) continue;
    const allowed = lists[filter['Name']] ?? [];
    const values = Array.isArray(filter['Values']) ? filter['Values'] : [];
    const bad = values.find((value) => value !== undefined && value !== null && !isOneOf(value, allowed));
    if (bad !== undefined) return `has value ${JSON.stringify(bad)} for filter ${filter['Name']}; supported: ${allowed.join(', ')}`;
  }
  return undefined;
}

function repeatedKey(items: unknown[], key: string): string | undefined {
  const seen = new Set<unknown>();
  for (const item of items) {
    const value = isRecord(item) ? item[key] : undefined;
    if (!isPresent(value)) continue;
    if (seen.has(value)) return `repeats ${key} ${JSON.stringify(value)}`;
    seen.add(value);
  }
  return undefined;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
    default:
      return typeof value === type;
  }
}
