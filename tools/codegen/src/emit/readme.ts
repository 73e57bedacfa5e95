// The README's operations section: the generator owns the text between the two markers and nothing
// else. A new package gets a README from a short template; afterwards only the marked span changes.
import { CREDENTIAL_ENV_VARIABLES } from '@cloudexec/runtime';
import type { Constraint, OperationModel, PaginationModel, ServiceModel } from '@cloudexec/runtime/model';
import { CodegenError } from '../load/codegen-error.ts';
import { documentedFilters, filterTypeNames } from './filter-types.ts';
import { camelCase, compareStrings, tsLiteral, type EmitContext } from './helpers.ts';
import { operationNames } from './operations.ts';

export const README_START = '<!-- cloudexec:operations:start -->';
export const README_END = '<!-- cloudexec:operations:end -->';

const PROVIDER_NAME = { tencent: 'Tencent Cloud', aliyun: 'Alibaba Cloud' } as const;
const EXAMPLE_REGION = { tencent: 'ap-guangzhou', aliyun: 'cn-hangzhou' } as const;

/** The README a package starts with; the marked section is filled in by `mergeReadme`. */
export function readmeTemplate(model: ServiceModel): string {
  const provider = PROVIDER_NAME[model.service.provider];
  return [
    `# ${model.packageName}`,
    '',
    `Typed client for the ${provider} ${model.service.service.toUpperCase()} API (version ${model.service.version}),`,
    'with request validation, retries, rate limiting, pagination and mock handlers for your tests.',
    '',
    README_START,
    README_END,
    '',
  ].join('\n');
}

/** Replaces the marked span of `existing` (or of the template when there is no README yet). */
export function mergeReadme(existing: string | undefined, section: string, model: ServiceModel, ctx: EmitContext): string {
  const base = existing ?? readmeTemplate(model);
  const start = base.indexOf(README_START);
  const end = base.indexOf(README_END, start);
  if (start === -1 || end === -1) {
    throw new CodegenError(
      `packages/${ctx.packageDir}/README.md lacks the ${README_START} … ${README_END} markers; add both where the operations section belongs`,
    );
  }
  return `${base.slice(0, start + README_START.length)}\n${section.trim()}\n${base.slice(end)}`;
}

/** The generated section (without the markers). */
export function readmeSection(model: ServiceModel, ctx: EmitContext): string {
  const clientClass = `${model.clientName}Client`;
  const operations = [...model.operations].sort((a, b) => compareStrings(a.action, b.action));
  const env = CREDENTIAL_ENV_VARIABLES[model.service.provider];
  return [
    '<!-- Generated from the spec by `pnpm generate`; edits between the markers are overwritten. -->',
    '',
    '## Install',
    '',
    '```sh',
    `npm install ${model.packageName}`,
    '```',
    '',
    `Generated from \`${model.specFile}\` (API version \`${model.service.version}\`). Node 22 and 24 (Node ≥ 20.19 works too), Deno, Bun and edge runtimes; TypeScript ≥ 5.0.`,
    '',
    '## Usage',
    '',
    '```ts',
    `import { ${clientClass} } from '${model.packageName}';`,
    '',
    `// Credentials come from ${env.accessKeyId} / ${env.accessKeySecret} unless you pass \`credentials\`.`,
    `const client = new ${clientClass}({ region: '${EXAMPLE_REGION[model.service.provider]}' });`,
    '```',
    '',
    '## Operations',
    '',
    '| Operation | Rate limit | Pagination | Limits | Error codes |',
    '| --- | --- | --- | --- | --- |',
    ...operations.map(operationRow),
    '',
    'Rate limits are the documented per-second quotas; the client spaces its calls to stay under them.',
    '',
    ...(operations.some((op) => (op.waiters ?? []).length > 0) ? WAITERS_NOTE : []),
    ...operations.flatMap((op) => usageExample(op, model, ctx)),
    ...mswUsage(model, clientClass, operations[0]),
  ].join('\n');
}

function operationRow(op: OperationModel): string {
  const cells = [
    `[\`${camelCase(op.action)}\`](#${op.action.toLowerCase()})`,
    op.qps > 0 ? `${op.qps}/s` : 'not documented',
    op.pagination.length === 0 ? '–' : op.pagination.map(paginationLabel).join('; '),
    limitsSummary(op.constraints) || '–',
    op.errors.length === 0 ? 'common codes only' : op.errors.map((error) => `\`${error.code}\``).join(', '),
  ];
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
}

function paginationLabel(pagination: PaginationModel): string {
  switch (pagination.style) {
    case 'offset-limit':
      return `offset/limit (\`${pagination.offset}\`, \`${pagination.limit}\`${range(pagination.defaultLimit, pagination.maxLimit)})`;
    case 'page-number':
      return `page number (\`${pagination.pageNumber}\`, \`${pagination.pageSize}\`${range(pagination.defaultPageSize, pagination.maxPageSize)})`;
    case 'next-token':
      return `next token (\`${pagination.token}\`, \`${pagination.maxResults}\`${range(pagination.defaultMaxResults, pagination.maxMaxResults)})`;
  }
}

function range(byDefault: number | undefined, max: number | undefined): string {
  const parts = [byDefault === undefined ? '' : `default ${byDefault}`, max === undefined ? '' : `max ${max}`].filter(Boolean);
  return parts.length === 0 ? '' : `: ${parts.join(', ')}`;
}

/** The numeric limits and combinations a caller runs into, in constraint order. */
export function limitsSummary(constraints: readonly Constraint[]): string {
  const limitOf = (kind: Constraint['kind'], path: string) => {
    const found = constraints.find((c) => c.kind === kind && 'path' in c && c.path === path);
    return found && 'limit' in found ? found.limit : undefined;
  };
  const parts = constraints.flatMap((c): string[] => {
    switch (c.kind) {
      case 'required':
        return c.path.includes('[]') ? [] : [`\`${c.path}\` required`];
      case 'minimum': {
        const max = limitOf('maximum', c.path);
        return [max === undefined ? `\`${c.path}\` ≥ ${c.limit}` : `\`${c.path}\` ${c.limit}–${max}`];
      }
      case 'maximum':
        return limitOf('minimum', c.path) === undefined ? [`\`${c.path}\` ≤ ${c.limit}`] : [];
      case 'maxItems':
        return [`\`${c.path}\` ≤ ${c.limit} items`];
      case 'minLength': {
        const max = limitOf('maxLength', c.path);
        return [max === undefined ? `\`${c.path}\` ≥ ${c.limit} chars` : `\`${c.path}\` ${c.limit}–${max} chars`];
      }
      case 'maxLength':
        return limitOf('minLength', c.path) === undefined ? [`\`${c.path}\` ≤ ${c.limit} chars`] : [];
      case 'mutuallyExclusive':
        return [`${c.paths.map((path) => `\`${path}\``).join(' or ')}, not both`];
      case 'maxContentBytes':
        return [`\`${c.path}\` ≤ ${c.limit.maxBytes} bytes${c.limit.measure === 'base64' ? ' after Base64' : ''}`];
      default:
        return [];
    }
  });
  return parts.join('; ');
}

function usageExample(op: OperationModel, model: ServiceModel, ctx: EmitContext): string[] {
  const example = op.examples[0];
  const summary = operationSummary(ctx, op.action);
  const names = operationNames(op, model);
  const paginator = op.pagination[0] ? `paginate${op.action}` : undefined;
  const imports = [...(paginator ? [paginator] : []), `type ${names.input}`, `type ${names.response}`];
  const pages = paginator ? ['', '// Every item of every page:', `for await (const item of ${paginator}(client, {}).items()) console.log(item);`] : [];
  return [
    `### ${op.action}`,
    '',
    ...(summary ? [summary, ''] : []),
    '```ts',
    `import { ${imports.join(', ')} } from '${ctx.packageName}';`,
    '',
    example ? `// Input of the documented example "${example.name}":` : '',
    `const input: ${names.input} = ${tsLiteral(example?.request.input ?? {})};`,
    `const result: ${names.response} = await client.${names.fn}(input);`,
    ...pages,
    '```',
    '',
    ...typeLines(op, names),
    ...waiterLines(op),
  ].filter((line, index, lines) => line !== '' || lines[index - 1] !== '');
}

/** The exported names a caller of this operation types against. */
function typeLines(op: OperationModel, names: ReturnType<typeof operationNames>): string[] {
  const code = (name: string) => `\`${name}\``;
  const filters = documentedFilters(op) ? filterTypeNames(op.action) : undefined;
  return [
    [
      `Types: ${code(names.input)}${names.input === names.request ? '' : ` (${code(names.request)} with the region optional)`}, ${code(names.response)}`,
      `, error codes ${code(names.errorCode)} (guard ${code(names.errorGuard)})`,
      filters ? `, filters ${code(filters.filter)} whose \`Name\` is a ${code(filters.name)}` : '',
      '.',
    ].join(''),
    '',
  ];
}

const WAITERS_NOTE = [
  'Waiters (`waitUntil…`) poll an operation until a documented terminal status and resolve with `{ state, result, attempts }`:',
  'state `success`, `failure` or `timeout`; options `timeoutMs` (default 5 minutes), `minDelayMs`, `maxDelayMs`, `signal`.',
  '',
];

/** One line per generated waiter: what it waits for and which values end it. */
function waiterLines(op: OperationModel): string[] {
  const waiters = op.waiters ?? [];
  if (waiters.length === 0) return [];
  const values = (list: readonly string[]) => (list.length === 0 ? 'none' : list.map((value) => `\`${value}\``).join(', '));
  return [
    ...waiters.map(
      (waiter) =>
        `Waiter \`waitUntil${waiter.name}(client, input, options?)\` (\`${waiter.input}\` required): ${waiter.description} Success ${values(waiter.success)}; failure ${values(waiter.failure)}.`,
    ),
    '',
  ];
}

function operationSummary(ctx: EmitContext, action: string): string | undefined {
  const paths = ctx.spec?.['paths'] as Record<string, Record<string, Record<string, unknown>>> | undefined;
  const summary = paths?.[`/${action}`]?.['post']?.['summary'];
  return typeof summary === 'string' ? summary : undefined;
}

function mswUsage(model: ServiceModel, clientClass: string, first: OperationModel | undefined): string[] {
  const mock = `${camelCase(model.clientName)}Mock`;
  const region = EXAMPLE_REGION[model.service.provider];
  const failure = first?.errors.find((error) => !error.retryable)?.code ?? model.common.invalidParameterCode;
  const call = first ? `client.${camelCase(first.action)}(input)` : '';
  const inputType = first ? operationNames(first, model).input : undefined;
  const tests = first
    ? [
        `const input: ${inputType} = ${tsLiteral(first.examples[0]?.request.input ?? {})};`,
        '',
        `test('${first.action} answers with the documented example', async () => {`,
        `  const result = await ${call};`,
        '  expect(result.RequestId).toBeDefined();',
        '});',
        '',
        `test('${first.action} fails with ${failure}', async () => {`,
        `  ${mock}.override('${first.action}', { errorCode: '${failure}', times: 1 });`,
        `  await expect(${call}).rejects.toMatchObject({ code: '${failure}' });`,
        '});',
      ]
    : [];
  return [
    '## Mocking in your tests',
    '',
    `\`${model.packageName}/msw\` has [MSW](https://mswjs.io) handlers that answer like the service: documented`,
    'examples, limits and error codes, signature checks and rate limits. Install `msw` 2 or 3 as a dev dependency',
    '(msw 3 needs Node ≥ 22.12; on Node 20 use msw 2).',
    '',
    '```ts',
    "import { setupServer } from 'msw/node';",
    "import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';",
    `import { ${[clientClass, ...(inputType ? [`type ${inputType}`] : [])].join(', ')} } from '${model.packageName}';`,
    `import { handlers, ${mock} } from '${model.packageName}/msw';`,
    '',
    'const server = setupServer(...handlers);',
    "beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));",
    'afterEach(() => {',
    '  server.resetHandlers();',
    `  ${mock}.reset();`,
    '});',
    'afterAll(() => server.close());',
    '',
    `const client = new ${clientClass}({ region: '${region}', credentials: { accessKeyId: 'test-id', accessKeySecret: 'test-secret' } });`,
    ...tests,
    '```',
  ];
}
