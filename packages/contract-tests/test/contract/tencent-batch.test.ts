import * as batch from '@cloudexec/tencent-batch';
import * as batchMsw from '@cloudexec/tencent-batch/msw';
import { runContractSuite } from '../../src/index.ts';

runContractSuite({ model: batch.serviceModel, clientPackage: batch, mswPackage: batchMsw });
