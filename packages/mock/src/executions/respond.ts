// A role's non-list answer: the documented example with the operation's `response` map written over it.
import type { OperationModel } from '@cloudexec/runtime/model';
import { examplePayload } from '../respond.ts';
import type { Scope } from './expressions.ts';
import { render } from './render.ts';
import type { EngineState } from './state.ts';

export type EngineAnswer = { ok: true; data: Record<string, unknown> } | { ok: false; code: string; message: string };

export function respond(state: EngineState, op: OperationModel, scope: Scope): EngineAnswer {
  const data = render(examplePayload(op), op.execution?.response ?? {}, scope, state, { schema: op.responseSchema, schemaPath: '' });
  return { ok: true, data };
}

/** The documented code for an unknown `entity` on this operation, else the service's invalid-value code. */
export function unknownEntity(state: EngineState, op: OperationModel, entity: string, id: string): EngineAnswer {
  const code =
    op.execution?.notFound?.find((rule) => rule.entity === entity)?.code ??
    state.model.common.invalidParameterValueCode ??
    state.model.common.invalidParameterCode;
  return { ok: false, code, message: `The ${entity} ${id} does not exist.` };
}
