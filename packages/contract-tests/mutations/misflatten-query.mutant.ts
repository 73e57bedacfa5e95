import { tencentProtocol } from '@cloudexec/runtime';
import * as batch from '@cloudexec/tencent-batch';
import * as batchMsw from '@cloudexec/tencent-batch/msw';
import { runContractSuite } from '../src/index.ts';
import { misflattenQuery } from './mutants.ts';

runContractSuite({ model: batch.serviceModel, clientPackage: batch, mswPackage: batchMsw, createClient: misflattenQuery(batch.serviceModel, tencentProtocol) });
