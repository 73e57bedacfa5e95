// errors.gen.ts: error-code unions as literal types (the provider's common codes once, then per operation its
// documented codes and the codes its limits map to), each code with its documented meaning, plus type guards
// that narrow `error.code`: `isDescribeInvocationTasksError(err, 'InternalError')`, `isTatError(err)`.
import type { ErrorCodeModel, OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { compareStrings, generatedPath, importLine, jsDoc, quote, tsFile, type EmitContext, type GeneratedFile } from './helpers.ts';
import { operationNames, sortedOperations } from './operations.ts';

interface CodeEntry {
  code: string;
  description: string;
  httpStatus?: number;
  retryable?: boolean;
}

export function emitErrors(model: ServiceModel, ctx: EmitContext): GeneratedFile[] {
  const stem = model.clientName;
  const commonType = `${stem}CommonErrorCode`;
  const serviceType = `${stem}ErrorCode`;
  const common = commonCodes(model);
  const commonSet = new Set(common.map((entry) => entry.code));
  const operations = sortedOperations(model);
  const blocks = operations.map((op) => {
    const names = operationNames(op, model);
    const own = operationCodes(op, model).filter((entry) => !commonSet.has(entry.code));
    return [
      jsDoc([`Codes ${op.action} may answer: the common codes, its documented codes and the codes its limits map to.`]),
      `export type ${names.errorCode} =${unionBody([commonType], own)};`,
      '',
      jsDoc([`True when \`error\` is a ${op.action} CloudApiError, optionally with one of \`code\`; narrows \`error.code\`.`]),
      `export function ${names.errorGuard}<C extends ${names.errorCode} = ${names.errorCode}>(error: unknown, code?: C | readonly C[]): error is CloudApiError<C> {`,
      `  return isApiError(error, code) && error.action === ${quote(op.action)};`,
      '}',
    ].join('\n');
  });
  const actions = operations.map((op) => quote(op.action)).join(', ');
  const body = [
    importLine(['isApiError', 'type CloudApiError'], ctx.runtimeImport),
    '',
    jsDoc([`Codes any ${stem} operation may answer (${model.service.provider} common codes).`]),
    `export type ${commonType} =${unionBody([], common)};`,
    ...blocks.flatMap((block) => ['', block]),
    '',
    jsDoc([`Every code a ${stem} operation may answer.`]),
    `export type ${serviceType} =${unionBody([commonType, ...operations.map((op) => operationNames(op, model).errorCode)], [])};`,
    '',
    `const ${camel(stem)}Actions: readonly string[] = [${actions}];`,
    '',
    jsDoc([`True when \`error\` is a CloudApiError from a ${stem} operation, optionally with one of \`code\`; narrows \`error.code\`.`]),
    `export function is${stem}Error<C extends ${serviceType} = ${serviceType}>(error: unknown, code?: C | readonly C[]): error is CloudApiError<C> {`,
    `  return isApiError(error, code) && error.provider === ${quote(model.service.provider)} && ${camel(stem)}Actions.includes(error.action);`,
    '}',
  ];
  return [{ path: generatedPath('errors'), contents: tsFile(model.specFile, body) }];
}

function camel(stem: string): string {
  return stem.charAt(0).toLowerCase() + stem.slice(1);
}

/** Common codes, plus the model's named codes (throttling, signature…) when the common list leaves them out. */
function commonCodes(model: ServiceModel): CodeEntry[] {
  const named: Array<[string, string]> = [
    [model.common.throttlingCode, 'The request rate limit was exceeded.'],
    [model.common.signatureErrorCode, 'The request signature does not match.'],
    [model.common.invalidActionCode, 'The action does not exist.'],
    [model.common.missingParameterCode, 'A required parameter is missing.'],
    [model.common.invalidParameterCode, 'A parameter is not valid.'],
  ];
  return mergeCodes(
    model.common.errors.map(fromModel),
    named.map(([code, description]) => ({ code, description })),
  );
}

/** Documented codes first (they carry the meaning), then constraint codes the page does not list. */
function operationCodes(op: OperationModel, model: ServiceModel): CodeEntry[] {
  const known = new Map([...model.common.errors, ...op.errors].map((error) => [error.code, error]));
  const fromConstraints = op.constraints.map((c): CodeEntry => {
    const documented = known.get(c.code);
    return documented ? fromModel(documented) : { code: c.code, description: 'Answered when a documented limit is broken.', httpStatus: c.httpStatus };
  });
  return mergeCodes(op.errors.map(fromModel), fromConstraints);
}

function fromModel(error: ErrorCodeModel): CodeEntry {
  return { code: error.code, description: error.description, httpStatus: error.httpStatus, retryable: error.retryable };
}

/** First entry per code wins; sorted by code. */
function mergeCodes(...lists: CodeEntry[][]): CodeEntry[] {
  const byCode = new Map<string, CodeEntry>();
  for (const entry of lists.flat()) if (entry.code && !byCode.has(entry.code)) byCode.set(entry.code, entry);
  return [...byCode.values()].sort((a, b) => compareStrings(a.code, b.code));
}

/** ` A | B` on one line for aliases only, else one documented member per line; `never` when empty. */
function unionBody(aliases: string[], entries: CodeEntry[]): string {
  if (aliases.length + entries.length === 0) return ' never';
  if (entries.length === 0) return ` ${aliases.join(' | ')}`;
  const members = [...aliases.map((alias) => `  | ${alias}`), ...entries.flatMap((entry) => [jsDoc([describe(entry)], '  '), `  | ${quote(entry.code)}`])];
  return `\n${members.join('\n')}`;
}

function describe(entry: CodeEntry): string {
  const notes = [entry.httpStatus !== undefined && entry.httpStatus !== 200 ? `HTTP ${entry.httpStatus}` : '', entry.retryable ? 'retryable' : ''].filter(
    Boolean,
  );
  if (notes.length === 0) return entry.description;
  const text = entry.description.replace(/\.$/, '');
  return `${text} (${notes.join(', ')})${text === entry.description ? '' : '.'}`;
}
