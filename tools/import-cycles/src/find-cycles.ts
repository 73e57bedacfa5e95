// The import graph of a set of source globs, and its cycles, as dpdm sees them. Type-only imports
// count: a cycle through types still ties two modules together for a reader and a refactor.
import { parseCircular, parseDependencyTree } from 'dpdm';

/** A cycle as its files (relative to the root), rotated to start at the smallest name so runs compare equal. */
export type Cycle = string[];

export async function findCycles(rootDir: string, globs: readonly string[]): Promise<Cycle[]> {
  const tree = await parseDependencyTree([...globs], {
    cwd: rootDir,
    context: rootDir,
    extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'],
    exclude: /node_modules/,
    transform: false,
    skipDynamicImports: false,
  });
  return parseCircular(tree)
    .map(canonical)
    .sort((a, b) => cycleKey(a).localeCompare(cycleKey(b)));
}

export function canonical(cycle: readonly string[]): Cycle {
  const files = cycle.map((file) => file.split('\\').join('/'));
  const first = files.reduce((best, file, index) => ((files[best] ?? '') <= file ? best : index), 0);
  return [...files.slice(first), ...files.slice(0, first)];
}

/** `a.ts -> b.ts -> a.ts`: how cycles are printed and how the allowlist spells them. */
export function cycleKey(cycle: readonly string[]): string {
  return [...cycle, cycle[0]].join(' -> ');
}
