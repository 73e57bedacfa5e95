import * as tat from '@cloudexec/tencent-tat';
import * as tatMsw from '@cloudexec/tencent-tat/msw';
import { runContractSuite } from '../../src/index.ts';

runContractSuite({ model: tat.serviceModel, clientPackage: tat, mswPackage: tatMsw });
