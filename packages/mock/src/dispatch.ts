// One call through the mock, in the order the real gateway works: read the wire format, find the action,
// check the signature and version, rate-limit, validate, then answer (override, dataset page or example).
import type { Constraint, OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { coerceWireStrings } from './coerce.ts';
import type { ExecutionEngine } from './executions/index.ts';
import type { OverrideQueue } from './overrides.ts';
import { datasetPayload, examplePayload, statusForCode } from './respond.ts';
import type { ActionThrottle } from './throttle.ts';
import { findViolation } from './validate.ts';
import type { IncomingCall, Rejection, ServerProtocol } from './protocols/types.ts';

export interface DispatchContext {
  model: ServiceModel;
  protocol: ServerProtocol;
  credentials: Record<string, string> | undefined;
  strictSignatures: boolean;
  enforceQps: boolean;
  now: () => number;
  requestId: () => string;
  throttle: ActionThrottle;
  overrides: OverrideQueue;
  datasets: Map<string, Record<string, unknown>[]>;
  executions: ExecutionEngine;
}

export async function dispatch(ctx: DispatchContext, request: Request): Promise<Response> {
  const { model, protocol } = ctx;
  const requestId = ctx.requestId();
  const host = new URL(request.url).host;
  const fail = (code: string, message: string, op?: OperationModel, status?: number): Response =>
    protocol.error({ code, message, httpStatus: status ?? statusForCode(model, op, code), requestId, host });

  const parsed = await protocol.parse(request);
  if (!parsed.ok) return fail(parsed.code, parsed.message, undefined, statusForCode(model, undefined, parsed.code, parsed.httpStatus));
  const { call } = parsed;
  const op = model.operations.find((candidate) => candidate.action === call.action);
  if (!op) return fail(model.common.invalidActionCode, `The action ${call.action} is not served by ${model.service.service}.`);

  const override = ctx.overrides.take(op.action);
  if (override?.delayMs) await sleep(override.delayMs);
  if (override?.networkError) return Response.error();

  if (ctx.credentials) {
    const rejection = await checkSignature(ctx, call);
    if (rejection) return fail(rejection.code, rejection.message, op, statusForCode(model, op, rejection.code, rejection.httpStatus));
  }
  if (call.version !== model.service.version) return fail(versionCode(model), `Version ${String(call.version)} is not ${model.service.version}.`, op);
  if (ctx.enforceQps && !ctx.throttle.admit(op.action, op.qps)) {
    return fail(model.common.throttlingCode, `More than ${op.qps} calls of ${op.action} in one second.`, op);
  }

  const params = readParams(call, op);
  // The region parameter is added back by readParams, so a closed request schema must not count it as unknown.
  const violation = findViolation(params, [...op.constraints, ...regionRequirement(model, op)], [op.region.parameter]);
  if (violation) return fail(violation.constraint.code, violation.message, op, violation.constraint.httpStatus);

  if (override?.errorCode) return fail(override.errorCode, `Forced ${override.errorCode} (mock override).`, op);
  if (override?.response) return protocol.success(structuredClone(override.response) as Record<string, unknown>, requestId);
  // Operations with a part in a run answer from the execution state (docs/executions.md).
  const played = ctx.executions.handle(op, params, ctx.datasets);
  if (played) return played.ok ? protocol.success(played.data, requestId) : fail(played.code, played.message, op);
  const dataset = ctx.datasets.get(op.action);
  const payload = dataset ? datasetPayload(model, op, dataset, params) : { ok: true as const, data: examplePayload(op) };
  if (!payload.ok) return fail(payload.code, payload.message, op);
  return protocol.success(payload.data, requestId);
}

/** The helper's rejection, with a mismatch reported as the model's signature code; lenient mode lets unsigned calls in. */
async function checkSignature(ctx: DispatchContext, call: IncomingCall): Promise<Rejection | undefined> {
  const secrets = ctx.credentials ?? {};
  const verdict = await call.verify((id) => (Object.hasOwn(secrets, id) ? secrets[id] : undefined), ctx.now());
  if (verdict.ok || (!ctx.strictSignatures && !call.signed)) return undefined;
  return verdict.code === ctx.protocol.signatureMismatchCode ? { ...verdict, code: ctx.model.common.signatureErrorCode } : verdict;
}

/** Parameters as the constraints see them; Tencent's region travels as a common parameter, so it is added back. */
function readParams(call: IncomingCall, op: OperationModel): Record<string, unknown> {
  const params = call.textValues ? coerceWireStrings(call.params, op.requestSchema, op.constraints) : call.params;
  const name = op.region.parameter;
  return call.region !== undefined && params[name] === undefined ? { ...params, [name]: call.region } : params;
}

/** A required region the constraint list does not already cover answers the common missing-parameter code. */
function regionRequirement(model: ServiceModel, op: OperationModel): Constraint[] {
  const name = op.region.parameter;
  const covered = op.constraints.some((c) => c.kind === 'required' && c.path === name);
  if (!op.region.required || covered) return [];
  const code = model.common.missingParameterCode;
  return [{ kind: 'required', path: name, code, httpStatus: statusForCode(model, op, code), basis: 'inferred' }];
}

/** A documented common "no such version" code if the model has one, else the generic invalid-parameter code. */
function versionCode(model: ServiceModel): string {
  return model.common.errors.find((error) => /version/i.test(error.code))?.code ?? model.common.invalidParameterCode;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
