// Doc discrepancies: one case per documented inconsistency, proving client and handlers survive it.
import type { OperationModel } from '@cloudexec/runtime/model';
import type { CaseKit } from './case-kit.ts';
import { DISCREPANCY_PROBES, PROBES } from './discrepancy-probes.ts';

export function registerDiscrepancyCases(kit: CaseKit, op: OperationModel): void {
  for (const discrepancy of op.discrepancies) {
    const probes = ['roundTrip' as const, ...(DISCREPANCY_PROBES[discrepancy.id] ?? [])];
    kit.test(op, 'discrepancies', `discrepancy ${discrepancy.id} (${probes.join(', ')})`, async () => {
      for (const name of probes) await PROBES[name](kit, op);
    });
  }
}
