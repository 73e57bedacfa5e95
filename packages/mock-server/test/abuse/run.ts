// Runs abuse cases against a server from a fixed number of concurrent clients and summarises the outcomes.
import type { AbuseCase, CaseResult } from './cases.ts';

export async function runConcurrently(port: number, cases: readonly AbuseCase[], concurrency: number): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const item = cases[next++]!;
      results.push(await item.run(port));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** One row per kind: count, outcomes (status or socket fate, with counts), median and worst time, failures. */
export function summaryTable(results: readonly CaseResult[]): string {
  const kinds = [...new Set(results.map((result) => result.kind))].sort();
  const rows = kinds.map((kind) => {
    const mine = results.filter((result) => result.kind === kind);
    const outcomes = new Map<string, number>();
    for (const result of mine) outcomes.set(String(result.outcome), (outcomes.get(String(result.outcome)) ?? 0) + 1);
    const times = mine.map((result) => result.ms).sort((a, b) => a - b);
    const failed = mine.filter((result) => result.problem);
    return [
      kind,
      String(mine.length),
      [...outcomes].map(([outcome, count]) => `${outcome}×${count}`).join(' '),
      `${times[Math.floor(times.length / 2)]!.toFixed(0)}`,
      `${times[times.length - 1]!.toFixed(0)}`,
      failed.length === 0 ? 'ok' : `${failed.length} FAIL: ${failed[0]!.problem}`,
    ];
  });
  const header = ['case', 'n', 'outcomes', 'p50 ms', 'max ms', 'verdict'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
