// The local helper functions a generated validators.gen.ts may call, as source text. Only the helpers the
// checks use are emitted (with the helpers they call), always in this order, so output stays stable.

/** Local helpers a validator may call, in the order they are emitted (only those used are). */
const HELPERS: Record<string, string> = {
  failure: `function failure(action: string): Fail {
  return (path, constraint, limit, value) => {
    throw new ValidationError({ action, path, constraint, limit, value });
  };
}`,
  isRecord: `function isRecord(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}`,
  asParams: `function asParams(input: unknown, fail: Fail): Params {
  if (!isRecord(input)) fail('(input)', 'type', 'object', input);
  return input;
}`,
  rejectUnknown: `/** The service rejects members a closed object does not define (\`at\`: where the object sits, '' for the request). */
function rejectUnknown(object: Params, known: readonly string[], fail: Fail, at = ''): void {
  for (const [name, value] of Object.entries(object)) {
    if (value !== undefined && !known.includes(name)) fail(at === '' ? name : \`\${at}.\${name}\`, 'additionalProperties', known, value);
  }
}`,
  isPresent: `/** Missing as the services see it: absent, null or ''. */
function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}`,
  entries: `/** Elements of a list with their index; none when the value is not a list (its type check reports that). */
function entries(value: unknown): Array<[number, unknown]> {
  return Array.isArray(value) ? [...value.entries()] : [];
}`,
  records: `/** Object elements of a list with their index; other elements are the type check's business. */
function records(value: unknown): Array<[number, Params]> {
  return entries(value).filter((entry): entry is [number, Params] => isRecord(entry[1]));
}`,
  isOneOf: `/** Query strings carry numbers and booleans as text, so \`10\` and \`"10"\` both match 10. */
function isOneOf(value: unknown, allowed: ReadonlyArray<string | number | boolean>): boolean {
  return allowed.some((item) => item === value || String(item) === String(value));
}`,
  isFilterValue: `/** A filter value passes when its filter's name has no closed value list, or the value is on it. */
function isFilterValue(name: unknown, value: unknown, lists: ReadonlyMap<string, readonly string[]>): boolean {
  const allowed = typeof name === 'string' ? lists.get(name) : undefined;
  return allowed === undefined || isOneOf(value, allowed);
}`,
  repeatsEarlierKey: `/** True when element \`index\` of \`list\` repeats the \`key\` member of an earlier element (absent members never clash). */
function repeatsEarlierKey(list: unknown, index: number, key: string): boolean {
  const items = Array.isArray(list) ? list : [];
  const value = isRecord(items[index]) ? items[index][key] : undefined;
  return isPresent(value) && items.slice(0, index).some((item) => isRecord(item) && item[key] === value);
}`,
};

/** Helpers that call other helpers. */
const HELPER_DEPENDENCIES: Record<string, string[]> = {
  asParams: ['isRecord'],
  records: ['entries', 'isRecord'],
  repeatsEarlierKey: ['isRecord', 'isPresent'],
  isFilterValue: ['isOneOf'],
};

/** Names a generated validator must not shadow. */
export const HELPER_NAMES: readonly string[] = Object.keys(HELPERS);

/** Source of every helper in `used` and of the helpers they call, in declaration order. */
export function helperSources(used: ReadonlySet<string>): string[] {
  const all = new Set(used);
  for (const name of used) for (const dependency of HELPER_DEPENDENCIES[name] ?? []) all.add(dependency);
  return Object.entries(HELPERS).flatMap(([name, source]) => (all.has(name) ? [source] : []));
}
