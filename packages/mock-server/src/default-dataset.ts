// The dataset a server starts with: deterministic (seeded), and big enough that every listing spans several
// pages at its documented default page size (TAT 20, Batch 100, ECS and SWAS 10).
import type { Dataset } from './dataset.ts';
import { ecsInvocations, swasInvocations } from './generate/aliyun.ts';
import { seededRandom } from './generate/random.ts';
import { batchTaskInstances, tatDataset } from './generate/tencent.ts';

export interface DefaultDatasetOptions {
  seed?: number;
  /** Records per listing; defaults give 3–4 pages each. */
  tatInvocations?: number;
  batchTaskInstances?: number;
  ecsInvocations?: number;
  swasInvocations?: number;
}

export function createDefaultDataset(options: DefaultDatasetOptions = {}): Dataset {
  const random = seededRandom(options.seed ?? 20261120);
  const tat = tatDataset(random, options.tatInvocations ?? 45);
  return {
    'tencent-tat': { DescribeInvocations: tat.invocations, DescribeInvocationTasks: tat.tasks },
    'tencent-batch': { DescribeTask: batchTaskInstances(random, options.batchTaskInstances ?? 250) },
    'aliyun-ecs': { DescribeInvocations: ecsInvocations(random, options.ecsInvocations ?? 35) },
    'aliyun-swas': { DescribeInvocations: swasInvocations(random, options.swasInvocations ?? 25) },
  };
}
