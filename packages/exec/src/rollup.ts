// The execution's neutral status, rolled up from its targets (so a fleet split into several runs reads as
// one): anything still running → running; nothing started yet → pending; otherwise the worst ending, in the
// order failed > timed-out > cancelled > succeeded. A cancelled run where some targets had already finished
// well is `cancelled`; one where a target failed is `failed` (the failure is what a caller must see).
import { emptyCounts, type ExecStatus, type StatusCounts, type TargetResult } from './model.ts';

export function countStatuses(targets: readonly Pick<TargetResult, 'status'>[]): StatusCounts {
  const counts = emptyCounts();
  for (const target of targets) counts[target.status]++;
  return counts;
}

export function rollUp(counts: StatusCounts): ExecStatus {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) return 'pending';
  if (counts.running > 0) return 'running';
  if (counts.pending === total) return 'pending';
  // Some finished, some not started yet: the execution as a whole is under way.
  if (counts.pending > 0) return 'running';
  if (counts.failed > 0) return 'failed';
  if (counts['timed-out'] > 0) return 'timed-out';
  if (counts.cancelled > 0) return 'cancelled';
  return 'succeeded';
}
