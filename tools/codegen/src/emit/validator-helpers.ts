// The constraint table's vocabulary, shared by validators.gen.ts (the rows) and model-data.gen.ts (which
// imports the rows and adds each one's documented error). A row names the runtime rule that checks it, so a
// client bundle carries only the rules its operations use.
import type { Constraint, OperationModel } from '@cloudexec/runtime/model';
import { camelCase, propertyKey, quote } from './helpers.ts';

/** `describeInvocationsConstraints`. */
export function constraintTableName(op: OperationModel): string {
  return `${camelCase(op.action)}Constraints`;
}

/** The runtime export that implements a rule kind: `maximum` → `maximumRule`. */
export function ruleName(c: Constraint): string {
  return `${c.kind}Rule`;
}

/** `[maximumRule, 'Limit', 100]`; the limit is omitted for rules that have none (`required`, `token`). */
export function constraintRow(c: Constraint): string {
  const rest = ((): unknown[] => {
    switch (c.kind) {
      case 'required':
      case 'token':
        return [c.path];
      case 'mutuallyExclusive':
        return ['', c.paths];
      case 'type':
        return [c.path, c.type];
      case 'enum':
      case 'filterValue':
        return [c.path, c.values];
      case 'filterName':
        return [c.path, c.names];
      case 'uniqueKeys':
        return [c.path, c.key];
      case 'pattern':
      case 'notPattern':
        return [c.path, c.pattern];
      case 'contentEncoding':
        return [c.path, c.encoding];
      case 'additionalProperties':
        return [c.path, c.allowed];
      default:
        return [c.path, c.limit];
    }
  })();
  return `[${[ruleName(c), ...rest.map(inlineLiteral)].join(', ')}]`;
}

/** The documented error of a row: `[code, httpStatus, basis]`. */
export function constraintErrorRow(c: Constraint): unknown[] {
  return [c.code, c.httpStatus, c.basis];
}

/** A one-line literal: `['maximum', 'Limit', 100]`, `{ 'command-created-by': ['TAT', 'USER'] }`. */
export function inlineLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineLiteral).join(', ')}]`;
  if (typeof value === 'string') return quote(value);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${propertyKey(key)}: ${inlineLiteral(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return String(value);
}
