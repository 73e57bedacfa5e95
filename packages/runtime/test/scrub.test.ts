// Secret scrubbing over random secrets and tokens: whatever the characters, no spelling a service may echo
// (raw, percent-encoded once or twice, RFC 3986 or form style) survives in any field or rendering of an error.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CloudApiError, TransportError } from '../src/index.ts';
import { scrubError, scrubSecrets, secretSpellings } from '../src/redact.ts';
import { percentEncodeRfc3986 } from '../src/signing/percent-encode.ts';

const CHARS = [...'abcXYZ0189', '+', '/', '=', ' ', '%', '&', '*', '~', '-', '_', '.', '!', "'", '(', ')', 'é', '中', '"', '\\'];
const secretArb = fc
  .array(fc.constantFrom(...CHARS), { minLength: 8, maxLength: 40 })
  .map((chars) => chars.join(''))
  .filter((s) => (s.match(/[a-zA-Z0-9]/g) ?? []).length >= 3);

/** Every way the two secrets may come back from a service, including inside an echoed string-to-sign. */
function echoes(secret: string, token: string): string[] {
  const forms = (s: string) => [
    s,
    percentEncodeRfc3986(s),
    percentEncodeRfc3986(percentEncodeRfc3986(s)),
    encodeURIComponent(s),
    encodeURIComponent(encodeURIComponent(s)),
    new URLSearchParams({ t: s }).toString().slice(2),
  ];
  return [...forms(secret), ...forms(token)];
}

function renderings(error: Error): string[] {
  return [String(error), JSON.stringify(error), inspect(error, { depth: Infinity, showHidden: true }), error.stack ?? ''];
}

const TEMPLATE = 'GET&%2F&AccessKeyId%3Dtestid%26SecurityToken%3D';

describe('scrubbing over random secrets', () => {
  it('leaves no spelling in message, Recommend, HostId, cause, nested fields, toString, toJSON or inspect', () => {
    fc.assert(
      fc.property(secretArb, secretArb, fc.nat({ max: 5 }), fc.nat({ max: 11 }), (secret, token, f1, f2) => {
        const all = echoes(secret, token);
        fc.pre(all.every((form) => !TEMPLATE.includes(form) && !'[REDACTED]'.includes(form)));
        const stringToSign = `${TEMPLATE}${all[f2]}%26Timestamp`;
        const error = new CloudApiError({
          provider: 'aliyun',
          action: 'DescribeInstances',
          code: 'SignatureDoesNotMatch',
          message: `server string to sign is:${stringToSign} (${all[f1]})`,
          httpStatus: 400,
          retryable: false,
          recommend: `https://api.aliyun.com/troubleshoot?token=${all[(f2 + 1) % all.length]}`,
          hostId: all[(f2 + 2) % all.length]!,
        });
        Object.defineProperty(error, 'cause', { value: new Error(`inner ${all[f1 + 6]}`, { cause: { detail: [all[f2]] } }) });
        scrubError(error, [secret, token]);
        for (const text of renderings(error)) {
          for (const form of all) expect(text).not.toContain(form);
        }
        expect(error.message).toContain('SecurityToken%3D[REDACTED]%26Timestamp');
      }),
      { numRuns: 300 },
    );
  });

  it('scrubs case-insensitively the hex a server may lower-case, and leaves other text alone', () => {
    const token = 'tok+en/with=chars';
    const lower = percentEncodeRfc3986(percentEncodeRfc3986(token)).toLowerCase();
    expect(scrubSecrets(`a ${lower} b`, [token])).toBe('a [REDACTED] b');
    expect(scrubSecrets('nothing to hide', [token])).toBe('nothing to hide');
    expect(scrubSecrets('abc', ['ab'])).toBe('abc'); // too short to be a real secret
  });

  it('lists raw, once and twice encoded spellings, longest first', () => {
    const forms = secretSpellings('a+b c');
    expect(forms).toEqual(expect.arrayContaining(['a+b c', 'a%2Bb%20c', 'a%2Bb+c', 'a%252Bb%2520c', 'a%252Bb%2Bc']));
    expect([...forms].sort((a, b) => b.length - a.length)).toEqual(forms);
  });

  it('covers transport errors and their causes', () => {
    const token = 'session-token-1234';
    const error = new TransportError({
      action: 'X',
      status: 0,
      reason: `Network error near ${token}`,
      bodyExcerpt: encodeURIComponent(token),
      retryable: true,
      cause: new Error(`connect to host?Token=${token}`),
    });
    scrubError(error, [token]);
    for (const text of renderings(error)) expect(text).not.toContain(token);
    expect(error.toJSON()).toMatchObject({
      name: 'TransportError',
      reason: 'Network error near [REDACTED]',
      cause: { message: 'connect to host?Token=[REDACTED]' },
    });
  });
});
