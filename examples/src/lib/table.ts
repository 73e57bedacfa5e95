// Plain-text tables for the example programs, through the repository's one table printer.
import { formatTable } from '@cloudexec/table';

export function renderTable(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | undefined | null>>): string {
  return formatTable(
    columns,
    rows.map((row) => columns.map((_, index) => String(row[index] ?? ''))),
  );
}

/** `2026-11-20T08:00:00+00:00` → `2026-11-20 08:00:00`; empty for a missing time. */
export function shortTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 19).replace('T', ' ');
}

/** First line of base64 command output, shortened for a table cell. */
export function outputPreview(base64: string | undefined, max = 40): string {
  if (!base64) return '';
  const text =
    Buffer.from(base64, 'base64')
      .toString('utf8')
      .split('\n')
      .find((line) => line.trim() !== '') ?? '';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function decodeBase64(value: string | undefined): string {
  return value ? Buffer.from(value, 'base64').toString('utf8') : '';
}
