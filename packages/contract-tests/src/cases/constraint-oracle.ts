// The suite's own reading of the model's constraints, used to predict which limit a generated input breaks
// first (the model lists constraints in the order services check them; one error per request) and to make
// sure every "at the limit" input breaks none. Semantics as documented in runtime/model.ts: a missing parent
// list means nothing to check below it, `null`/`undefined` skip value checks, '' counts as missing for
// `required`, lengths count code points, enum values match as text.
import type { Constraint } from '@cloudexec/runtime/model';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** Values at a ParamPath; a missing leaf under an existing parent is `undefined`, a missing parent yields nothing. */
export function valuesAt(root: unknown, path: string): unknown[] {
  let nodes: unknown[] = [root];
  const segments = path.split('.');
  segments.forEach((segment, index) => {
    const leaf = index === segments.length - 1;
    const expands = segment.endsWith('[]');
    const key = expands ? segment.slice(0, -2) : segment;
    const next: unknown[] = [];
    for (const node of nodes) {
      if (!isRecord(node)) continue;
      const value = node[key];
      if (expands) {
        if (Array.isArray(value)) next.push(...value);
      } else if (value !== undefined || leaf) {
        next.push(value);
      }
    }
    nodes = next;
  });
  return nodes;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isRecord(value);
  return typeof value === type;
}

function breaksValue(value: unknown, c: Constraint): boolean {
  switch (c.kind) {
    case 'type':
      return !hasType(value, c.type);
    case 'minimum':
      return typeof value === 'number' && value < c.limit;
    case 'maximum':
      return typeof value === 'number' && value > c.limit;
    case 'minItems':
      return Array.isArray(value) && value.length < c.limit;
    case 'maxItems':
      return Array.isArray(value) && value.length > c.limit;
    case 'minLength':
      return typeof value === 'string' && [...value].length < c.limit;
    case 'maxLength':
      return typeof value === 'string' && [...value].length > c.limit;
    case 'enum':
      return !c.values.some((allowed) => String(allowed) === String(value));
    case 'filterName':
      return Array.isArray(value) && value.some((filter) => !isRecord(filter) || !c.names.includes(filter['Name'] as string));
    case 'filterValue':
      return Array.isArray(value) && value.some((filter) => isRecord(filter) && unlistedValue(filter, c.values));
    case 'uniqueKeys': {
      const keys = Array.isArray(value) ? value.filter(isRecord).map((item) => item[c.key]).filter(isPresent) : [];
      return new Set(keys).size < keys.length;
    }
    case 'token':
      // Only the service knows which tokens it issued; the suite treats any token it did not obtain as foreign.
      return isPresent(value);
    default:
      return false;
  }
}

function unlistedValue(filter: Record<string, unknown>, lists: Readonly<Record<string, readonly string[]>>): boolean {
  const name = filter['Name'];
  if (typeof name !== 'string' || !Object.hasOwn(lists, name)) return false;
  const values = Array.isArray(filter['Values']) ? filter['Values'] : [];
  return values.some((value) => value !== undefined && value !== null && !lists[name]!.some((allowed) => allowed === String(value)));
}

/** Members of the object(s) at `path` ('' = the input) outside `allowed`. */
function unknownMembers(input: Record<string, unknown>, path: string, allowed: readonly string[]): string[] {
  const objects = path === '' ? [input] : valuesAt(input, path).filter(isRecord);
  return objects.flatMap((object) => Object.keys(object).filter((name) => object[name] !== undefined && !allowed.includes(name)));
}

export function breaks(input: Record<string, unknown>, c: Constraint): boolean {
  if (c.kind === 'additionalProperties') return unknownMembers(input, c.path, c.allowed).length > 0;
  if (c.kind === 'mutuallyExclusive') return c.paths.filter((path) => valuesAt(input, path).some(isPresent)).length > 1;
  const values = valuesAt(input, c.path);
  if (c.kind === 'required') return values.some((value) => !isPresent(value));
  return values.some((value) => value !== undefined && value !== null && breaksValue(value, c));
}

/** The first constraint (in model order) `input` breaks. */
export function firstBroken(input: Record<string, unknown>, constraints: readonly Constraint[]): Constraint | undefined {
  return constraints.find((c) => breaks(input, c));
}
