// The drift table: one per operation, one row per difference, the real work marked.
import type { DriftReport } from './drift.ts';
import { unacknowledged } from './drift.ts';

export function formatDrift(report: DriftReport): string {
  const lines: string[] = [];
  for (const op of report.operations) {
    const open = op.rows.filter((r) => r.acknowledged === undefined).length;
    lines.push(
      `## ${op.service} ${op.operation}: ${op.rows.length === 0 ? 'matches its snapshot' : `${op.rows.length} difference(s), ${open} unacknowledged`}`,
    );
    if (op.rows.length === 0) {
      lines.push('');
      continue;
    }
    lines.push('', '| source | field | difference | spec change needed | bump | status |', '|---|---|---|---|---|---|');
    for (const r of op.rows) {
      const status = r.acknowledged === undefined ? '**open**' : `ack: ${r.acknowledged}`;
      lines.push(`| ${r.source} | ${r.side} \`${r.path}\` | ${r.what} | ${r.kind}: ${r.message.replace(/\|/g, '\\|')} | ${r.bump} | ${status} |`);
    }
    lines.push('');
  }
  for (const key of report.noSnapshot) lines.push(`no snapshot for ${key} (run pnpm spec:drift --refresh)`);
  if (report.notInSpec.length > 0) lines.push(`not in spec (info): ${report.notInSpec.join(', ')}`);
  const open = unacknowledged(report);
  lines.push('', open === 0 ? 'spec:drift: nothing unacknowledged' : `spec:drift: ${open} unacknowledged difference(s)`);
  return lines.join('\n');
}
