// Turns each documented example into the payloads that are checked against the schemas: the request
// (POST body, or GET query rebuilt from flattened pairs) and the success response without the Tencent
// envelope. Error-response examples are checked against the documented error codes instead.
import type { LoadedSpec } from './load.ts';
import type { OperationEntry } from './operations.ts';
import { escapeSegment, getAtPointer, isRecord, joinPointer } from './pointer.ts';
import type { Problem } from './problem.ts';
import { coerceToSchema, readQueryPairs, unflattenQuery } from './query.ts';
import type { ExampleProtocolFacts } from './protocol-facts.ts';
import { propertySchemas } from './schema-walk.ts';

export interface ExamplePayload {
  example: string;
  part: 'request' | 'response';
  value: unknown;
  /** Pointer of the payload in the spec file. */
  pointer: string;
  /** Maps a JSON pointer inside `value` to a pointer in the spec file (query pairs map back to their key). */
  locate: (instancePath: string) => string;
}

export interface PayloadContext {
  spec: LoadedSpec;
  /** The facts of the protocol the spec names (protocol-facts.ts). */
  protocol: ExampleProtocolFacts;
  /** Dereferenced request schema, used to coerce query strings and to tell declared params from common ones. */
  requestSchema: unknown;
  knownErrors: Map<string, number | undefined>;
  serviceVersion: string | undefined;
}

export function examplePayloads(op: OperationEntry, ctx: PayloadContext): { payloads: ExamplePayload[]; problems: Problem[] } {
  const payloads: ExamplePayload[] = [];
  const problems: Problem[] = [];
  const examples = Array.isArray(op.extension?.examples) ? op.extension.examples : [];
  examples.forEach((example, i) => {
    if (!isRecord(example)) return;
    const pointer = joinPointer(op.pointer, 'x-cloudexec-operation', 'examples', i);
    const name = typeof example.name === 'string' ? example.name : `#${i}`;
    const problem = (at: string, message: string) =>
      problems.push({ kind: 'example', file: ctx.spec.file, pointer: at, message: `example '${name}': ${message}` });
    if (isRecord(example.request)) requestPayload(example.request, joinPointer(pointer, 'request'), name, op, ctx, payloads, problem);
    if (isRecord(example.response)) responsePayload(example.response, joinPointer(pointer, 'response'), name, ctx, payloads, problem);
  });
  return { payloads, problems };
}

type Report = (pointer: string, message: string) => void;

function requestPayload(
  request: Record<string, unknown>,
  pointer: string,
  name: string,
  op: OperationEntry,
  ctx: PayloadContext,
  out: ExamplePayload[],
  problem: Report,
): void {
  const headers = isRecord(request.headers) ? request.headers : {};
  const header = (n: string) => Object.entries(headers).find(([k]) => k.toLowerCase() === n)?.[1];
  const action = header('x-tc-action');
  if (action !== undefined && action !== op.operationId)
    problem(joinPointer(pointer, 'headers'), `X-TC-Action '${String(action)}' is not the operationId '${op.operationId}'`);
  const version = header('x-tc-version');
  if (version !== undefined && ctx.serviceVersion !== undefined && version !== ctx.serviceVersion)
    problem(joinPointer(pointer, 'headers'), `X-TC-Version '${String(version)}' is not the service version '${ctx.serviceVersion}'`);

  if (request.body !== undefined) {
    const body = parseJsonText(request.body);
    if (body === undefined) return problem(joinPointer(pointer, 'body'), 'request body is not valid JSON');
    const at = joinPointer(pointer, 'body');
    out.push({ example: name, part: 'request', value: body, pointer: at, locate: (p) => at + p });
    return;
  }
  if (request.query === undefined) return;
  const at = joinPointer(pointer, 'query');
  const pairs = readQueryPairs(request.query);
  if (typeof pairs === 'string') return problem(at, pairs);
  for (const { key, value } of pairs) {
    if (key === 'Action' && value !== op.operationId)
      problem(queryKeyPointer(at, request.query, key), `query Action '${value}' is not the operationId '${op.operationId}'`);
    if (key === 'Version' && ctx.serviceVersion !== undefined && value !== ctx.serviceVersion)
      problem(queryKeyPointer(at, request.query, key), `query Version '${value}' is not the service version '${ctx.serviceVersion}'`);
  }
  // Common parameters are dropped unless the request schema declares them (e.g. Alibaba's RegionId).
  const own = pairs.filter(({ key }) => {
    const top = key.split('.')[0] ?? key;
    return !ctx.protocol.commonParameters.has(top) || propertySchemas(ctx.requestSchema, top).length > 0;
  });
  const firstIndex = ctx.protocol.firstListIndex;
  const rebuilt = unflattenQuery(own, firstIndex);
  for (const p of rebuilt.problems) problem(queryKeyPointer(at, request.query, p.key), p.message);
  const locate = (instancePath: string) => queryKeyPointer(at, request.query, flatKey(instancePath, firstIndex));
  out.push({ example: name, part: 'request', value: coerceToSchema(rebuilt.value, ctx.requestSchema), pointer: at, locate });
}

function responsePayload(response: Record<string, unknown>, pointer: string, name: string, ctx: PayloadContext, out: ExamplePayload[], problem: Report): void {
  if (response.body === undefined) return;
  const bodyAt = joinPointer(pointer, 'body');
  const body = parseJsonText(response.body);
  if (body === undefined) return problem(bodyAt, 'response body is not valid JSON');
  const status = typeof response.status === 'number' ? response.status : 200;

  const { wrapper, label } = ctx.protocol;
  let payload: unknown = body;
  let at = bodyAt;
  if (wrapper !== null) {
    if (!isRecord(body) || !isRecord(body[wrapper])) return problem(bodyAt, `${label} response body must be wrapped in {"${wrapper}": {...}}`);
    payload = body[wrapper];
    at = joinPointer(bodyAt, wrapper);
  }
  if (ctx.protocol.isError(isRecord(payload) ? payload : {}, status)) {
    const codeAt = joinPointer(at, ...ctx.protocol.errorCodePath);
    return checkErrorCode(getAtPointer(payload, joinPointer('', ...ctx.protocol.errorCodePath)), status, codeAt, ctx, problem);
  }
  if (status !== 200) return problem(joinPointer(pointer, 'status'), `a success response must have status 200, got ${status}`);
  // A raw-text body cannot be pointed into; problems then point at the body string itself.
  const locate = typeof response.body === 'string' ? () => bodyAt : (p: string) => at + p;
  out.push({ example: name, part: 'response', value: payload, pointer: at, locate });
}

function checkErrorCode(code: unknown, status: number, pointer: string, ctx: PayloadContext, problem: Report): void {
  if (typeof code !== 'string') return problem(pointer, 'error response has no error code');
  if (!ctx.knownErrors.has(code)) return problem(pointer, `error code '${code}' is not listed in the operation's errors or the provider's common errors`);
  const documented = ctx.knownErrors.get(code);
  const expected = ctx.protocol.errorStatus ?? documented;
  if (expected !== undefined && expected !== status) problem(pointer, `error '${code}' is returned with HTTP ${status}, but the spec says ${expected}`);
}

function parseJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** `/Filters/0/Values/0` → `Filters.0.Values.0` (Tencent) or `Tag/0/Key` → `Tag.1.Key` (Alibaba). */
function flatKey(instancePath: string, firstIndex: number): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? String(Number(s) + firstIndex) : s.replace(/~1/g, '/').replace(/~0/g, '~')))
    .join('.');
}

/** The pointer of the query entry for a flattened key (or the first entry under it), else the query itself. */
function queryKeyPointer(at: string, query: unknown, key: string): string {
  const pairs = readQueryPairs(query);
  if (typeof pairs === 'string' || key === '') return at;
  const index = pairs.findIndex((p) => p.key === key || p.key.startsWith(`${key}.`));
  if (index === -1 || typeof query === 'string') return at;
  return Array.isArray(query) ? joinPointer(at, index) : `${at}/${escapeSegment(pairs[index]?.key ?? key)}`;
}
