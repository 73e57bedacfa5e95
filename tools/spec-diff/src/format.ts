// Renders diffs for people: the terminal report and the changeset summary.
import type { PackageDiff, SpecChange } from './change.ts';

function line(change: SpecChange): string {
  return change.operation === undefined ? change.message : `${change.operation}: ${change.message}`;
}

export function formatReport(diffs: readonly PackageDiff[], base: string): string {
  if (diffs.length === 0) return `No spec changes against ${base}.`;
  const blocks = diffs.map((diff) => {
    const header = `${diff.packageName}: ${diff.bump} (${diff.specFiles.join(', ')})`;
    return [header, ...diff.changes.map((c) => `  ${c.bump.padEnd(5)}  ${line(c)}`)].join('\n');
  });
  return [`Spec changes against ${base}:`, '', blocks.join('\n\n')].join('\n');
}

/** Changeset body: frontmatter with the computed bump, a one-line summary, then every change. */
export function formatChangeset(diff: PackageDiff): string {
  const counts = (['major', 'minor', 'patch'] as const)
    .map((bump) => [bump, diff.changes.filter((c) => c.bump === bump).length] as const)
    .filter(([, n]) => n > 0)
    .map(([bump, n]) => `${n} ${bump}`);
  return [
    '---',
    `"${diff.packageName}": ${diff.bump}`,
    '---',
    '',
    `Spec update (${diff.specFiles.join(', ')}): ${counts.join(', ')} change${diff.changes.length === 1 ? '' : 's'}.`,
    '',
    ...diff.changes.map((c) => `- ${c.bump}: ${line(c)}`),
    '',
  ].join('\n');
}
