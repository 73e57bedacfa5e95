// A provider adapter over an in-memory fleet on a virtual clock: each target waits `queuedMs`, runs
// `runningMs`, then ends as its scenario says. Records every call so tests can check splitting and pacing.
import type { ProviderAdapter, RunRequest } from '../../src/adapter.ts';
import { UnsupportedOperationError } from '../../src/errors.ts';
import { PROVIDER_LIMITS } from '../../src/limits.ts';
import type { ExecStatus, ProviderId } from '../../src/model.ts';
import type { VirtualClock } from './clock.ts';

export interface Ending {
  status: Exclude<ExecStatus, 'pending' | 'running'>;
  exitCode?: number;
  output?: string;
}

interface Run {
  id: string;
  request: RunRequest;
  startedAt: number;
  cancelledAt: Map<string, number>;
}

export interface FakeAdapter extends ProviderAdapter {
  runs: Run[];
  calls: { action: string; at: number; targets?: readonly string[] }[];
}

export function fakeAdapter(
  provider: ProviderId,
  clock: VirtualClock,
  options: { queuedMs?: number; runningMs?: number; endings?: Record<string, Ending>; failStartAt?: number } = {},
): FakeAdapter {
  const queuedMs = options.queuedMs ?? 1000;
  const runningMs = options.runningMs ?? 2000;
  const runs: Run[] = [];
  const calls: FakeAdapter['calls'] = [];
  const statusOf = (run: Run, target: string): { status: ExecStatus; ending?: Ending } => {
    const elapsed = clock.now() - run.startedAt;
    const cancelled = run.cancelledAt.get(target);
    if (cancelled !== undefined) return { status: 'cancelled' };
    if (elapsed < queuedMs) return { status: 'pending' };
    if (elapsed < queuedMs + runningMs) return { status: 'running' };
    const ending = options.endings?.[target] ?? { status: 'succeeded', exitCode: 0, output: `ran ${run.request.command} on ${target}\n` };
    return { status: ending.status, ending };
  };
  const find = (id: string) => {
    const run = runs.find((candidate) => candidate.id === id);
    if (!run) throw new Error(`no run ${id}`);
    return run;
  };
  return {
    provider,
    runs,
    calls,
    async start(request) {
      calls.push({ action: 'start', at: clock.now(), targets: request.targets });
      if (options.failStartAt !== undefined && runs.length === options.failStartAt) throw new Error('refused');
      const run = { id: `run-${runs.length}`, request, startedAt: clock.now(), cancelledAt: new Map<string, number>() };
      runs.push(run);
      return run.id;
    },
    async poll(part, { withOutput }) {
      calls.push({ action: 'poll', at: clock.now() });
      const run = find(part.id);
      const targets = run.request.targets.map((target) => {
        const { status, ending } = statusOf(run, target);
        return {
          target,
          executionId: run.id,
          status,
          providerStatus: status.toUpperCase(),
          ...(ending?.exitCode === undefined ? {} : { exitCode: ending.exitCode }),
          ...(withOutput && ending?.output !== undefined ? { output: ending.output, truncated: false } : {}),
        };
      });
      return { providerStatus: 'X', targets };
    },
    async cancel(part, targets) {
      if (PROVIDER_LIMITS[provider].targetsPerCancel === 0) throw new UnsupportedOperationError('no cancel');
      calls.push({ action: 'cancel', at: clock.now(), ...(targets ? { targets } : {}) });
      const run = find(part.id);
      for (const target of targets ?? run.request.targets) {
        if (statusOf(run, target).status === 'pending' || statusOf(run, target).status === 'running') run.cancelledAt.set(target, clock.now());
      }
    },
    async describe(id) {
      return { id, targets: find(id).request.targets };
    },
    async agents(targets) {
      return targets.map((target) => ({ target, online: !target.endsWith('off'), providerStatus: target.endsWith('off') ? 'Offline' : 'Online' }));
    },
  };
}
