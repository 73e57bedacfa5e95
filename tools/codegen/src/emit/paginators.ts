// paginators.gen.ts: `paginate<Action>(client, input, options?)` per paginated operation, built on the runtime's
// paginateOffset / paginatePageNumber / paginateNextToken. The first documented style gets the plain name,
// further styles a suffix (`paginateDescribeInvocationsByPage`). Pages are async-iterable, `.items()` flattens.
import type { OperationModel, PaginationModel, ServiceModel } from '@cloudexec/runtime/model';
import { generatedPath, importLine, isIdentifier, jsDoc, quote, tsFile, type EmitContext, type GeneratedFile } from './helpers.ts';
import { describePagination, operationNames, paginatorName, sortedOperations, type OperationNames } from './operations.ts';

const RUNTIME_HELPER: Record<PaginationModel['style'], string> = {
  'offset-limit': 'paginateOffset',
  'page-number': 'paginatePageNumber',
  'next-token': 'paginateNextToken',
};

export function emitPaginators(model: ServiceModel, ctx: EmitContext): GeneratedFile[] {
  const paginated = sortedOperations(model).filter((op) => op.pagination.length > 0);
  if (paginated.length === 0) {
    return [{ path: generatedPath('paginators'), contents: tsFile(model.specFile, [`// ${model.clientName} has no paginated operations.`, 'export {};']) }];
  }
  const runtimeValues = new Set<string>();
  const operationImports: string[] = [];
  const typeImports: string[] = [];
  const blocks: string[] = [];
  for (const op of paginated) {
    const names = operationNames(op, model);
    operationImports.push(names.fn);
    typeImports.push(names.response);
    if (names.input === names.request) typeImports.push(names.request);
    const itemTypes = new Map<string, string>();
    op.pagination.forEach((style, index) => {
      runtimeValues.add(RUNTIME_HELPER[style.style]);
      let itemType = itemTypes.get(style.items);
      if (!itemType) {
        itemType = `${op.action}${itemTypes.size === 0 ? '' : index}Item`;
        itemTypes.set(style.items, itemType);
        blocks.push(itemTypeAlias(itemType, style.items, names));
      }
      blocks.push(paginatorFunction(op, index, style, names, itemType));
    });
  }
  const inputImports = paginated
    .map((op) => operationNames(op, model))
    .filter((names) => names.input !== names.request)
    .map((names) => names.input);
  const body = [
    importLine([...runtimeValues, 'type ApiClient', 'type CallOptions', 'type Paginator'], ctx.runtimeImport),
    importLine(inputImports.map((name) => `type ${name}`).concat(operationImports), './operations.gen.ts'),
    importLine(typeImports, './types.gen.ts', { typeOnly: true }),
    ...blocks.flatMap((block) => ['', block]),
  ];
  return [{ path: generatedPath('paginators'), contents: tsFile(model.specFile, body) }];
}

/** `NonNullable<NonNullable<R['Invocations']>['Invocation']>[number]` for `Invocations.Invocation`. */
function itemTypeAlias(name: string, itemsPath: string, names: OperationNames): string {
  const listType = itemsPath.split('.').reduce((type, key) => `NonNullable<${type}[${quote(key)}]>`, names.response);
  return [jsDoc([`One item of \`${itemsPath}\` in a ${names.response}.`]), `export type ${name} = ${listType}[number];`].join('\n');
}

function paginatorFunction(op: OperationModel, index: number, style: PaginationModel, names: OperationNames, itemType: string): string {
  const fn = paginatorName(op, index);
  const keys = styleKeys(style);
  return [
    jsDoc([
      `Pages of ${op.action}, ${stopRule(style)}.`,
      `Paging ${describePagination(style)}.`,
      'Iterate for pages, or call `.items()` for every item of every page; each iteration starts again from `input`.',
      '`options` apply to every page; `options.maxPages` stops quietly after that many pages.',
    ]),
    `export function ${fn}(`,
    '  client: ApiClient,',
    `  input: ${names.input},`,
    '  options?: CallOptions & { maxPages?: number },',
    `): Paginator<${names.response}, ${itemType}> {`,
    `  return ${RUNTIME_HELPER[style.style]}<${names.input}, ${names.response}, ${itemType}>({`,
    `    fetchPage: (page) => ${names.fn}(client, page, options),`,
    '    input,',
    `    itemsOf: (page) => ${itemsAccess('page', style.items)},`,
    ...keys.map(([key, value]) => `    ${key}: ${quote(value)},`),
    '    signal: options?.signal,',
    '    maxPages: options?.maxPages,',
    '  });',
    '}',
  ].join('\n');
}

function stopRule(style: PaginationModel): string {
  switch (style.style) {
    case 'offset-limit':
      return `advancing \`${style.offset}\` until \`${style.total}\` items have been seen`;
    case 'page-number':
      return `advancing \`${style.pageNumber}\` until \`${style.total}\` items have been seen`;
    case 'next-token':
      return `following \`${style.nextToken}\` until it comes back empty`;
  }
}

function styleKeys(style: PaginationModel): Array<[string, string]> {
  switch (style.style) {
    case 'offset-limit':
      return [
        ['offsetKey', style.offset],
        ['limitKey', style.limit],
        ['totalKey', style.total],
      ];
    case 'page-number':
      return [
        ['pageNumberKey', style.pageNumber],
        ['pageSizeKey', style.pageSize],
        ['totalKey', style.total],
      ];
    case 'next-token':
      return [
        ['tokenKey', style.token],
        ['nextTokenKey', style.nextToken],
      ];
  }
}

/** `page.InvocationTaskSet`, `page.Invocations?.Invocation`. */
export function itemsAccess(root: string, itemsPath: string): string {
  return itemsPath
    .split('.')
    .map((key, index) => (isIdentifier(key) ? `${index === 0 ? '.' : '?.'}${key}` : `${index === 0 ? '' : '?.'}[${quote(key)}]`))
    .reduce((expression, step) => expression + step, root);
}
