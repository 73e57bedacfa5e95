// operations.gen.ts: the service descriptor, one OperationDescriptor per operation and one tree-shakable
// function per operation (`describeInvocationTasks(client, input, options)`), typed end to end.
// Also the naming every other emitter uses, so a name is decided in exactly one place.
import { fieldTypesFromSchema, wireProtocol, type FieldType } from '@cloudexec/runtime';
import type { OperationModel, PaginationModel, ServiceModel } from '@cloudexec/runtime/model';
import {
  camelCase,
  compareStrings,
  generatedPath,
  importLine,
  jsDoc,
  propertyKey,
  quote,
  tsFile,
  tsLiteral,
  type EmitContext,
  type GeneratedFile,
} from './helpers.ts';

/** Operations in action order: every emitter lists them the same way. */
export function sortedOperations(model: ServiceModel): OperationModel[] {
  return [...model.operations].sort((a, b) => compareStrings(a.action, b.action));
}

export interface OperationNames {
  /** `describeInvocationTasks`: the function and the client method. */
  fn: string;
  /** `describeInvocationTasksOperation`: the OperationDescriptor const. */
  descriptor: string;
  validator: string;
  /** Types from types.gen.ts. */
  request: string;
  response: string;
  /** What callers pass: the request type, or `<Action>Input` when the client may fill RegionId. */
  input: string;
  errorCode: string;
  errorGuard: string;
}

export function operationNames(op: OperationModel, model: ServiceModel): OperationNames {
  const fn = camelCase(op.action);
  return {
    fn,
    descriptor: `${fn}Operation`,
    validator: `validate${op.action}Request`,
    request: `${op.action}Request`,
    response: `${op.action}Response`,
    input: regionFilledByClient(op, model) ? `${op.action}Input` : `${op.action}Request`,
    errorCode: `${op.action}ErrorCode`,
    errorGuard: `is${op.action}Error`,
  };
}

/** `tatService`, `ecsService`: the ServiceDescriptor const. */
export function serviceConstName(model: ServiceModel): string {
  return `${camelCase(model.clientName)}Service`;
}

const STYLE_SUFFIX: Record<PaginationModel['style'], string> = {
  'offset-limit': 'ByOffset',
  'page-number': 'ByPage',
  'next-token': 'ByToken',
};

/** The first documented style is the default (`paginateX`); others get a suffix (`paginateXByPage`). */
export function paginatorName(op: OperationModel, index: number): string {
  const style = op.pagination[index];
  return `paginate${op.action}${index === 0 || !style ? '' : STYLE_SUFFIX[style.style]}`;
}

/**
 * Where the protocol takes the region as an input (Alibaba RegionId), the client copies its `region` into a
 * missing one before validating, so callers may leave a required one out; their input type says so.
 */
function regionFilledByClient(op: OperationModel, model: ServiceModel): boolean {
  const required = op.requestSchema['required'];
  return wireProtocol(model.protocol).region.inInput && Array.isArray(required) && required.includes(op.region.parameter);
}

/** Summary of an operation from the OpenAPI document (the model carries none); undefined without one. */
export function operationSummary(ctx: EmitContext, action: string): string | undefined {
  const paths = ctx.spec?.['paths'];
  const item = paths !== null && typeof paths === 'object' ? (paths as Record<string, unknown>)[`/${action}`] : undefined;
  if (item === null || typeof item !== 'object') return undefined;
  for (const operation of Object.values(item as Record<string, unknown>)) {
    if (operation === null || typeof operation !== 'object') continue;
    const { summary, description } = operation as Record<string, unknown>;
    const text = typeof summary === 'string' && summary.trim() ? summary : description;
    if (typeof text === 'string' && text.trim()) return text.trim();
  }
  return undefined;
}

/** Actions that only read; anything else is not retried after an ambiguous failure (it might run twice). */
const READ_ONLY_PREFIXES = ['Describe', 'List', 'Get', 'Query', 'Inquire', 'Check'];

export function isReadOnlyAction(action: string): boolean {
  return READ_ONLY_PREFIXES.some((prefix) => action.startsWith(prefix) && /^[A-Z]/.test(action.slice(prefix.length)));
}

/** `Pagination: offset-limit — Offset, Limit (max 100), total TotalCount, items InvocationTaskSet.` */
export function describePagination(style: PaginationModel): string {
  switch (style.style) {
    case 'offset-limit':
      return `offset-limit: \`${style.offset}\`, \`${style.limit}\`${bound(style.defaultLimit, style.maxLimit)}; items in \`${style.items}\`, total in \`${style.total}\``;
    case 'page-number':
      return `page-number: \`${style.pageNumber}\`, \`${style.pageSize}\`${bound(style.defaultPageSize, style.maxPageSize)}; items in \`${style.items}\`, total in \`${style.total}\``;
    case 'next-token':
      return `next-token: \`${style.token}\`, \`${style.maxResults}\`${bound(style.defaultMaxResults, style.maxMaxResults)}; items in \`${style.items}\`, next token in \`${style.nextToken}\``;
  }
}

function bound(defaultValue: number | undefined, max: number | undefined): string {
  const parts = [defaultValue === undefined ? '' : `default ${defaultValue}`, max === undefined ? '' : `max ${max}`].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function emitOperations(model: ServiceModel, ctx: EmitContext): GeneratedFile[] {
  const operations = sortedOperations(model);
  const named = operations.map((op) => ({ op, names: operationNames(op, model) }));
  const typeImports = named.flatMap(({ names }) => [names.request, names.response]);
  const body = [
    importLine(['ApiClient', 'CallOptions', 'OperationDescriptor', 'ServiceDescriptor'], ctx.runtimeImport, { typeOnly: true }),
    importLine(typeImports, './types.gen.ts', { typeOnly: true }),
    importLine(
      named.map(({ names }) => names.validator),
      './validators.gen.ts',
    ),
    '',
    jsDoc([`${model.clientName} service: provider, signing name, API version and hosts.`]),
    `export const ${serviceConstName(model)}: ServiceDescriptor = ${tsLiteral(model.service, { sortKeys: true })};`,
    ...named.flatMap(({ op, names }) => ['', ...operationBlock(op, names, model, ctx)]),
  ];
  return [{ path: generatedPath('operations'), contents: tsFile(model.specFile, body) }];
}

function operationBlock(op: OperationModel, names: OperationNames, model: ServiceModel, ctx: EmitContext): string[] {
  const lines: string[] = [];
  if (names.input !== names.request) {
    lines.push(
      jsDoc([`${names.request} with \`${op.region.parameter}\` optional: the client fills it from its \`region\` option.`]),
      `export type ${names.input} = Omit<${names.request}, '${op.region.parameter}'> & { ${op.region.parameter}?: string };`,
      '',
    );
  }
  const descriptor = {
    action: op.action,
    method: op.method,
    qps: op.qps,
    ...(op.region.required ? { regionRequired: true } : {}),
    ...(isReadOnlyAction(op.action) ? {} : { idempotent: false }),
  };
  const responseTypes = fieldTypesFromSchema(op.responseSchema);
  const extra = [`  validate: ${names.validator},`, ...(responseTypes ? [`  responseTypes: ${compactLiteral(responseTypes)},`] : [])];
  const literal = tsLiteral(descriptor).replace(/\n}$/, `\n${extra.join('\n')}\n}`);
  lines.push(
    jsDoc([
      `${op.action}: wire method, documented rate limit${responseTypes ? ',' : ' and'} input validator${responseTypes ? " and the response's number/boolean fields" : ''}.`,
    ]),
    `export const ${names.descriptor}: OperationDescriptor<${names.input}> = ${literal};`,
    '',
    operationDoc(op, names, model, ctx),
    `export function ${names.fn}(client: ApiClient, input: ${names.input}, options?: CallOptions): Promise<${names.response}> {`,
    `  return client.send<${names.input}, ${names.response}>(${names.descriptor}, input, options);`,
    '}',
  );
  return lines;
}

/**
 * A FieldTypes table on one line (`{TotalCount:'number',Set:[{Ok:'boolean'}]}`): it ships in every bundle that
 * calls the operation, so it carries no layout.
 */
function compactLiteral(type: FieldType): string {
  if (typeof type === 'string') return quote(type);
  if (Array.isArray(type)) return `[${compactLiteral(type[0] as FieldType)}]`;
  const entries = Object.entries(type as Record<string, FieldType>).sort(([a], [b]) => compareStrings(a, b));
  return `{${entries.map(([key, value]) => `${propertyKey(key)}:${compactLiteral(value)}`).join(',')}}`;
}

/** JSDoc shared by the function and the client method: summary, rate limit, region, pagination, errors. */
export function operationDoc(op: OperationModel, names: OperationNames, model: ServiceModel, ctx: EmitContext, indent = ''): string {
  const codes = op.errors.map((error) => error.code);
  return jsDoc(
    [
      operationSummary(ctx, op.action) ?? `Calls ${op.action}.`,
      '',
      op.qps > 0
        ? `Rate limit: ${op.qps} request${op.qps === 1 ? '' : 's'} per second (${model.service.service} ${model.service.version}).`
        : `Rate limit: not documented (${model.service.service} ${model.service.version}); the client does not throttle it.`,
      op.region.required ? `Region: required (\`${op.region.parameter}\`).` : undefined,
      ...op.pagination.map((style, index) => `Pagination ${describePagination(style)}; see \`${paginatorName(op, index)}\`.`),
      isReadOnlyAction(op.action) ? undefined : 'Not idempotent: only throttled attempts are retried.',
      '@throws ValidationError when the input breaks a documented limit (nothing is sent).',
      `@throws CloudApiError whose code is a \`${names.errorCode}\`${codes.length ? `; documented: ${codes.join(', ')}` : ''}.`,
    ],
    indent,
  );
}
