// Control: the released TAT client (validators still at Limit 100) against the regenerated model and mock.
// The limit cases must catch it, or the passing runs above would prove nothing.
import { runContractSuite } from '@cloudexec/contract-tests';
import * as releasedTat from '@cloudexec/tencent-tat';
import { replayPackage } from './replay-packages.ts';
import { TAT_LIMIT } from '../helpers/replay-edits.ts';

const tat = await replayPackage('tencent-tat');
runContractSuite({
  model: tat.client.serviceModel,
  clientPackage: releasedTat,
  mswPackage: tat.msw,
  only: { actions: [TAT_LIMIT.operation], categories: ['limits'] },
});
