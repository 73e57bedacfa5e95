// Limits: for every documented constraint, an input just past it is refused by the client with a
// ValidationError naming the parameter and the limit (nothing is sent), an input at it is accepted and sent,
// and the past-the-limit input sent raw (validate: false) is answered with the constraint's code and status.
import { schemaAt } from './sample-values.ts';
import { CloudApiError, ValidationError, wireProtocol } from '@cloudexec/runtime';
import type { Constraint, OperationModel } from '@cloudexec/runtime/model';
import { expect } from 'vitest';
import { inputRegionId } from '../support/placement.ts';
import { carriedParams, expectedParams, readWire } from '../support/wire.ts';
import type { CaseKit } from './case-kit.ts';
import { breaks, firstBroken } from './constraint-oracle.ts';
import { contentLimit } from './content-inputs.ts';
import { issuedToken } from './issued-token.ts';
import { constraintId, limitCases, type LimitCase } from './limit-inputs.ts';

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** `Filters[2].Values[0]` → `Filters[].Values[]`. */
export function logicalPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/**
 * Does the error's path name this constraint's parameter? List-level limits may name the element at fault
 * (`Filters[1].Name`, `Tag[2].Key`); an unknown member is named by itself (`ContractUnknown`, `Filters[0].X`).
 */
function namesParameter(error: ValidationError, c: Constraint): boolean {
  const path = logicalPath(error.path);
  if (c.kind === 'mutuallyExclusive') return c.paths.includes(path);
  if (c.kind === 'additionalProperties') return path === (c.path === '' ? UNKNOWN_MEMBER : `${c.path}.${UNKNOWN_MEMBER}`);
  const elementLevel = c.kind === 'filterName' || c.kind === 'filterValue' || c.kind === 'uniqueKeys';
  return path === c.path || (elementLevel && path.startsWith(`${c.path}[]`));
}

const UNKNOWN_MEMBER = 'ContractUnknown';

function expectedLimit(c: Constraint): unknown {
  switch (c.kind) {
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
      return c.limit;
    case 'type':
      return c.type;
    case 'enum':
      return c.values;
    case 'filterName':
      return c.names;
    case 'uniqueKeys':
      return c.key;
    case 'pattern':
      return c.pattern;
    default:
      return contentLimit(c);
  }
}

/** Text wires (query strings, form bodies) carry no types: a number sent for a string arrives as a string. */
function expressibleOnWire(kit: CaseKit, op: OperationModel, c: Constraint): boolean {
  const textWire = !wireProtocol(kit.target.model.protocol).sendsJson(op.method);
  if (textWire && c.kind === 'type' && c.type === 'string') return false;
  // A list element whose only member is left out puts nothing on a text wire: the list just looks shorter.
  if (textWire && c.kind === 'required' && /\[\]\.[^.]+$/.test(c.path)) {
    const element = schemaAt(op.requestSchema, c.path.slice(0, c.path.lastIndexOf('.')));
    const members = element['properties'];
    if (members !== null && typeof members === 'object' && Object.keys(members).length === 1) return false;
  }
  return true;
}

export function registerLimitCases(kit: CaseKit, op: OperationModel): void {
  const regionId = inputRegionId(kit.target.model);
  for (const limit of limitCases(op, regionId)) {
    if (limit.constraint.kind === 'token') {
      registerTokenCases(kit, op, limit);
      continue;
    }
    const shadow = limit.expected && limit.expected !== limit.constraint ? ` (reported as ${constraintId(limit.expected)})` : '';
    kit.test(op, 'limits', `limit ${limit.id} past${shadow}`, () => checkPast(kit, op, limit));
    kit.test(op, 'limits', `limit ${limit.id} at`, () => checkAt(kit, op, limit));
    if (expressibleOnWire(kit, op, limit.constraint)) {
      kit.test(op, 'limits', `limit ${limit.id} raw`, () => checkRaw(kit, op, limit));
    }
  }
}

function expectedOf(limit: LimitCase): Constraint {
  if (!limit.expected) expect.fail(`the suite built no input past ${limit.id}: ${JSON.stringify(limit.over)}`);
  return limit.expected;
}

async function checkPast(kit: CaseKit, op: OperationModel, limit: LimitCase): Promise<void> {
  const expected = expectedOf(limit);
  kit.server.serve();
  const { client, recorder } = kit.client(op);
  const error = await kit.target.call(op, client, structuredClone(limit.over)).then(
    (data) => expect.fail(`accepted an input past ${limit.id}: ${JSON.stringify(limit.over)} → ${JSON.stringify(data).slice(0, 200)}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  const validation = error as ValidationError;
  expect({ action: validation.action, constraint: validation.constraint }).toEqual({ action: op.action, constraint: expected.kind });
  expect(namesParameter(validation, expected), `error path ${validation.path} names ${constraintId(expected)}`).toBe(true);
  const want = expectedLimit(expected);
  if (want !== undefined) expect(validation.limit).toEqual(want);
  if (expected.kind === 'additionalProperties') expect(new Set(validation.limit as string[])).toEqual(new Set(expected.allowed));
  if (expected.kind === 'filterValue') expect(Object.values(expected.values)).toContainEqual(validation.limit);
  expect(validation.message).toContain(validation.path);
  if (typeof want === 'number') expect(validation.message).toContain(String(want));
  if (expected.kind === 'maxContentBytes') expect(validation.message).toContain(`${expected.limit.maxBytes} bytes`);
  expect(recorder.exchanges, 'no request may leave').toHaveLength(0);
}

async function checkAt(kit: CaseKit, op: OperationModel, limit: LimitCase): Promise<void> {
  const provider = kit.target.model.service.provider;
  const { mock } = kit.server.serve();
  const { client, recorder } = kit.client(op);
  // A token parameter is only at its limit with a token the handlers issued.
  const tokenPath = op.constraints.find((c) => c.kind === 'token')?.path;
  let sent = 0;
  for (const given of limit.at) {
    let input = structuredClone(given);
    if (tokenPath && isPresent(input[tokenPath])) {
      input = { ...input, [tokenPath]: await issuedToken(kit, op, mock, client, input, tokenPath) };
      sent++;
    }
    const broken = firstBroken(
      input,
      op.constraints.filter((c) => c.kind !== 'token'),
    );
    if (broken) expect.fail(`the suite's input at ${limit.id} breaks ${constraintId(broken)}: ${JSON.stringify(input)}`);
    await kit.target.call(op, client, input);
    sent++;
    // Accepted and sent as given: the wire carries exactly this input, flattened as documented.
    const view = readWire(recorder.exchanges.at(-1)!.request);
    expect(carriedParams(view, provider), `${limit.id} on the wire`).toEqual(expectedParams(input, provider, view.method));
  }
  expect(recorder.exchanges).toHaveLength(sent);
  expect(recorder.exchanges.every((exchange) => exchange.status !== undefined && exchange.status < 300)).toBe(true);
}

async function checkRaw(kit: CaseKit, op: OperationModel, limit: LimitCase): Promise<void> {
  const expected = expectedOf(limit);
  expect(breaks(limit.over, expected)).toBe(true);
  const { requestIds } = kit.server.serve();
  const { client, recorder } = kit.client(op, { overrides: { validate: false } });
  const error = await kit.target.call(op, client, structuredClone(limit.over)).then(
    () => expect.fail(`the handlers accepted an input past ${limit.id}`),
    (e: unknown) => e,
  );
  expectServiceAnswer(error, expected, requestIds, recorder.exchanges);
}

/** The one request sent was answered by the handlers (the last request id served) with `expected`'s code and status. */
function expectServiceAnswer(error: unknown, expected: Constraint, requestIds: readonly string[], exchanges: readonly unknown[]): void {
  expect(error).toBeInstanceOf(CloudApiError);
  const api = error as CloudApiError;
  expect({ code: api.code, httpStatus: api.httpStatus, requestId: api.requestId }).toEqual({
    code: expected.code,
    httpStatus: expected.httpStatus,
    requestId: requestIds.at(-1),
  });
  expect(exchanges).toHaveLength(1);
}

/**
 * A pagination token only the service can judge: the client sends a foreign one and the handlers answer the
 * constraint's code; a token the handlers issued is accepted.
 */
function registerTokenCases(kit: CaseKit, op: OperationModel, limit: LimitCase): void {
  const { constraint } = limit;
  if (constraint.kind !== 'token') return;
  kit.test(op, 'limits', `limit ${limit.id} past (sent, answered by the service)`, async () => {
    const { requestIds } = kit.server.serve();
    const { client, recorder } = kit.client(op);
    const error = await kit.target.call(op, client, structuredClone(limit.over)).catch((e: unknown) => e);
    expectServiceAnswer(error, constraint, requestIds, recorder.exchanges);
  });
  kit.test(op, 'limits', `limit ${limit.id} at (a token the service issued)`, async () => {
    const { mock } = kit.server.serve();
    const { client, recorder } = kit.client(op);
    const token = await issuedToken(kit, op, mock, client, limit.over, constraint.path);
    await kit.target.call(op, client, { ...limit.over, [constraint.path]: token });
    expect(recorder.exchanges).toHaveLength(2);
  });
}
