import * as tat from '@cloudexec/tencent-tat';
import * as tatMsw from '@cloudexec/tencent-tat/msw';
import { runContractSuite } from '../src/index.ts';
import { dropResponseMember } from './mutants.ts';

const client = (options: tat.TatClientOptions) => new tat.TatClient(options);
runContractSuite({
  model: tat.serviceModel,
  clientPackage: tat,
  mswPackage: tatMsw,
  createClient: dropResponseMember(client, 'DescribeInvocations', 'InvocationSet', 'CommandContent'),
});
