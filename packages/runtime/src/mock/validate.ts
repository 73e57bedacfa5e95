// Checks a request against the operation's documented limits, in the model's order, and reports the first
// broken one: the real services answer one error per request.
import type { Constraint } from '../model.ts';
import { isPresent, isRecord, valuesAtPath } from './param-path.ts';

export interface Violation {
  constraint: Constraint;
  /** Our own wording; the client only relies on the code and status. */
  message: string;
}

export function findViolation(params: Record<string, unknown>, constraints: readonly Constraint[]): Violation | undefined {
  for (const constraint of constraints) {
    const message = check(params, constraint);
    if (message !== undefined) return { constraint, message };
  }
  return undefined;
}

function check(params: Record<string, unknown>, c: Constraint): string | undefined {
  if (c.kind === 'mutuallyExclusive') {
    const given = c.paths.filter((path) => valuesAtPath(params, path).some(isPresent));
    return given.length > 1 ? `Parameters ${given.join(' and ')} cannot be specified together.` : undefined;
  }
  const values = valuesAtPath(params, c.path);
  if (c.kind === 'required') {
    return values.some((v) => !isPresent(v)) ? `The required parameter ${c.path} is missing.` : undefined;
  }
  for (const value of values.filter((v) => v !== undefined && v !== null)) {
    const problem = checkValue(value, c);
    if (problem !== undefined) return `Parameter ${c.path} ${problem}.`;
  }
  return undefined;
}

function checkValue(value: unknown, c: Exclude<Constraint, { kind: 'required' | 'mutuallyExclusive' }>): string | undefined {
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
      return c.values.some((allowed) => allowed === value || String(allowed) === String(value))
        ? undefined
        : `must be one of ${c.values.join(', ')}`;
    case 'filterName':
      return Array.isArray(value) ? unknownFilterName(value, c.names) : undefined;
  }
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
