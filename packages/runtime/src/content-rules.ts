// Rules on command content (x-cloudexec-content): Base64 where the content travels Base64, and the documented
// byte budget. Each is its own export, so a client whose tables name neither bundles none of this. A content's
// encoding is fixed or chosen by a sibling parameter (ECS ContentEncoding: PlainText | Base64, any case; a value
// the service does not know counts as the default, as the service treats it). Messages never echo the content:
// at most a short excerpt, and for sizes only the measured number.
import { entriesAt, isPresent, isRecord, show, type Found, type Params, type Rule } from './constraint-values.ts';
import type { ContentBudget, ContentEncoding } from './model.ts';

type Encoding = 'base64' | 'plain';

/** Each content string at `path`, with the object holding it (where its encoding parameter and `includes` live). */
function contentsAt(input: Params, path: string): Array<[at: string, content: string, holder: Params]> {
  const dot = path.lastIndexOf('.');
  const member = path.slice(dot + 1);
  const holders: Array<[string, unknown]> = dot < 0 ? [['', input]] : entriesAt(input, path.slice(0, dot));
  const out: Array<[string, string, Params]> = [];
  for (const [at, holder] of holders) {
    const content = isRecord(holder) ? holder[member] : undefined;
    // Other types are the type rule's to report; '' is missing, the required rule's.
    if (typeof content === 'string' && content !== '') out.push([at ? `${at}.${member}` : member, content, holder as Params]);
  }
  return out;
}

/** The encoding a content travels in, read from its sibling parameter when the service lets the caller choose. */
export function contentEncodingOf(encoding: ContentEncoding, holder: Params): Encoding {
  if (typeof encoding === 'string') return encoding;
  const given = entriesAt(holder, encoding.parameter)[0]?.[1];
  if (!isPresent(given)) return encoding.default;
  const text = String(given);
  const same = (name: string) => (encoding.caseInsensitive ? name.toLowerCase() === text.toLowerCase() : name === text);
  return Object.entries(encoding.values).find(([name]) => same(name))?.[1] ?? encoding.default;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A short excerpt of a content for errors: the content itself may be large or sensitive. */
function excerpt(content: string): string {
  return content.length > 24 ? `${content.slice(0, 24)}…` : content;
}

/** `limit` is the content's encoding; only a content that travels Base64 is checked. */
export const contentEncodingRule: Rule = {
  kind: 'contentEncoding',
  find: (input, path, encoding: ContentEncoding) => {
    const bad = contentsAt(input, path).find(([, content, holder]) => contentEncodingOf(encoding, holder) === 'base64' && !BASE64.test(content));
    return bad && [bad[0], excerpt(bad[1]), 'base64'];
  },
  say: ([path, value]) => `${path} must be valid Base64 (got ${show(value)})`,
};

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;
const base64Bytes = (bytes: number): number => 4 * Math.ceil(bytes / 3);

/** Plain text's size under the budget's measure. */
function plainSize(text: string, measure: ContentBudget['measure']): number {
  const bytes = utf8Bytes(text);
  return measure === 'base64' ? base64Bytes(bytes) : bytes;
}

/** The strings an included parameter adds: a map's (or JSON object text's) values, a list's elements, else the value. */
function includedTexts(value: unknown): string[] {
  if (!isPresent(value)) return [];
  let parsed = value;
  if (typeof value === 'string' && value.trimStart().startsWith('{')) {
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = value;
    }
  }
  const items = isRecord(parsed) ? Object.values(parsed) : Array.isArray(parsed) ? parsed : [parsed];
  return items.filter(isPresent).map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
}

/** The budget's size of one content: the content as measured plus every included parameter's values. */
export function contentSize(content: string, holder: Params, budget: ContentBudget): number {
  const encoding = contentEncodingOf(budget.encoding, holder);
  // A Base64 content is ASCII: its length is its size whether measured as sent or after encoding.
  let size = encoding === 'base64' ? content.length : plainSize(content, budget.measure);
  for (const path of budget.includes ?? []) {
    for (const [, value] of entriesAt(holder, path)) for (const text of includedTexts(value)) size += plainSize(text, budget.measure);
  }
  return size;
}

/** `limit` is the budget; the finding's value is the measured size, never the content. */
export const maxContentBytesRule: Rule = {
  kind: 'maxContentBytes',
  find: (input, path, budget: ContentBudget) => {
    for (const [at, content, holder] of contentsAt(input, path)) {
      const size = contentSize(content, holder, budget);
      if (size > budget.maxBytes) return [at, size, budget] satisfies Found;
    }
    return undefined;
  },
  say: ([path, size, limit]) => {
    const budget = limit as ContentBudget;
    const measured = budget.measure === 'base64' ? ' after Base64 encoding' : '';
    const shared = budget.includes?.length ? `, counting ${budget.includes.join(', ')}` : '';
    return `${path} must be at most ${budget.maxBytes} bytes${measured}${shared} (got ${String(size)} bytes)`;
  },
};
