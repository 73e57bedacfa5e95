// Gives every constraint the error the service answers when it is broken: the spec's
// `constraintErrors` entry for that parameter and kind, else its entry for the kind alone, else the
// provider's common missing/invalid/unknown parameter code (basis `inferred`).
import type { Constraint, ConstraintError } from '@cloudexec/runtime/model';
import type { ConstraintErrorExtension } from '@cloudexec/spec-check';
import type { ConstraintShape } from './constraints.ts';

/** One `x-cloudexec-operation.constraintErrors[]` entry. */
export type ConstraintErrorEntry = Pick<ConstraintErrorExtension, 'constraint' | 'parameter' | 'parameters' | 'code' | 'httpStatus' | 'basis'>;

/** The provider's fallbacks, from x-cloudexec-common. */
export interface FallbackErrors {
  missingParameter: ConstraintError;
  invalidParameter: ConstraintError;
  invalidParameterValue: ConstraintError;
  /** The common unknown-parameter code, or the invalid-parameter code where none is documented. */
  unknownParameter: ConstraintError;
}

export function attachErrors(shapes: readonly ConstraintShape[], entries: readonly ConstraintErrorEntry[], fallback: FallbackErrors): Constraint[] {
  return shapes.map((shape) => ({ ...shape, ...errorFor(shape, entries, fallback) }) as Constraint);
}

function errorFor(shape: ConstraintShape, entries: readonly ConstraintErrorEntry[], fallback: FallbackErrors): ConstraintError {
  const sameKind = entries.filter((entry) => entry.constraint === shape.kind);
  const spellings = parameterSpellings(shape);
  const exact = sameKind.find((entry) =>
    shape.kind === 'mutuallyExclusive' ? sameSet(entry.parameters ?? [], shape.paths) : entry.parameter !== undefined && spellings.includes(entry.parameter),
  );
  const general = sameKind.find((entry) => entry.parameter === undefined && entry.parameters === undefined);
  const chosen = exact ?? general;
  if (chosen) return { code: chosen.code, httpStatus: chosen.httpStatus, basis: chosen.basis };
  if (shape.kind === 'required') return fallback.missingParameter;
  if (shape.kind === 'type') return fallback.invalidParameter;
  if (shape.kind === 'additionalProperties') return fallback.unknownParameter;
  return fallback.invalidParameterValue;
}

/**
 * The `parameter` values a spec entry may use for this constraint. A filter value list applies to
 * `Filters[].Values` and unique keys to `Tag[].Key`, so specs name those; the model path is the list.
 */
function parameterSpellings(shape: ConstraintShape): string[] {
  switch (shape.kind) {
    case 'mutuallyExclusive':
      return [];
    case 'filterValue':
      return [shape.path, `${shape.path}[].Values`, `${shape.path}[].Values[]`];
    case 'uniqueKeys':
      return [shape.path, `${shape.path}[].${shape.key}`];
    default:
      return [shape.path];
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
