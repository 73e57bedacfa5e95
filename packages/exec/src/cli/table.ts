// Plain-text tables for the terminal: column widths from the content, no colour (pipes and logs stay clean).
import type { ExecutionState, TargetResult } from '../model.ts';
import { firstLine } from '../output.ts';

export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

/** Seconds between two ISO times, `-` when either is missing. */
export function duration(start: string | undefined, end: string | undefined): string {
  if (!start || !end) return '-';
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms >= 0 ? `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)}s` : '-';
}

export function targetRows(targets: readonly TargetResult[]): string[][] {
  return targets.map((target) => [
    target.target,
    target.providerStatus ? `${target.status} (${target.providerStatus})` : target.status,
    target.exitCode === undefined ? '-' : String(target.exitCode),
    duration(target.startTime, target.endTime),
    target.errorCode && target.status !== 'succeeded'
      ? `${target.errorCode}${target.errorMessage ? `: ${firstLine(target.errorMessage, 50)}` : ''}`
      : `${firstLine(target.output)}${target.truncated ? ' [truncated]' : ''}`,
  ]);
}

export function stateTable(state: ExecutionState): string {
  return renderTable(['TARGET', 'STATUS', 'EXIT', 'DURATION', 'OUTPUT'], targetRows(state.targets));
}

export function countsLine(state: Pick<ExecutionState, 'counts'>): string {
  return Object.entries(state.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${status} ${n}`)
    .join(' · ');
}
