// RFC 3986 percent-encoding as Alibaba (and Tencent's TC3 doc) define it: only A–Z a–z 0–9 - _ . ~ stay
// literal, everything else becomes UTF-8 %XY with upper-case hex; space is %20, never '+'.

/** For each ASCII code: the character itself when unreserved, else its `%XY` escape. */
const ASCII: string[] = [];
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII.push(/[A-Za-z0-9\-_.~]/.test(char) ? char : '%' + code.toString(16).toUpperCase().padStart(2, '0'));
}
const SUB_DELIMS = /[!'()*]/g;
const encoder = new TextEncoder();

function escapeSubDelim(char: string): string {
  return ASCII[char.charCodeAt(0)]!;
}

/** Non-ASCII text: encodeURIComponent, then the sub-delimiters it leaves alone. */
function encodeUnicode(value: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    // A lone surrogate: encode the U+FFFD that TextEncoder (and every SDK's UTF-8 conversion) substitutes.
    encoded = '';
    for (const byte of encoder.encode(value)) encoded += byte < 128 ? ASCII[byte]! : '%' + byte.toString(16).toUpperCase();
    return encoded;
  }
  return encoded.replace(SUB_DELIMS, escapeSubDelim);
}

export function percentEncodeRfc3986(value: string): string {
  // ASCII fast path: copy runs of unreserved characters, escape the rest from the table.
  let out = '';
  let runStart = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) return encodeUnicode(value);
    const piece = ASCII[code]!;
    if (piece.length === 1) continue;
    out += value.slice(runStart, i) + piece;
    runStart = i + 1;
  }
  return runStart === 0 ? value : out + value.slice(runStart);
}
