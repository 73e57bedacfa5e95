// The client's input check: a generated `validate<Action>Request` hands its operation's constraint table
// (validators.gen.ts) to the one interpreter (constraints.ts) and throws the first broken rule as a
// ValidationError, before anything is sent.
import { isRecord, type ConstraintRow } from './constraints.ts';
import { ValidationError } from './errors.ts';

// The mock engine reads values through these too (see constraints.ts).
export { isOneOf, isPresent, isRecord } from './constraints.ts';

/**
 * Checks `input` against `table`, `action`'s documented limits, in order.
 * @throws ValidationError naming the parameter (with its index), the constraint, its limit and the value.
 */
export function validateInput(action: string, table: readonly ConstraintRow[], input: unknown): void {
  if (!isRecord(input)) {
    throw new ValidationError({
      action,
      path: '(input)',
      constraint: 'type',
      limit: 'object',
      value: input,
      message: `${action} takes an object of parameters`,
    });
  }
  for (const [rule, path, limit] of table) {
    const found = rule.find(input, path, limit, {});
    if (found) {
      throw new ValidationError({ action, path: found[0], constraint: rule.kind, limit: found[2], value: found[1], message: rule.say(found, action) });
    }
  }
}
