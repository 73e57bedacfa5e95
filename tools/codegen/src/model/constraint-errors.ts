// Gives every constraint the error the service answers when it is broken: the spec's
// `constraintErrors` entry for that parameter and kind, else its entry for the kind alone, else the
// provider's common missing/invalid parameter code (basis `inferred`).
import type { Constraint, ConstraintError } from '@cloudexec/runtime/model';
import type { ConstraintShape } from './constraints.ts';

/** One `x-cloudexec-operation.constraintErrors[]` entry (already schema-checked). */
export interface ConstraintErrorEntry {
  constraint: string;
  parameter?: string;
  parameters?: string[];
  code: string;
  httpStatus: number;
  basis: 'documented' | 'inferred';
}

/** The provider's fallbacks, from x-cloudexec-common. */
export interface FallbackErrors {
  missingParameter: ConstraintError;
  invalidParameter: ConstraintError;
  invalidParameterValue: ConstraintError;
}

export function attachErrors(shapes: readonly ConstraintShape[], entries: readonly ConstraintErrorEntry[], fallback: FallbackErrors): Constraint[] {
  return shapes.map((shape) => ({ ...shape, ...errorFor(shape, entries, fallback) }) as Constraint);
}

function errorFor(shape: ConstraintShape, entries: readonly ConstraintErrorEntry[], fallback: FallbackErrors): ConstraintError {
  const sameKind = entries.filter((entry) => entry.constraint === shape.kind);
  const exact = sameKind.find((entry) =>
    shape.kind === 'mutuallyExclusive' ? sameSet(entry.parameters ?? [], shape.paths) : entry.parameter === shape.path,
  );
  const general = sameKind.find((entry) => entry.parameter === undefined && entry.parameters === undefined);
  const chosen = exact ?? general;
  if (chosen) return { code: chosen.code, httpStatus: chosen.httpStatus, basis: chosen.basis };
  if (shape.kind === 'required') return fallback.missingParameter;
  if (shape.kind === 'type') return fallback.invalidParameter;
  return fallback.invalidParameterValue;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
