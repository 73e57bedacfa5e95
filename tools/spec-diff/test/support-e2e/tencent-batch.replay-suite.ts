import { runContractSuite } from '@cloudexec/contract-tests';
import { replayPackage } from './replay-packages.ts';

const batch = await replayPackage('tencent-batch');
runContractSuite({ model: batch.client.serviceModel, clientPackage: batch.client, mswPackage: batch.msw });
