// The provider services this server stands in for, keyed by an id that also names them in dataset files
// and log lines: `<provider>-<service>`, the package name without its scope.
import { serviceModel as ecsModel } from '@cloudexec/aliyun-ecs';
import { serviceModel as swasModel } from '@cloudexec/aliyun-swas';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { serviceModel as batchModel } from '@cloudexec/tencent-batch';
import { serviceModel as tatModel } from '@cloudexec/tencent-tat';

export type ProviderId = 'tencent-tat' | 'tencent-batch' | 'aliyun-ecs' | 'aliyun-swas';

export const PROVIDER_IDS: readonly ProviderId[] = ['tencent-tat', 'tencent-batch', 'aliyun-ecs', 'aliyun-swas'];

export const serviceModels: Readonly<Record<ProviderId, ServiceModel>> = {
  'tencent-tat': tatModel,
  'tencent-batch': batchModel,
  'aliyun-ecs': ecsModel,
  'aliyun-swas': swasModel,
};

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}
