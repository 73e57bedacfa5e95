import { runContractSuite } from '@cloudexec/contract-tests';
import { replayPackage } from './replay-packages.ts';

const tat = await replayPackage('tencent-tat');
runContractSuite({ model: tat.client.serviceModel, clientPackage: tat.client, mswPackage: tat.msw });
