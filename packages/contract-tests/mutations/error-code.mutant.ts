import { aliyunProtocol } from '@cloudexec/runtime';
import * as ecs from '@cloudexec/aliyun-ecs';
import * as ecsMsw from '@cloudexec/aliyun-ecs/msw';
import { runContractSuite } from '../src/index.ts';
import { mapCodeWrongly } from './mutants.ts';

runContractSuite({
  model: ecs.serviceModel,
  clientPackage: ecs,
  mswPackage: ecsMsw,
  createClient: mapCodeWrongly(ecs.serviceModel, aliyunProtocol, 'InvalidParam.PageSize', 'InvalidParameter'),
});
