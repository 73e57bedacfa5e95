// model-data.gen.ts: the normalized ServiceModel as a typed constant, read by the mock engine, the MSW handlers
// and the contract tests. Operations are sorted by action and object keys alphabetically, except inside
// examples, whose request and response bodies stay in documented order (they are transcribed data).
import type { ServiceModel } from '@cloudexec/runtime/model';
import { compareStrings, generatedPath, importLine, jsDoc, tsFile, tsLiteral, type EmitContext, type GeneratedFile } from './helpers.ts';
import { sortedOperations } from './operations.ts';

export function emitModelData(model: ServiceModel, ctx: EmitContext): GeneratedFile[] {
  const data = sortKeysExceptExamples({ ...model, operations: sortedOperations(model) });
  const body = [
    importLine(['ServiceModel'], `${ctx.runtimeImport}/model`, { typeOnly: true }),
    '',
    jsDoc([`The ${model.clientName} service model (${model.specFile}) as data, for mocks and contract tests.`]),
    `export const serviceModel: ServiceModel = ${tsLiteral(data)};`,
  ];
  return [{ path: generatedPath('model-data'), contents: tsFile(model.specFile, body) }];
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
