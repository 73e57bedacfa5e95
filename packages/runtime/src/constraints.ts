// The one reading of a documented limit. The generator emits each operation's limits as a table of
// `[rule, path, limit]` rows (validators.gen.ts); the client's validation, the mock engine and the contract
// suite's oracle all evaluate them with the rules below, so they cannot disagree. Each rule is its own export
// and a table names the rules it uses, so a client bundle carries only those. Values are read as the services
// read them: null/undefined skip value checks, '' counts as missing, lengths count code points, enum values
// match as text, a missing parent list means nothing to check below it.
import type { Constraint, ConstraintError } from './model.ts';
import { contentEncodingRule, maxContentBytesRule } from './content-rules.ts';
import {
  entriesAt,
  first,
  got,
  isOneOf,
  isPresent,
  isRecord,
  show,
  type CheckOptions,
  type ConstraintKind,
  type Found,
  type Params,
  type Rule,
} from './constraint-values.ts';

export { entriesAt, isOneOf, isPresent, isRecord, type CheckOptions, type ConstraintKind, type Found, type Rule } from './constraint-values.ts';
export { contentEncodingOf, contentEncodingRule, contentSize, maxContentBytesRule } from './content-rules.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A constraint without its error code: all a client needs to check an input. */
export type ConstraintRule = DistributiveOmit<Constraint, keyof ConstraintError>;

/**
 * One generated row: `[rule, path, limit]`. The limit is the rule's number, type, values, filter names, key or
 * allowed members; `mutuallyExclusive` rows have path '' and the exclusive paths as limit.
 */
export type ConstraintRow = readonly [rule: Rule, path: string, limit?: unknown];

/** A rule on each value at the path that is neither null nor undefined. */
function valueRule(kind: ConstraintKind, broken: (value: any, limit: any) => boolean, say: (found: Found) => string): Rule {
  return { kind, find: (input, path, limit) => first(entriesAt(input, path), (value) => value != null && broken(value, limit), limit), say };
}

function bound(kind: ConstraintKind, above: boolean): Rule {
  return valueRule(
    kind,
    (value, limit) => typeof value === 'number' && (above ? value > limit : value < limit),
    ([path, value, limit]) => `${path} must be at ${above ? 'most' : 'least'} ${String(limit)}${got(value)}`,
  );
}

/** `*Items` count list elements, `*Length` count code points; other values pass. */
function size(kind: ConstraintKind, above: boolean, items: boolean): Rule {
  const measure = (value: unknown): number | undefined =>
    items ? (Array.isArray(value) ? value.length : undefined) : typeof value === 'string' ? [...value].length : undefined;
  return valueRule(
    kind,
    (value, limit) => {
      const n = measure(value);
      return n !== undefined && (above ? n > limit : n < limit);
    },
    ([path, value, limit]) =>
      `${path} must have at ${above ? 'most' : 'least'} ${String(limit)} ${items ? 'items' : 'characters'} (got ${String(measure(value))})`,
  );
}

const oneOf = ([path, value, limit]: Found): string => `${path} must be one of ${(limit as unknown[]).join(', ')}${got(value)}`;

/** The `member` of each element of the list at `path`, addressed `List[i].member`; `records` skips non-objects. */
function members(input: Params, path: string, member: string, records: boolean): Array<[string, unknown]> {
  return entriesAt(input, `${path}[]`)
    .filter(([, item]) => !records || isRecord(item))
    .map(([at, item]) => [`${at}.${member}`, isRecord(item) ? item[member] : undefined]);
}

export const requiredRule: Rule = {
  kind: 'required',
  find: (input, path) => first(entriesAt(input, path), (value) => !isPresent(value), undefined),
  say: ([path]) => `${path} is required`,
};

const TYPE_WORDS: Record<string, string> = { integer: 'an integer', array: 'a list', object: 'an object', boolean: 'true or false' };

export const typeRule: Rule = /* @__PURE__ */ valueRule(
  'type',
  (value, type: string) =>
    !(type === 'integer'
      ? Number.isInteger(value)
      : type === 'number'
        ? Number.isFinite(value)
        : type === 'array'
          ? Array.isArray(value)
          : type === 'object'
            ? isRecord(value)
            : typeof value === type),
  ([path, value, type]) => `${path} must be ${TYPE_WORDS[type as string] ?? `a ${String(type)}`}${got(value)}`,
);
export const minimumRule: Rule = /* @__PURE__ */ bound('minimum', false);
export const maximumRule: Rule = /* @__PURE__ */ bound('maximum', true);
export const minItemsRule: Rule = /* @__PURE__ */ size('minItems', false, true);
export const maxItemsRule: Rule = /* @__PURE__ */ size('maxItems', true, true);
export const minLengthRule: Rule = /* @__PURE__ */ size('minLength', false, false);
export const maxLengthRule: Rule = /* @__PURE__ */ size('maxLength', true, false);
export const enumRule: Rule = /* @__PURE__ */ valueRule('enum', (value, values: unknown[]) => !isOneOf(value, values), oneOf);

const patterns = new Map<string, RegExp>();
/** A documented format, compiled once (`u`: JSON Schema patterns are Unicode-aware). */
function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) patterns.set(pattern, (regex = new RegExp(pattern, 'u')));
  return regex;
}

/** Strings must match the documented format (identifiers such as `job-xxxxxxxx`); other values pass. */
export const patternRule: Rule = /* @__PURE__ */ valueRule(
  'pattern',
  (value, pattern: string) => typeof value === 'string' && value !== '' && !compiled(pattern).test(value),
  ([path, value, pattern]) => `${path} is not in the documented format ${String(pattern)}${got(value)}`,
);

/** Strings must not match a pattern the page forbids (`not: {pattern}`: tag keys starting `aliyun` or `acs:`). */
export const notPatternRule: Rule = /* @__PURE__ */ valueRule(
  'notPattern',
  (value, pattern: string) => typeof value === 'string' && value !== '' && compiled(pattern).test(value),
  ([path, value, pattern]) => `${path} must not match ${String(pattern)}${got(value)}`,
);

/** Reported under the second parameter given, naming the first it conflicts with. */
export const mutuallyExclusiveRule: Rule = {
  kind: 'mutuallyExclusive',
  find: (input, _path, paths: string[]) => {
    const given = paths.filter((path) => entriesAt(input, path).some(([, value]) => isPresent(value)));
    return given[1] === undefined ? undefined : [given[1], entriesAt(input, given[1]).find(([, value]) => isPresent(value))?.[1], given[0]];
  },
  say: ([path, , first]) => `${String(first)} and ${path} cannot be used together`,
};

/** `path` is the filter list (`Filters`); each element's Name must be a documented name. */
export const filterNameRule: Rule = {
  kind: 'filterName',
  find: (input, path, names: unknown[]) => first(members(input, path, 'Name', false), (name) => !names.includes(name), names),
  say: oneOf,
};

/** `limit` maps filter names with a closed value list to it; each Values element of such a filter must be on it. */
export const filterValueRule: Rule = {
  kind: 'filterValue',
  find: (input, path, lists: Record<string, unknown[]>) => {
    for (const [at, filter] of entriesAt(input, `${path}[]`)) {
      const name = isRecord(filter) ? filter['Name'] : undefined;
      if (typeof name !== 'string' || !Object.hasOwn(lists, name)) continue;
      const bad = first(entriesAt(filter, 'Values[]'), (value) => value != null && !isOneOf(value, lists[name]!), lists[name]);
      if (bad) return [`${at}.${bad[0]}`, bad[1], bad[2]];
    }
    return undefined;
  },
  say: oneOf,
};

/** No two elements of the list at `path` may carry the same `key` member; absent members never clash. */
export const uniqueKeysRule: Rule = {
  kind: 'uniqueKeys',
  find: (input, path, key: string) => {
    const seen: unknown[] = [];
    return first(members(input, path, key, true), (value) => isPresent(value) && (seen.includes(value) || !seen.push(value)), key);
  },
  say: ([path, value, key]) => `${path} repeats ${show(value)}; each ${String(key)} must be unique`,
};

/** Only the service knows which tokens it issued: checked only when `options.issued` is given. */
export const tokenRule: Rule = {
  kind: 'token',
  find: (input, path, _limit, { issued }) => (issued ? first(entriesAt(input, path), (value) => isPresent(value) && !issued(value), undefined) : undefined),
  say: ([path]) => `${path} is not a pagination token this service issued`,
};

/** The object(s) at `path` ('' = the request) take no members besides `allowed`; undefined members are not sent. */
export const additionalPropertiesRule: Rule = {
  kind: 'additionalProperties',
  find: (input, path, allowed: string[], { implicit = [] }) => {
    const objects: Array<[string, unknown]> = path === '' ? [['', input]] : entriesAt(input, path);
    for (const [at, object] of objects) {
      if (!isRecord(object)) continue;
      const name = Object.keys(object).find(
        (member) => object[member] !== undefined && !allowed.includes(member) && !(path === '' && implicit.includes(member)),
      );
      if (name !== undefined) return [at ? `${at}.${name}` : name, object[name], allowed];
    }
    return undefined;
  },
  say: ([path, , allowed], action) =>
    `Unknown parameter ${path} (${path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : action} takes: ${(allowed as string[]).join(', ')})`,
};

/** Every rule by kind, for readers of the model's Constraint objects (the mock engine, the contract suite). */
export const RULES: Readonly<Record<ConstraintKind, Rule>> = {
  required: requiredRule,
  type: typeRule,
  minimum: minimumRule,
  maximum: maximumRule,
  minItems: minItemsRule,
  maxItems: maxItemsRule,
  minLength: minLengthRule,
  maxLength: maxLengthRule,
  enum: enumRule,
  pattern: patternRule,
  mutuallyExclusive: mutuallyExclusiveRule,
  filterName: filterNameRule,
  filterValue: filterValueRule,
  uniqueKeys: uniqueKeysRule,
  token: tokenRule,
  additionalProperties: additionalPropertiesRule,
  notPattern: notPatternRule,
  contentEncoding: contentEncodingRule,
  maxContentBytes: maxContentBytesRule,
};

/** The member a Constraint keeps its limit under (`limit` unless listed). */
const LIMIT_KEY: Partial<Record<ConstraintKind, string>> = {
  type: 'type',
  enum: 'values',
  pattern: 'pattern',
  notPattern: 'pattern',
  contentEncoding: 'encoding',
  mutuallyExclusive: 'paths',
  filterName: 'names',
  filterValue: 'values',
  uniqueKeys: 'key',
  additionalProperties: 'allowed',
};

/** A Constraint as a table row. */
export function rowOf(c: ConstraintRule): ConstraintRow {
  const fields = c as unknown as Record<string, unknown>;
  return [RULES[c.kind], c.kind === 'mutuallyExclusive' ? '' : c.path, fields[LIMIT_KEY[c.kind] ?? 'limit']];
}

/** One broken constraint: where (indices filled in), its limit and the value given. */
export interface Violation<C extends ConstraintRule = ConstraintRule> {
  constraint: C;
  path: string;
  limit: unknown;
  value: unknown;
}

/** The first constraint (in the model's order, the order services check them) the input breaks: one error per request. */
export function firstViolation<C extends ConstraintRule>(input: Params, constraints: readonly C[], options: CheckOptions = {}): Violation<C> | undefined {
  for (const constraint of constraints) {
    const [rule, path, limit] = rowOf(constraint);
    const found = rule.find(input, path, limit, options);
    if (found) return { constraint, path: found[0], value: found[1], limit: found[2] };
  }
  return undefined;
}

/** The violation in plain words: `Limit must be at most 100 (got 101)`. */
export function violationMessage(v: Violation, action = 'the action'): string {
  return RULES[v.constraint.kind].say([v.path, v.value, v.limit], action);
}

/** The model's Constraint list: generated rows joined with their documented errors (`errors[i]` is `table[i]`'s). */
export function withErrors(
  table: readonly ConstraintRow[],
  errors: ReadonlyArray<readonly [code: string, httpStatus: number, basis: ConstraintError['basis']]>,
): Constraint[] {
  return table.map(([rule, path, limit], i) => {
    const [code, httpStatus, basis] = errors[i]!;
    const key = LIMIT_KEY[rule.kind] ?? (limit === undefined ? undefined : 'limit');
    const where = rule.kind === 'mutuallyExclusive' ? {} : { path };
    return { kind: rule.kind, ...where, ...(key ? { [key]: limit } : {}), code, httpStatus, basis } as Constraint;
  });
}
