// msw.gen.ts (the package's `./msw` entry): MSW handlers that answer the service's hosts from @cloudexec/mock's
// model-driven engine. Matching is a host predicate, so requests to any other host fall through to the test's
// other handlers or to MSW's unhandled-request error instead of being swallowed. The mock is typed by the
// service's operations (`<Service>MockOperations`): overrides and datasets take only its action names. Runs are
// played by the engine's execution state from the model's `executions` data (`mock.executions`), which lives in
// model-data.gen.ts, so nothing about them reaches a client bundle.
import type { OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { camelCase, generatedPath, importLine, isIdentifier, jsDoc, quote, tsFile, type EmitContext, type GeneratedFile } from './helpers.ts';
import { operationNames, sortedOperations } from './operations.ts';

/** The mock engine's package: the `/msw` entry is the only generated code that imports it. */
export const MOCK_IMPORT = '@cloudexec/mock';

export function emitMsw(model: ServiceModel, _ctx: EmitContext): GeneratedFile[] {
  const stem = model.clientName;
  const mockName = `${camelCase(stem)}Mock`;
  const opsType = `${stem}MockOperations`;
  const operations = sortedOperations(model);
  const body = [
    importLine(['createMockService', 'type MockOptions', 'type MockService'], MOCK_IMPORT),
    importLine(['http', 'type HttpHandler'], 'msw'),
    importLine(['serviceModel'], './model-data.gen.ts'),
    importLine(
      operations.map((op) => operationNames(op, model).response),
      './types.gen.ts',
      { typeOnly: true },
    ),
    '',
    `export type { ExecutionSnapshot, ExecutionsControl, MockOptions, MockOverride, MockService, Outcome, Scenario } from '${MOCK_IMPORT}';`,
    '',
    jsDoc([`${stem} operations with their response types and, for paginated ones, the item a dataset holds.`]),
    `export type ${opsType} = {`,
    ...operations.map((op) => `  ${isIdentifier(op.action) ? op.action : quote(op.action)}: ${operationTypes(op, model)};`),
    '};',
    '',
    jsDoc([`A fresh mock of the ${stem} service with its own overrides, datasets and rate-limit history.`]),
    `export function create${stem}Mock(options?: MockOptions<${opsType}>): MockService<${opsType}> {`,
    `  return createMockService<${opsType}>(serviceModel, options);`,
    '}',
    '',
    jsDoc([
      `MSW handlers answering the ${stem} hosts from \`source\`: a mock you keep (to override responses) or`,
      'options for a fresh one. Requests to other hosts are left to your other handlers.',
    ]),
    `export function createHandlers(source: MockService<${opsType}> | MockOptions<${opsType}> = {}): HttpHandler[] {`,
    `  const service = 'handle' in source ? source : create${stem}Mock(source);`,
    '  return [http.all(({ request }) => service.matchesHost(new URL(request.url).host), ({ request }) => service.handle(request))];',
    '}',
    '',
    jsDoc([
      `The mock behind \`handlers\`: \`${mockName}.override(action, …)\` in a test, \`${mockName}.reset()\` after each;`,
      `\`${mockName}.executions.scenario(target, …)\` / \`.advance(ms)\` play runs on its simulated clock.`,
    ]),
    `export const ${mockName}: MockService<${opsType}> = create${stem}Mock();`,
    '',
    jsDoc([`Ready-made handlers: \`setupServer(...handlers)\`.`]),
    `export const handlers: HttpHandler[] = createHandlers(${mockName});`,
  ];
  return [{ path: generatedPath('msw'), contents: tsFile(model.specFile, body) }];
}

/** `{ response: R; item: NonNullable<R['InvocationSet']>[number] }`; no `item` when the operation does not page. */
function operationTypes(op: OperationModel, model: ServiceModel): string {
  const response = operationNames(op, model).response;
  const items = op.pagination[0]?.items;
  if (items === undefined) return `{ response: ${response} }`;
  const list = items.split('.').reduce((type, key) => `NonNullable<${type}[${quote(key)}]>`, response);
  return `{ response: ${response}; item: ${list}[number] }`;
}
