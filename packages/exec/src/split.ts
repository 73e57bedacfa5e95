// Fleets larger than one call's limit become several runs, each within the limit, started no faster than the
// service's documented rate; the execution follows them as one.
import { PROVIDER_LIMITS } from './limits.ts';
import type { ProviderId } from './model.ts';

/** Groups that may share a call: TAT forbids mixing CVM, Lighthouse and managed instances in one call. */
function callGroup(provider: ProviderId, target: string): string {
  if (provider !== 'tencent-tat') return '';
  return target.slice(0, target.indexOf('-'));
}

/** The targets of each run call, in the order given, each batch within `targetsPerRun` and one call group. */
export function splitTargets(provider: ProviderId, targets: readonly string[]): string[][] {
  const size = PROVIDER_LIMITS[provider].targetsPerRun;
  const groups = new Map<string, string[]>();
  for (const target of targets) {
    const key = callGroup(provider, target);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(target);
  }
  const batches: string[][] = [];
  for (const group of groups.values()) {
    for (let start = 0; start < group.length; start += size) batches.push(group.slice(start, start + size));
  }
  return batches;
}

/** Splits any id list into chunks of `size` (cancel calls, describe calls). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += Math.max(1, size)) out.push(items.slice(start, start + size));
  return out;
}
