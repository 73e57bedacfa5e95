// Chooses what a call answers: the HTTP status an error code travels with, and the success payload (fixed
// override, dataset page, or the first documented example).
import type { OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { filterItems } from './dataset.ts';
import { choosePagination, paginate, pagingParameters } from './paginate.ts';
import { setAtPath } from './param-path.ts';

/** Documented status of a code: operation errors, then common errors (the protocol decides what travels). */
export function statusForCode(model: ServiceModel, op: OperationModel | undefined, code: string, fallback = 400): number {
  const known = [...(op?.errors ?? []), ...model.common.errors].find((error) => error.code === code);
  return known?.httpStatus ?? fallback;
}

export type Payload = { ok: true; data: Record<string, unknown> } | { ok: false; code: string; message: string };

export function examplePayload(op: OperationModel): Record<string, unknown> {
  return structuredClone(op.examples[0]?.response.data ?? {});
}

export function datasetPayload(model: ServiceModel, op: OperationModel, items: readonly Record<string, unknown>[], params: Record<string, unknown>): Payload {
  const style = choosePagination(op, params);
  if (!style) return { ok: true, data: examplePayload(op) };
  const matching = filterItems(items, params, op, pagingParameters(op));
  const result = paginate(matching, params, op, style);
  if (!result.ok) return { ok: false, code: model.common.invalidParameterCode, message: result.message };
  const data = examplePayload(op);
  setAtPath(data, result.page.itemsPath, structuredClone(result.page.items));
  for (const [path, value] of Object.entries(result.page.fields)) setAtPath(data, path, value);
  return { ok: true, data };
}
