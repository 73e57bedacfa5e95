import * as ecs from '@cloudexec/aliyun-ecs';
import * as ecsMsw from '@cloudexec/aliyun-ecs/msw';
import { runContractSuite } from '../../src/index.ts';

runContractSuite({ model: ecs.serviceModel, clientPackage: ecs, mswPackage: ecsMsw });
