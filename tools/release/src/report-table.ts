// The per-package summary of a dry run, as a plain-text table.
import { formatTable as renderTable } from '@cloudexec/table';
import type { StepOutcome } from './scratch-project.ts';

export interface PackageRow {
  name: string;
  version: string;
  bytes: number;
  files: number;
  /** Absent for packages that are not installed alone (the runtime). */
  install?: StepOutcome;
  typecheck?: StepOutcome;
  run?: StepOutcome;
  /** Pack plus scratch-project time. */
  ms: number;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function cell(outcome: StepOutcome | undefined): string {
  if (outcome === undefined) return '-';
  return outcome.ok ? 'ok' : 'FAIL';
}

const HEADER = ['package', 'version', 'packed', 'files', 'install', 'typecheck', 'run', 'time'];

export function formatTable(rows: readonly PackageRow[]): string {
  const body = rows.map((row) => [
    row.name,
    row.version,
    formatBytes(row.bytes),
    String(row.files),
    cell(row.install),
    cell(row.typecheck),
    cell(row.run),
    formatMs(row.ms),
  ]);
  // packed, files and time are numbers: right-aligned.
  return renderTable(HEADER, body, { align: ['left', 'left', 'right', 'right', 'left', 'left', 'left', 'right'] });
}

/** Whether a row passed every step it went through. */
export function rowOk(row: PackageRow): boolean {
  return [row.install, row.typecheck, row.run].every((outcome) => outcome === undefined || outcome.ok);
}

/** The failure details under the table: package, step, trimmed output. */
export function formatFailures(rows: readonly PackageRow[]): string[] {
  return rows.flatMap((row) =>
    (['install', 'typecheck', 'run'] as const).flatMap((step) => {
      const outcome = row[step];
      return outcome && !outcome.ok ? [`${row.name} ${step}:\n${outcome.detail ?? '(no output)'}`] : [];
    }),
  );
}

/** Notes of passed steps (how many operations ran, which were not called). */
export function formatNotes(rows: readonly PackageRow[]): string[] {
  return rows.flatMap((row) => (row.run?.ok && row.run.detail ? [`${row.name}: ${row.run.detail}`] : []));
}
