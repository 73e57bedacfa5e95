// What every constraint rule reads with: the values at a parameter path, presence and enum matching as the
// services judge them, and a capped rendering of a value for messages. Shared by the rule modules
// (constraints.ts, content-rules.ts) so each stays a leaf that a bundler can drop when no table names it.
import type { Constraint } from './model.ts';

export type Params = Record<string, unknown>;

export type ConstraintKind = Constraint['kind'];

/** Where an input breaks a rule: the path with indices filled in (`Filters[1].Values[0]`), the value, the limit. */
export type Found = [path: string, value: unknown, limit: unknown];

export interface CheckOptions {
  /** Top-level parameters a closed request may carry besides its own (the mock's Region, read from a header). */
  implicit?: readonly string[];
  /** Whether the service issued a pagination token; without it `token` rules pass (a client cannot tell). */
  issued?: (token: unknown) => boolean;
}

export interface Rule {
  readonly kind: ConstraintKind;
  /** The first place `input` breaks this rule at `path` (a ParamPath) with `limit`. */
  find(input: Params, path: string, limit: any, options: CheckOptions): Found | undefined;
  /** The finding in plain words, naming the parameter, the limit and the value. */
  say(found: Found, action: string): string;
}

export function isRecord(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Missing as the services see it: absent, null or ''. */
export function isPresent(value: unknown): boolean {
  return value != null && value !== '';
}

/** Query strings carry numbers and booleans as text, so `10` and `"10"` both match 10. */
export function isOneOf(value: unknown, allowed: readonly unknown[]): boolean {
  return allowed.some((item) => String(item) === String(value));
}

/**
 * The values at a ParamPath (`Limit`, `Filters[].Values`, `Tag[].Key`), each with the path that reaches it.
 * A missing leaf under an existing parent is `undefined` (so `required` sees it); a missing parent yields nothing.
 */
export function entriesAt(root: unknown, path: string): Array<[string, unknown]> {
  let nodes: Array<[string, unknown]> = [['', root]];
  const segments = path.split('.');
  segments.forEach((segment, index) => {
    const each = segment.endsWith('[]');
    const key = each ? segment.slice(0, -2) : segment;
    const next: Array<[string, unknown]> = [];
    for (const [at, node] of nodes) {
      if (!isRecord(node)) continue;
      const value = node[key];
      const here = at ? `${at}.${key}` : key;
      if (each) {
        if (Array.isArray(value)) value.forEach((item, i) => next.push([`${here}[${i}]`, item]));
      } else if (value !== undefined || index === segments.length - 1) next.push([here, value]);
    }
    nodes = next;
  });
  return nodes;
}

export function first(entries: Array<[string, unknown]>, broken: (value: unknown) => boolean, limit: unknown): Found | undefined {
  const hit = entries.find(([, value]) => broken(value));
  return hit && [hit[0], hit[1], limit];
}

/** A short, single-line rendering of a value. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export const got = (value: unknown): string => ` (got ${show(value)})`;
