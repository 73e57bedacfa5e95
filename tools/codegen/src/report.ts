// The CLI's table: one row per package plus a total, and under --check the list of stale files.
import path from 'node:path';
import { formatTable } from '@cloudexec/table';
import type { GenerateResult } from './pipeline.ts';

const HEADERS = ['package', 'operations', 'types', 'written', 'unchanged', 'time'] as const;

export function formatReport(result: GenerateResult, outDir: string, root: string): string {
  const writtenLabel = result.check ? 'stale' : 'written';
  const rows = result.packages.map((report) => [
    report.packageName,
    String(report.operations),
    String(report.types),
    String(report.changes.length),
    String(report.unchanged),
    milliseconds(report.milliseconds),
  ]);
  const sum = (pick: (report: GenerateResult['packages'][number]) => number) => String(result.packages.reduce((total, report) => total + pick(report), 0));
  // The manifest outputs are listed after the packages; they count toward written/unchanged only.
  for (const report of result.shared ?? []) {
    rows.push([report.packageName, '', '', String(report.changes.length), String(report.unchanged), milliseconds(report.milliseconds)]);
  }
  const total = [
    `total (${result.packages.length} packages)`,
    sum((report) => report.operations),
    sum((report) => report.types),
    String([...result.packages, ...(result.shared ?? [])].reduce((total, report) => total + report.changes.length, 0)),
    String([...result.packages, ...(result.shared ?? [])].reduce((total, report) => total + report.unchanged, 0)),
    milliseconds(result.milliseconds),
  ];
  const headers = HEADERS.map((header) => (header === 'written' ? writtenLabel : header));
  const align = headers.map((_, column) => (column === 0 ? 'left' : 'right') as 'left' | 'right');
  const where = displayPath(outDir, root);
  const summary = result.check ? `checked ${where} against the specs (nothing written)` : `generated into ${where}`;
  return [summary, formatTable(headers, rows, { align, footer: [total] })].join('\n');
}

/** The stale files under --check (created/updated/deleted), or '' when everything is current. */
export function formatStale(result: GenerateResult, outDir: string, root: string): string {
  const changes = [...result.packages, ...(result.shared ?? [])].flatMap((report) => report.changes);
  if (changes.length === 0) return '';
  const verb = { create: 'missing', update: 'differs', delete: 'no longer generated' } as const;
  const lines = changes.map((change) => `  ${displayPath(path.join(outDir, change.path), root)}  (${verb[change.kind]})`);
  return [`${changes.length} generated file${changes.length === 1 ? ' is' : 's are'} stale; run \`pnpm generate\`:`, ...lines].join('\n');
}

function milliseconds(value: number): string {
  return `${Math.round(value)} ms`;
}

/** Repo-relative when inside the repository, absolute otherwise. */
function displayPath(target: string, root: string): string {
  const relative = path.relative(root, target);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? target : relative.split(path.sep).join('/');
}
