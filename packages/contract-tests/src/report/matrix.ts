// The contract matrix: one row per provider package and operation, one column per check family, built from
// the finished cases (their meta says where they sit). Pure: rendering and JSON shape only.
import { formatTable } from '@cloudexec/table';
import type { ContractMeta } from '../cases/case-kit.ts';
import type { CaseCategory } from '../target.ts';

export interface CaseOutcome {
  name: string;
  meta: ContractMeta;
  state: 'passed' | 'failed' | 'skipped' | 'pending';
  error?: string;
}

export interface Tally {
  passed: number;
  total: number;
  /** Every case of the cell is "not applicable" (e.g. no documented QPS). */
  notApplicable: boolean;
}

export interface MatrixRow {
  package: string;
  action: string;
  cells: Record<CaseCategory, Tally>;
}

export interface Matrix {
  rows: MatrixRow[];
  totals: { passed: number; failed: number; total: number };
  failures: Array<{ name: string; error: string }>;
}

export const COLUMNS: ReadonlyArray<{ category: CaseCategory; title: string }> = [
  { category: 'examples', title: 'examples' },
  { category: 'limits', title: 'limits' },
  { category: 'errors', title: 'error codes' },
  { category: 'rate-limit', title: 'rate limit' },
  { category: 'signatures', title: 'signatures' },
  { category: 'pagination', title: 'pagination' },
  { category: 'discrepancies', title: 'discrepancies' },
];

function emptyCells(): Record<CaseCategory, Tally> {
  return Object.fromEntries(COLUMNS.map(({ category }) => [category, { passed: 0, total: 0, notApplicable: true }])) as Record<CaseCategory, Tally>;
}

export function buildMatrix(outcomes: readonly CaseOutcome[]): Matrix {
  const rows = new Map<string, MatrixRow>();
  for (const outcome of outcomes) {
    const { meta } = outcome;
    const key = `${meta.package}\u0000${meta.action}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { package: meta.package, action: meta.action, cells: emptyCells() }));
    const cell = row.cells[meta.category];
    cell.total++;
    if (outcome.state === 'passed') cell.passed++;
    if (!meta.notApplicable) cell.notApplicable = false;
  }
  const failed = outcomes.filter((outcome) => outcome.state === 'failed');
  return {
    rows: [...rows.values()].sort((a, b) => `${a.package} ${a.action}`.localeCompare(`${b.package} ${b.action}`)),
    totals: { passed: outcomes.filter((o) => o.state === 'passed').length, failed: failed.length, total: outcomes.length },
    failures: failed.map((outcome) => ({ name: outcome.name, error: outcome.error ?? 'failed' })),
  };
}

function cellText(cell: Tally): string {
  if (cell.total === 0) return 'n/a';
  if (cell.notApplicable) return cell.passed === cell.total ? 'n/a' : 'n/a FAIL';
  return `${cell.passed}/${cell.total}${cell.passed === cell.total ? '' : ' FAIL'}`;
}

/** A plain-text table (fixed-width columns), a totals line and the failed case names. */
export function renderMatrix(matrix: Matrix): string {
  const header = ['provider/operation', ...COLUMNS.map((column) => column.title)];
  const body = matrix.rows.map((row) => [`${row.package}/${row.action}`, ...COLUMNS.map(({ category }) => cellText(row.cells[category]))]);
  const { passed, failed, total } = matrix.totals;
  return [
    formatTable(header, body),
    '',
    `contract cases: ${passed} passed, ${failed} failed, ${total} total`,
    ...matrix.failures.map((failure) => `  FAIL ${failure.name}`),
    '',
  ].join('\n');
}
