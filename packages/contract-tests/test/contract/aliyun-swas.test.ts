import * as swas from '@cloudexec/aliyun-swas';
import * as swasMsw from '@cloudexec/aliyun-swas/msw';
import { runContractSuite } from '../../src/index.ts';

runContractSuite({ model: swas.serviceModel, clientPackage: swas, mswPackage: swasMsw });
