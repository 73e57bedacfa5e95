// Each service's documented limits for a run, checked before anything is sent (validate.ts) and used to split
// fleets (split.ts). Sources: the specs and /work/shared/vendor-docs/run/*.md; `inferred` marks a value the
// sources leave open.
import type { ProviderId } from './model.ts';

export interface ProviderLimits {
  /** Targets one run call accepts. */
  targetsPerRun: number;
  /** Targets one cancel call accepts (0: the service cannot cancel). */
  targetsPerCancel: number;
  /** Run calls per second (documented, or the service family's usual default when marked inferred). */
  runsPerSecond: number;
  /** Content limit in bytes, measured on the Base64 form of command + parameter values (see contentBytes). */
  maxContentBytes: number;
  /** Timeout range in seconds and the service default. */
  timeout: { min: number; max: number; default: number };
  maxParameters: number;
  /** How the command travels: Base64 (TAT), plain text (ECS PlainText, SWAS, Batch). */
  contentEncoding: 'base64' | 'plain';
  /** What a target is, for messages. */
  targetNoun: string;
  inferred: readonly string[];
}

export const PROVIDER_LIMITS: Readonly<Record<ProviderId, ProviderLimits>> = {
  'tencent-tat': {
    targetsPerRun: 200,
    targetsPerCancel: 100,
    runsPerSecond: 20,
    maxContentBytes: 64 * 1024,
    timeout: { min: 1, max: 86_400, default: 60 },
    maxParameters: 20,
    contentEncoding: 'base64',
    targetNoun: 'instance id (ins-, lhins- or rins-)',
    inferred: [],
  },
  'aliyun-ecs': {
    targetsPerRun: 100,
    targetsPerCancel: 50,
    // No per-second rate is documented for Cloud Assistant; 10/s keeps a large fleet well under the older
    // 5,000 InvokeCommand calls per region per day quota's burst and mirrors the spec's chosen QPS.
    runsPerSecond: 10,
    maxContentBytes: 24 * 1024,
    // InvokeCommand documents ≥ 10; the upper bound is SWAS's (ECS states none).
    timeout: { min: 10, max: 86_400, default: 60 },
    // RunCommand Parameters: 0–10 pairs (the content may name 20; the stricter rule wins).
    maxParameters: 10,
    contentEncoding: 'plain',
    targetNoun: 'instance id (i-…)',
    inferred: ['runsPerSecond', 'timeout.max'],
  },
  'aliyun-swas': {
    targetsPerRun: 1,
    targetsPerCancel: 0,
    runsPerSecond: 10,
    maxContentBytes: 16 * 1024,
    timeout: { min: 10, max: 86_400, default: 60 },
    maxParameters: 20,
    contentEncoding: 'plain',
    targetNoun: 'server instance id',
    inferred: ['runsPerSecond'],
  },
  'tencent-batch': {
    // One compute environment: the job has one task with one instance in it.
    targetsPerRun: 1,
    targetsPerCancel: 1,
    runsPerSecond: 20,
    // Batch documents no command size; 64 KB matches TAT so a command valid on one Tencent service is valid on the other.
    maxContentBytes: 64 * 1024,
    timeout: { min: 1, max: 86_400, default: 86_400 },
    maxParameters: 0,
    contentEncoding: 'plain',
    targetNoun: 'compute environment id (env-…)',
    inferred: ['maxContentBytes'],
  },
};

/** Bytes the service counts: the Base64 length of the command plus the parameter values (ECS, SWAS, TAT). */
export function contentBytes(command: string, parameters: Readonly<Record<string, string>> | undefined): number {
  const base64Length = (text: string) => Math.ceil(new TextEncoder().encode(text).length / 3) * 4;
  let total = base64Length(command);
  for (const value of Object.values(parameters ?? {})) total += base64Length(value);
  return total;
}
