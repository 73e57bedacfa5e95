// One contract suite per service in the generated manifest: a new spec gets its suite from `pnpm generate`.
import type { ServiceModel } from '@cloudexec/runtime/model';
import { services } from '@cloudexec/services';
import { runContractSuite, type MswPackage } from '../../src/index.ts';

for (const entry of services) {
  const [clientPackage, mswPackage] = await Promise.all([entry.load(), entry.loadMsw()]);
  runContractSuite({ entry, model: clientPackage['serviceModel'] as ServiceModel, clientPackage, mswPackage: mswPackage as MswPackage });
}
