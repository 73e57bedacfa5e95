// The suite's prediction of which limit a generated input breaks first (the model lists constraints in the
// order services check them; one error per request), and the check that every "at the limit" input breaks
// none. It is the runtime's one constraint interpreter, the same the clients and the mock evaluate, with one
// difference: the suite treats any pagination token it did not obtain from the service as foreign.
import { entriesAt, firstViolation, isRecord } from '@cloudexec/runtime';
import type { Constraint } from '@cloudexec/runtime/model';

export { isRecord };

/** Only tokens the suite obtained from the service are its own; they never reach the oracle. */
const ORACLE = { issued: () => false };

/** Values at a ParamPath; a missing leaf under an existing parent is `undefined`, a missing parent yields nothing. */
export function valuesAt(root: unknown, path: string): unknown[] {
  return entriesAt(root, path).map(([, value]) => value);
}

export function breaks(input: Record<string, unknown>, c: Constraint): boolean {
  return firstViolation(input, [c], ORACLE) !== undefined;
}

/** The first constraint (in model order) `input` breaks. */
export function firstBroken(input: Record<string, unknown>, constraints: readonly Constraint[]): Constraint | undefined {
  return firstViolation(input, constraints, ORACLE)?.constraint;
}
