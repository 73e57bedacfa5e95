// x-cloudexec-operation.waiters → WaiterModel[], checked against the dereferenced schemas so a waiter cannot name
// a parameter, list or status the operation does not have, nor a status value off a documented enum.
import type { JsonSchema, WaiterModel } from '@cloudexec/runtime/model';
import type { WaiterExtension } from '@cloudexec/spec-check';
import { CodegenError } from '../load/codegen-error.ts';

type Raw = Record<string, unknown>;

export function waiterModels(waiters: readonly WaiterExtension[], requestSchema: JsonSchema, responseSchema: JsonSchema, where: string): WaiterModel[] {
  return waiters.map((entry) => {
    const waiter: WaiterModel = {
      name: entry.name,
      description: entry.description,
      input: entry.input,
      ...(entry.items !== undefined ? { items: entry.items } : {}),
      status: entry.status,
      success: [...entry.success],
      failure: [...entry.failure],
    };
    checkWaiter(waiter, requestSchema, responseSchema, `${where} waiter ${waiter.name}`);
    return waiter;
  });
}

function checkWaiter(waiter: WaiterModel, requestSchema: JsonSchema, responseSchema: JsonSchema, where: string): void {
  if (!schemaAt(requestSchema, waiter.input)) throw new CodegenError(`${where}: the request has no parameter ${waiter.input}`);
  let item: Raw | undefined = responseSchema;
  if (waiter.items !== undefined) {
    const list = schemaAt(responseSchema, waiter.items);
    item = list && isRecord(list['items']) ? list['items'] : undefined;
    if (!item) throw new CodegenError(`${where}: the response has no list at ${waiter.items}`);
  }
  const status = schemaAt(item, waiter.status);
  if (!status) throw new CodegenError(`${where}: an item has no member ${waiter.status}`);
  const overlap = waiter.success.filter((value) => waiter.failure.includes(value));
  if (overlap.length > 0) throw new CodegenError(`${where}: ${overlap.join(', ')} is both a success and a failure value`);
  const documented = Array.isArray(status['enum']) ? status['enum'].map(String) : undefined;
  const unknown = documented ? [...waiter.success, ...waiter.failure].filter((value) => !documented.includes(value)) : [];
  if (unknown.length > 0) throw new CodegenError(`${where}: ${unknown.join(', ')} is not a documented value of ${waiter.status}`);
}

/** The schema of a dotted member path (`Invocations.Invocation`), or undefined. */
function schemaAt(schema: Raw, path: string): Raw | undefined {
  let node: unknown = schema;
  for (const segment of path.split('.')) {
    const properties = isRecord(node) ? node['properties'] : undefined;
    node = isRecord(properties) ? properties[segment] : undefined;
  }
  return isRecord(node) ? node : undefined;
}

function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
