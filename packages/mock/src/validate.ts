// Checks a request against the operation's documented limits, in the model's order, and reports the first
// broken one (the real services answer one error per request). The reading of each limit is the runtime's one
// constraint interpreter, the same the clients validate with; the mock adds what only a service can judge:
// whether it issued a pagination token, and the parameters it reads from elsewhere (Tencent's Region header).
import { firstViolation, violationMessage } from '@cloudexec/runtime/wire';
import type { Constraint } from '@cloudexec/runtime/model';
import { decodeToken } from './paginate.ts';

export interface Violation {
  constraint: Constraint;
  /** Where, with indices (`Filters[1].Values[0]`). */
  path: string;
  /** In plain words; the client only relies on the code and status. */
  message: string;
}

/**
 * `implicit`: top-level parameters the engine adds itself (Tencent's Region, read from X-TC-Region), which a
 * closed request schema does not list but which the caller did not send as operation parameters.
 */
export function findViolation(params: Record<string, unknown>, constraints: readonly Constraint[], implicit: readonly string[] = []): Violation | undefined {
  // Tokens this engine issues decode to an offset (paginate.ts); anything else was never issued.
  const found = firstViolation(params, constraints, { implicit, issued: (token) => decodeToken(token) !== undefined });
  return found && { constraint: found.constraint, path: found.path, message: `${violationMessage(found)}.` };
}
