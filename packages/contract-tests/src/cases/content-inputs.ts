// Inputs at and past the content rules (x-cloudexec-content) and `notPattern`: Base64 where the content travels
// Base64, the byte budget exactly filled and one step over (Base64 grows in steps of four characters), and a value
// that has the forbidden form. Each input is otherwise the base input, so only the rule under test can break.
import { contentEncodingOf } from '@cloudexec/runtime';
import type { Constraint, ContentBudget, ContentEncoding } from '@cloudexec/runtime/model';
import { isRecord } from './constraint-oracle.ts';

type Input = Record<string, unknown>;
type Set = (value: unknown) => Input;
type ContentConstraint = Extract<Constraint, { kind: 'notPattern' | 'contentEncoding' | 'maxContentBytes' }>;

/** A value that has a forbidden form: the pattern's leading literal (`^(aliyun|acs:)` → `aliyun`), then text. */
export function matchingText(pattern: string): string | undefined {
  const regex = new RegExp(pattern, 'u');
  const literal = /^\^?\(?((?:\\.|[^\\|()[\]{}*+?.^$])*)/u.exec(pattern)?.[1]?.replace(/\\(.)/gu, '$1') ?? '';
  return [`${literal}contract`, literal, `contract${literal}`].find((candidate) => candidate !== '' && regex.test(candidate));
}

/** The parameter value that selects `want` (its first spelling), when a sibling parameter chooses the encoding. */
function selecting(encoding: ContentEncoding, want: 'base64' | 'plain'): [string, string] | undefined {
  if (typeof encoding === 'string') return undefined;
  const name = Object.entries(encoding.values).find(([, value]) => value === want)?.[0];
  return name === undefined ? undefined : [encoding.parameter, name];
}

/** Plain text of `bytes` UTF-8 bytes; Base64 text of `chars` characters (valid: 'A' × 4k decodes to zeros). */
const plainOf = (bytes: number): string => 'c'.repeat(bytes);
const base64Of = (chars: number): string => 'A'.repeat(chars);

/** The largest content that fits the budget and the smallest that does not, in the encoding `holder` selects. */
function budgetContents(budget: ContentBudget, holder: Input): [fits: string, over: string] {
  const max = budget.maxBytes;
  if (contentEncodingOf(budget.encoding, holder) === 'base64') return [base64Of(Math.floor(max / 4) * 4), base64Of(Math.floor(max / 4) * 4 + 4)];
  if (budget.measure === 'sent') return [plainOf(max), plainOf(max + 1)];
  // After Base64, n plain bytes take 4 × ceil(n / 3) characters.
  const fits = Math.floor(max / 4) * 3;
  return [plainOf(fits), plainOf(fits + 1)];
}

/**
 * `[over, at…]` for a content constraint, or undefined for other kinds. `sample` is a valid value for the path,
 * `set` puts a value at the constraint's path; `withParam` sets (or with undefined, removes) a sibling parameter on a given input.
 */
export function contentOverAndAt(
  c: Constraint,
  sample: unknown,
  set: Set,
  withParam: (input: Input, path: string, value: unknown) => Input,
): [Input, Input[]] | undefined {
  if (!isContent(c)) return undefined;
  switch (c.kind) {
    case 'notPattern': {
      const text = matchingText(c.pattern);
      return [set(text ?? `contract-no-match-for ${c.pattern}`), [set(sample)]];
    }
    case 'contentEncoding': {
      const base64 = selecting(c.encoding, 'base64');
      const plain = selecting(c.encoding, 'plain');
      const asBase64 = (content: string) => (base64 ? withParam(set(content), base64[0], base64[1]) : set(content));
      // The shortest Base64 text of a command (`ls`), so the at input fits any documented budget.
      const at = [asBase64('bHM=')];
      if (plain) at.push(withParam(set('contract plain text!'), plain[0], plain[1]));
      return [asBase64('contract malformed!'), at];
    }
    case 'maxContentBytes': {
      // Parameters that share the budget are left out, so the content alone sits at the limit.
      const clear = (input: Input) => (c.limit.includes ?? []).reduce((out, path) => withParam(out, path, undefined), input);
      const holder = clear(set(''));
      const [fits, over] = budgetContents(c.limit, topHolder(holder, c.path));
      return [clear(set(over)), [clear(set(fits))]];
    }
  }
}

function isContent(c: Constraint): c is ContentConstraint {
  return c.kind === 'notPattern' || c.kind === 'contentEncoding' || c.kind === 'maxContentBytes';
}

/** The object holding a top-level content (the request); nested contents read their own holder. */
function topHolder(input: Input, path: string): Input {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return input;
  const holder = input[path.slice(0, dot).replace(/\[\]$/, '')];
  const first = Array.isArray(holder) ? holder[0] : holder;
  return isRecord(first) ? first : {};
}

/** The limit a ValidationError carries for a content constraint. */
export function contentLimit(c: Constraint): unknown {
  if (c.kind === 'notPattern') return c.pattern;
  if (c.kind === 'contentEncoding') return 'base64';
  if (c.kind === 'maxContentBytes') return c.limit;
  return undefined;
}
