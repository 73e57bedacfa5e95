// Error codes: every documented code (the operation's, then the provider's common ones), forced through the
// handlers, reaches the caller as a CloudApiError with that code, the request id, the documented HTTP status
// and the documented retryability. Retryable codes are retried, and a call recovers when only the first
// attempt fails.
import { CloudApiError, isApiError, isThrottlingCode } from '@cloudexec/runtime';
import type { ErrorCodeModel, OperationModel } from '@cloudexec/runtime/model';
import { expect } from 'vitest';
import type { CaseKit } from './case-kit.ts';

const ATTEMPTS = 3;

/** Read-only actions are idempotent (the model says so; older models did not, hence the name rule). */
const READ_ONLY = /^(?:Describe|List|Get|Query|Inquire|Check)[A-Z]/;

/** Non-idempotent actions are retried only when throttled. */
function retriedFor(op: OperationModel, error: ErrorCodeModel): boolean {
  return error.retryable && ((op.idempotent ?? READ_ONLY.test(op.action)) || isThrottlingCode(error.code));
}

export function documentedCodes(kit: CaseKit, op: OperationModel): ErrorCodeModel[] {
  const seen = new Set<string>();
  return [...op.errors, ...kit.target.model.common.errors].filter((error) => !seen.has(error.code) && seen.add(error.code));
}

export function registerErrorCases(kit: CaseKit, op: OperationModel): void {
  for (const documented of documentedCodes(kit, op)) {
    kit.test(op, 'errors', `error ${documented.code}`, () => checkSurfaces(kit, op, documented));
    if (retriedFor(op, documented)) kit.test(op, 'errors', `retry ${documented.code}`, () => checkRecovers(kit, op, documented));
  }
}

async function checkSurfaces(kit: CaseKit, op: OperationModel, documented: ErrorCodeModel): Promise<void> {
  const { mock, requestIds } = kit.server.serve();
  // Persistent for retryable codes (every attempt fails), once otherwise.
  const retried = retriedFor(op, documented);
  mock.override(op.action, { errorCode: documented.code, ...(retried ? {} : { times: 1 }) });
  const { client, recorder } = kit.client(op, { overrides: { retry: { maxAttempts: ATTEMPTS, baseDelayMs: 1, maxDelayMs: 2 } } });
  const error = await kit.target.call(op, client, kit.exampleInput(op)).then(
    () => expect.fail(`the call succeeded although the handlers answered ${documented.code}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CloudApiError);
  expect(isApiError(error, documented.code)).toBe(true);
  const api = error as CloudApiError;
  expect({
    provider: api.provider,
    action: api.action,
    code: api.code,
    requestId: api.requestId,
    httpStatus: api.httpStatus,
    retryable: api.retryable,
  }).toEqual({
    provider: kit.target.model.service.provider,
    action: op.action,
    code: documented.code,
    requestId: requestIds.at(-1),
    httpStatus: documented.httpStatus,
    retryable: documented.retryable,
  });
  expect(recorder.exchanges, retried ? 'retried up to maxAttempts' : 'not retried').toHaveLength(retried ? ATTEMPTS : 1);
}

async function checkRecovers(kit: CaseKit, op: OperationModel, documented: ErrorCodeModel): Promise<void> {
  const { mock } = kit.server.serve();
  mock.override(op.action, { errorCode: documented.code, times: 1 });
  const retried: string[] = [];
  const { client, recorder } = kit.client(op, {
    overrides: { retry: { maxAttempts: ATTEMPTS, baseDelayMs: 1, maxDelayMs: 2 }, hooks: { onRetry: (event) => retried.push(errorCode(event.error)) } },
  });
  const data = await kit.target.call(op, client, kit.exampleInput(op));
  expect(data).toEqual(expect.objectContaining({ RequestId: expect.any(String) }));
  expect(retried).toEqual([documented.code]);
  expect(recorder.exchanges).toHaveLength(2);
}

function errorCode(error: unknown): string {
  return error instanceof CloudApiError ? error.code : String(error);
}
