// known-cycles.txt: cycles that exist on purpose for now, one per line as `a.ts -> b.ts -> a.ts`;
// `#` starts a comment. Every line says why it is there and when it goes.
import { canonical, cycleKey, type Cycle } from './find-cycles.ts';

export function parseAllowlist(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '')
    .map((line) => {
      const files = line.split('->').map((file) => file.trim());
      // The closing repeat of the first file is optional in the file and dropped here.
      if (files.length > 1 && files[files.length - 1] === files[0]) files.pop();
      return cycleKey(canonical(files));
    });
}

export interface Verdict {
  /** Cycles found and not allowed: each fails the check. */
  unexpected: string[];
  /** Allowed cycles that no longer exist: the list must shrink with the code, so these fail too. */
  stale: string[];
  allowed: string[];
}

export function judge(found: readonly Cycle[], allowlist: readonly string[]): Verdict {
  const keys = found.map(cycleKey);
  return {
    unexpected: keys.filter((key) => !allowlist.includes(key)),
    stale: allowlist.filter((key) => !keys.includes(key)),
    allowed: keys.filter((key) => allowlist.includes(key)),
  };
}
