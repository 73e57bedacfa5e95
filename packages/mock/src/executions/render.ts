// Writes an `item`/`response` map over a copy of the documented example: plain members are set from the scope;
// a `[]` segment repeats the example's first element once per task of the scope's execution (or once, when the
// scope is a single task), so nested per-target lists (`InvokeInstances.InvokeInstance[].InstanceId`) fill in.
import type { ExecutionExpression, JsonSchema } from '@cloudexec/runtime/model';
import { isRecord, setAtPath, valuesAtPath } from '../param-path.ts';
import { evaluate, type Scope } from './expressions.ts';
import { conform, SKIP, schemaAt } from './schema.ts';
import type { EngineState } from './state.ts';

type Node = Record<string, unknown>;

export interface RenderTarget {
  schema: JsonSchema | undefined;
  /** Path of `base` inside the schema (`InvocationSet[]` for one item); '' for the whole response. */
  schemaPath: string;
}

export function render(base: Node, map: Record<string, ExecutionExpression>, scope: Scope, state: EngineState, target: RenderTarget): Node {
  const groups = new Map<string, Record<string, ExecutionExpression>>();
  for (const [path, expression] of Object.entries(map)) {
    const at = path.indexOf('[]');
    if (at < 0) {
      write(base, path, evaluate(expression, scope, state), target);
      continue;
    }
    const prefix = path.slice(0, at);
    const rest = path.slice(at + 2).replace(/^\./, '');
    groups.set(prefix, { ...groups.get(prefix), [rest]: expression });
  }
  for (const [prefix, members] of groups) {
    const [existing] = valuesAtPath(base, prefix);
    const template = Array.isArray(existing) ? existing[0] : undefined;
    const listPath = join(target.schemaPath, `${prefix}[]`);
    const elements = repeatScopes(scope).map((each) => {
      const scalar = members[''];
      if (scalar !== undefined) return conformed(evaluate(scalar, each, state), schemaAt(target.schema, listPath));
      const element: Node = isRecord(template) ? structuredClone(template) : {};
      return render(element, members, each, state, { schema: target.schema, schemaPath: listPath });
    });
    setAtPath(base, prefix, elements);
  }
  return base;
}

/** One scope per task of the execution in scope; a scope already naming its task (or no execution) repeats once. */
function repeatScopes(scope: Scope): Scope[] {
  if (scope.task || !scope.execution) return [scope];
  return scope.execution.tasks.map((task) => ({ ...scope, task }));
}

function write(base: Node, path: string, value: unknown, target: RenderTarget): void {
  if (value === undefined) return;
  const written = conform(value, schemaAt(target.schema, join(target.schemaPath, path)));
  if (written !== SKIP) setAtPath(base, path, written);
}

function conformed(value: unknown, schema: JsonSchema | undefined): unknown {
  const written = conform(value, schema);
  return written === SKIP ? null : written;
}

function join(prefix: string, path: string): string {
  return prefix ? `${prefix}.${path}` : path;
}
