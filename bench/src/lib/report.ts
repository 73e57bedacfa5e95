// Printing and recording: aligned tables on stdout, one JSON file per benchmark in bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export type Row = Record<string, string | number>;

/** Prints rows as an aligned table (numbers right-aligned). */
export function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const cells = rows.map((row) => columns.map((column) => String(row[column] ?? '')));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((line) => line[i]!.length)));
  const pad = (text: string, i: number, right: boolean) => (right ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
  const numeric = columns.map((column) => typeof rows[0]![column] === 'number');
  console.log(columns.map((column, i) => pad(column, i, numeric[i]!)).join('  '));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of cells) console.log(line.map((cell, i) => pad(cell, i, numeric[i]!)).join('  '));
}

/** Rounds to a figure that is honest for ±25% machines: 3 significant digits. */
export function round(value: number): number {
  return Number(value.toPrecision(3));
}

/** `PASS`/`FAIL` with the margin, e.g. `PASS (3.4× ≥ 3×)`. */
export function verdict(ratio: number, target: number, better: 'higher' | 'lower'): string {
  const pass = better === 'higher' ? ratio >= target : ratio <= target;
  const sign = better === 'higher' ? '≥' : '≤';
  return `${pass ? 'PASS' : 'FAIL'} (${round(ratio)} ${pass ? '' : 'not '}${sign} ${round(target)})`;
}

export function machine(): Record<string, string | number> {
  return {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    // Other work on a shared machine shows here; compare ratios from one run, not absolute figures.
    loadAverage1m: round(loadavg()[0]!),
    date: new Date().toISOString(),
  };
}

/** Writes bench/results/<name>.json with the machine facts next to the figures. */
export function writeResults(name: string, data: unknown): void {
  const dir = new URL('../../results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${name}.json`, dir);
  writeFileSync(file, JSON.stringify({ benchmark: name, machine: machine(), ...(data as object) }, null, 2) + '\n');
  console.log(`\nwrote ${file.pathname}`);
}
