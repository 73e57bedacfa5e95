// Documented facts the tests iterate over: each operation's example and every error code it can answer.
import type { ErrorCodeModel, ExampleModel, ServiceModel } from '@cloudexec/runtime/model';

export function documentedExample(model: ServiceModel, action: string): ExampleModel {
  const found = model.operations.find((op) => op.action === action)?.examples[0];
  if (!found) throw new Error(`${model.service.service} ${action} has no documented example`);
  return found;
}

/** Operation errors first, then the common ones, each code once. */
export function documentedErrors(model: ServiceModel, action: string): ErrorCodeModel[] {
  const op = model.operations.find((candidate) => candidate.action === action);
  const all = [...(op?.errors ?? []), ...model.common.errors];
  return all.filter((error, index) => all.findIndex((other) => other.code === error.code) === index);
}

/** `RegionId` → `regionId`: the Alibaba SDK request models use lower camel case. */
export function lowerCamelKeys(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key[0]!.toLowerCase() + key.slice(1), value]));
}
