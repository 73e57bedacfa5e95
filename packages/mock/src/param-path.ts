// Walks a ParamPath (`Limit`, `Filters[].Values`, `Tag[].Key`, `InvokeInstances.InvokeInstance[].InstanceId`)
// through request params or dataset items. `[]` after a segment means "each element of that list".

import { isRecord } from '@cloudexec/runtime/wire';

// The mock reads values as the generated validators do, so a client and the mock reject the same inputs.
export { isPresent, isRecord } from '@cloudexec/runtime/wire';

/**
 * The values found at `path`. A missing leaf under an existing parent yields `undefined` (so `required` can see it);
 * a missing parent yields nothing (nothing to check below an absent list).
 */
export function valuesAtPath(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  const segments = path.split('.');
  segments.forEach((segment, index) => {
    const isLeaf = index === segments.length - 1;
    const expands = segment.endsWith('[]');
    const key = expands ? segment.slice(0, -2) : segment;
    const next: unknown[] = [];
    for (const node of current) {
      if (!isRecord(node)) continue;
      const value = node[key];
      if (expands) {
        if (Array.isArray(value)) next.push(...value);
      } else if (value !== undefined || isLeaf) {
        next.push(value);
      }
    }
    current = next;
  });
  return current;
}

/** Writes `value` at a dotted path, creating intermediate objects (`Invocations.Invocation`). */
export function setAtPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root;
  keys.slice(0, -1).forEach((key) => {
    const child = node[key];
    if (isRecord(child)) {
      node = child;
    } else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  });
  node[keys[keys.length - 1] as string] = value;
}
