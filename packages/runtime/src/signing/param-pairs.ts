// Flattened request parameters as ordered [name, value] pairs (what flattenTencentQuery and
// flattenRpcParams produce): keeps wire order and avoids objects with ever-changing key sets.
import { percentEncodeRfc3986 } from './percent-encode.ts';

export type ParamPair = readonly [name: string, value: string];
export type ParamPairs = ReadonlyArray<ParamPair>;

function byName(a: ParamPair, b: ParamPair): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/**
 * A copy sorted by name in UTF-16 code-unit order (what every official signer's `keys.sort()` does).
 * Short lists (the usual handful of parameters) use an insertion sort, which beats a comparator call.
 */
export function sortedByName(pairs: ParamPairs): ParamPair[] {
  const sorted = pairs.slice();
  if (sorted.length > 32) return sorted.sort(byName);
  for (let i = 1; i < sorted.length; i++) {
    const pair = sorted[i]!;
    const name = pair[0];
    let j = i - 1;
    while (j >= 0 && sorted[j]![0] > name) {
      sorted[j + 1] = sorted[j]!;
      j--;
    }
    sorted[j + 1] = pair;
  }
  return sorted;
}

/** `a=1&b=2` in the given (wire) order, names and values RFC 3986-encoded. */
export function encodeQuery(pairs: ParamPairs): string {
  let out = '';
  for (let i = 0; i < pairs.length; i++) {
    const [name, value] = pairs[i]!;
    out += (i === 0 ? '' : '&') + percentEncodeRfc3986(name) + '=' + percentEncodeRfc3986(value);
  }
  return out;
}

/** Pairs sorted by name, names and values RFC 3986-encoded, joined `a=1&b=2` (ACS3 and RPC v2 canonical query). */
export function encodeSortedQuery(pairs: ParamPairs): string {
  return encodeQuery(sortedByName(pairs));
}
