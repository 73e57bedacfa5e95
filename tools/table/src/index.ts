// The one plain-text table printer of the tools, the example programs and the contract report: a header, a
// dashed rule, the rows, and optionally footer rows (totals) under a second rule. Columns are two spaces
// apart and as wide as their widest cell; trailing spaces are trimmed so a left-aligned last column leaves
// none (the output is compared in tests and pasted into issues).

export type Align = 'left' | 'right';

export interface TableOptions {
  /** Alignment by column; columns past the end of the list align left. Right suits numbers. */
  align?: readonly Align[];
  /** Rows printed under a second rule, e.g. a total. */
  footer?: ReadonlyArray<readonly string[]>;
}

export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, options: TableOptions = {}): string {
  const footer = options.footer ?? [];
  const all = [header, ...rows, ...footer];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    widths
      .map((width, column) => {
        const cell = cells[column] ?? '';
        return options.align?.[column] === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line), ...(footer.length > 0 ? [rule, ...footer.map(line)] : [])].join('\n');
}
