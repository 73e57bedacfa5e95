// validators.gen.ts: each operation's documented limits as data, one `[rule, path, limit]` row per constraint
// (the rule is the runtime export that checks it)
// in the model's order (the order services check them), and a `validate<Action>Request(input)` that hands
// the table to the runtime's one constraint interpreter. model-data.gen.ts reuses the same tables, adding
// only the documented error of each row, so the client, the mock and the contract suite read one set of facts.
import type { Constraint, OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { generatedPath, importLine, jsDoc, tsFile, type EmitContext, type GeneratedFile } from './helpers.ts';
import { operationNames, sortedOperations } from './operations.ts';
import { constraintRow, constraintTableName, inlineLiteral, ruleName } from './validator-helpers.ts';

export function emitValidators(model: ServiceModel, ctx: EmitContext): GeneratedFile[] {
  const operations = sortedOperations(model);
  const body = [
    importLine(['validateInput', 'type ConstraintRow', ...operations.flatMap((op) => op.constraints.map(ruleName))], ctx.runtimeImport),
    ...operations.flatMap((op) => ['', constraintTable(op), '', validatorFunction(op, model)]),
  ];
  return [{ path: generatedPath('validators'), contents: tsFile(model.specFile, body) }];
}

function constraintTable(op: OperationModel): string {
  const rows = op.constraints.map((c: Constraint) => `  ${constraintRow(c)},`);
  return [
    jsDoc([`${op.action}'s documented limits, in the order the service checks them: \`[rule, path, limit]\`.`]),
    `export const ${constraintTableName(op)}: readonly ConstraintRow[] = ${rows.length === 0 ? '[]' : ['[', ...rows, ']'].join('\n')};`,
  ].join('\n');
}

function validatorFunction(op: OperationModel, model: ServiceModel): string {
  return [
    jsDoc([
      `Checks a ${op.action} input against its documented limits before anything is sent.`,
      '@throws ValidationError naming the first parameter (with its index) that breaks one, the constraint, the limit and the value.',
    ]),
    `export function ${operationNames(op, model).validator}(input: unknown): void {`,
    `  validateInput(${inlineLiteral(op.action)}, ${constraintTableName(op)}, input);`,
    '}',
  ].join('\n');
}
