// What the per-provider generators share: the commands that "ran", the clock they ran on, outcomes, and the
// documented example items used as templates so every generated record has the documented shape.
import { serviceModels, type ProviderId } from '../providers.ts';
import type { Random } from './random.ts';

export interface Command {
  name: string;
  content: string;
  output: string;
}

export const COMMANDS: readonly Command[] = [
  { name: 'check-disk', content: 'df -h /', output: 'Filesystem  Size  Used Avail Use% Mounted on\n/dev/vda1    50G   21G   27G  44% /\n' },
  { name: 'restart-nginx', content: 'systemctl restart nginx', output: '' },
  { name: 'collect-logs', content: 'tar czf /tmp/logs.tgz /var/log', output: "tar: Removing leading `/' from member names\n" },
  { name: 'uptime', content: 'uptime', output: ' 08:00:01 up 12 days,  3:04,  0 users,  load average: 0.08, 0.03, 0.01\n' },
];

/** Newest record's creation time; older records step back from here. */
export const NEWEST = Date.UTC(2026, 10, 20, 8, 0, 0);
export const MINUTE = 60_000;

export type Outcome = 'success' | 'failed' | 'timeout' | 'running';

/** Mostly successes, some failures and timeouts; the newest `runningCount` records are still running. */
export function outcome(random: Random, index: number, runningCount = 1): Outcome {
  if (index < runningCount) return 'running';
  const roll = random.next();
  return roll < 0.75 ? 'success' : roll < 0.92 ? 'failed' : 'timeout';
}

export function exitCodeOf(result: Outcome): number {
  return result === 'success' || result === 'running' ? 0 : result === 'failed' ? 1 : 124;
}

export function outputOf(command: Command, result: Outcome): string {
  if (result === 'failed') return `${command.content.split(' ')[0]}: permission denied\n`;
  if (result === 'timeout' || result === 'running') return '';
  return command.output;
}

export const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** `2026-11-20T08:00:00Z` (Alibaba, Batch) or `2026-11-20T08:00:00+00:00` (TAT). */
export function isoSeconds(ms: number, zone: 'Z' | '+00:00' = 'Z'): string {
  return new Date(ms).toISOString().slice(0, 19) + zone;
}

/** Distinct picks from a pool, at least one. */
export function someOf<T>(random: Random, pool: readonly T[], max: number): T[] {
  const count = 1 + random.int(max);
  const copy = [...pool];
  const chosen: T[] = [];
  while (chosen.length < count && copy.length > 0) chosen.push(copy.splice(random.int(copy.length), 1)[0]!);
  return chosen;
}

/** The first item of the documented example's list (`Invocations.Invocation` style paths), cloned. */
export function exampleItem(id: ProviderId, action: string, itemsPath: string): Record<string, unknown> {
  const op = serviceModels[id].operations.find((candidate) => candidate.action === action);
  let node: unknown = op?.examples[0]?.response.data;
  for (const key of itemsPath.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  const first = Array.isArray(node) ? (node[0] as unknown) : undefined;
  if (typeof first !== 'object' || first === null) throw new Error(`${id} ${action}: the documented example has no ${itemsPath} item`);
  return structuredClone(first as Record<string, unknown>);
}
