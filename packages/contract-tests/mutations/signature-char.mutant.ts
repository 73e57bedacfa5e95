import { tencentProtocol } from '@cloudexec/runtime';
import * as tat from '@cloudexec/tencent-tat';
import * as tatMsw from '@cloudexec/tencent-tat/msw';
import { runContractSuite } from '../src/index.ts';
import { alterSignatureChar } from './mutants.ts';

runContractSuite({ model: tat.serviceModel, clientPackage: tat, mswPackage: tatMsw, createClient: alterSignatureChar(tat.serviceModel, tencentProtocol) });
