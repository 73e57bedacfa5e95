// The checks every generated validators.gen.ts calls (and the mock engine shares), written once here instead of
// emitted into each package. They read values the way the services do: null/undefined skip value checks, ''
// counts as missing, query strings carry numbers and booleans as text.
import { ValidationError } from './errors.ts';

/** A request's parameters, or an object element inside them. */
export type RequestParams = Record<string, unknown>;

/** Throws the ValidationError for one broken constraint: where (`path`), which, its limit and the value given. */
export type ValidationFail = (path: string, constraint: string, limit: unknown, value: unknown) => never;

/** The `fail` a validator of `action` reports through. */
export function validationFailure(action: string): ValidationFail {
  return (path, constraint, limit, value) => {
    throw new ValidationError({ action, path, constraint, limit, value });
  };
}

/** An object that is neither null nor a list. */
export function isRecord(value: unknown): value is RequestParams {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The input as parameters; anything but an object fails at path `(input)`. */
export function asRequestParams(input: unknown, fail: ValidationFail): RequestParams {
  if (!isRecord(input)) fail('(input)', 'type', 'object', input);
  return input;
}

/** The service rejects members a closed object does not define (`at`: where the object sits, '' for the request). */
export function rejectUnknownMembers(object: RequestParams, known: readonly string[], fail: ValidationFail, at = ''): void {
  for (const [name, value] of Object.entries(object)) {
    if (value !== undefined && !known.includes(name)) fail(at === '' ? name : `${at}.${name}`, 'additionalProperties', known, value);
  }
}

/** Missing as the services see it: absent, null or ''. */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** Elements of a list with their index; none when the value is not a list (its type check reports that). */
export function listEntries(value: unknown): Array<[number, unknown]> {
  return Array.isArray(value) ? [...value.entries()] : [];
}

/** Object elements of a list with their index; other elements are the type check's business. */
export function listRecords(value: unknown): Array<[number, RequestParams]> {
  return listEntries(value).filter((entry): entry is [number, RequestParams] => isRecord(entry[1]));
}

/** Query strings carry numbers and booleans as text, so `10` and `"10"` both match 10. */
export function isOneOf(value: unknown, allowed: ReadonlyArray<string | number | boolean>): boolean {
  return allowed.some((item) => item === value || String(item) === String(value));
}

/** A filter value passes when its filter's name has no closed value list, or the value is on it. */
export function isFilterValue(name: unknown, value: unknown, lists: ReadonlyMap<string, readonly string[]>): boolean {
  const allowed = typeof name === 'string' ? lists.get(name) : undefined;
  return allowed === undefined || isOneOf(value, allowed);
}

/** True when element `index` of `list` repeats the `key` member of an earlier element (absent members never clash). */
export function repeatsEarlierKey(list: unknown, index: number, key: string): boolean {
  const items: unknown[] = Array.isArray(list) ? list : [];
  const item = items[index];
  const value = isRecord(item) ? item[key] : undefined;
  return isPresent(value) && items.slice(0, index).some((earlier) => isRecord(earlier) && earlier[key] === value);
}
