// model-data.gen.ts: the normalized ServiceModel as a typed constant, read by the mock engine, the MSW handlers
// and the contract tests. Operations are sorted by action and object keys alphabetically, except inside
// examples, whose request and response bodies stay in documented order (they are transcribed data).
// Each operation's constraints are not repeated here: they are validators.gen.ts's table (the client's)
// joined with each row's documented error code, HTTP status and basis.
import type { OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { compareStrings, generatedPath, importLine, jsDoc, tsFile, tsLiteral, type EmitContext, type GeneratedFile } from './helpers.ts';
import { sortedOperations } from './operations.ts';
import { constraintErrorRow, constraintTableName, inlineLiteral } from './validator-helpers.ts';

/** Stands in for an operation's constraints in the literal until the `withErrors(...)` call replaces it. */
const marker = (op: OperationModel): string => `@@constraints ${op.action}@@`;

export function emitModelData(model: ServiceModel, ctx: EmitContext): GeneratedFile[] {
  const operations = sortedOperations(model);
  const data = sortKeysExceptExamples({ ...model, operations: operations.map((op) => ({ ...op, constraints: marker(op) })) });
  let literal = tsLiteral(data);
  for (const op of operations) {
    literal = literal.replace(
      new RegExp(`^( *)constraints: '${marker(op)}',$`, 'm'),
      (_line, pad: string) => `${pad}constraints: ${constraintsCall(op, pad)},`,
    );
  }
  const body = [
    importLine(['ServiceModel'], `${ctx.runtimeImport}/model`, { typeOnly: true }),
    importLine(['withErrors'], ctx.runtimeImport),
    importLine(operations.map(constraintTableName), './validators.gen.ts'),
    '',
    jsDoc([`The ${model.clientName} service model (${model.specFile}) as data, for mocks and contract tests.`]),
    `export const serviceModel: ServiceModel = ${literal};`,
  ];
  return [{ path: generatedPath('model-data'), contents: tsFile(model.specFile, body) }];
}

/** `withErrors(table, [[code, httpStatus, basis], …])`, one error row per table row. */
function constraintsCall(op: OperationModel, pad: string): string {
  if (op.constraints.length === 0) return `withErrors(${constraintTableName(op)}, [])`;
  const rows = op.constraints.map((c) => `${pad}  ${inlineLiteral(constraintErrorRow(c))},`);
  return [`withErrors(${constraintTableName(op)}, [`, ...rows, `${pad}])`].join('\n');
}

/** Keys sorted at every depth; `examples` arrays are copied as they are. */
export function sortKeysExceptExamples(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysExceptExamples);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareStrings(a, b));
  return Object.fromEntries(entries.map(([key, item]) => [key, key === 'examples' ? sortExampleFrame(item) : sortKeysExceptExamples(item)]));
}

/** An example's own fields (`name`, `request`, `response`, `method`…) are sorted; its payloads are not. */
const PAYLOAD_KEYS = new Set(['body', 'query', 'input', 'data', 'headers']);

function sortExampleFrame(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortExampleFrame);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareStrings(a, b));
  return Object.fromEntries(entries.map(([key, item]) => [key, PAYLOAD_KEYS.has(key) ? structuredClone(item) : sortExampleFrame(item)]));
}
