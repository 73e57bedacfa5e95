// msw.gen.ts (the package's `./msw` entry): MSW handlers that answer the service's hosts from the runtime's
// model-driven mock engine. Matching is a host predicate, so requests to any other host fall through to the
// test's other handlers or to MSW's unhandled-request error instead of being swallowed.
import type { ServiceModel } from '@cloudexec/runtime/model';
import { camelCase, generatedPath, importLine, jsDoc, tsFile, type EmitContext, type GeneratedFile } from './helpers.ts';

export function emitMsw(model: ServiceModel, ctx: EmitContext): GeneratedFile[] {
  const stem = model.clientName;
  const mockName = `${camelCase(stem)}Mock`;
  const body = [
    importLine(['createMockService', 'type MockOptions', 'type MockService'], `${ctx.runtimeImport}/mock`),
    importLine(['http', 'type HttpHandler'], 'msw'),
    importLine(['serviceModel'], './model-data.gen.ts'),
    '',
    `export type { MockOptions, MockOverride, MockService } from '${ctx.runtimeImport}/mock';`,
    '',
    jsDoc([`A fresh mock of the ${stem} service with its own overrides, datasets and rate-limit history.`]),
    `export function create${stem}Mock(options?: MockOptions): MockService {`,
    '  return createMockService(serviceModel, options);',
    '}',
    '',
    jsDoc([
      `MSW handlers answering the ${stem} hosts from \`source\`: a mock you keep (to override responses) or`,
      'options for a fresh one. Requests to other hosts are left to your other handlers.',
    ]),
    'export function createHandlers(source: MockService | MockOptions = {}): HttpHandler[] {',
    `  const service = 'handle' in source ? source : create${stem}Mock(source);`,
    '  return [http.all(({ request }) => service.matchesHost(new URL(request.url).host), ({ request }) => service.handle(request))];',
    '}',
    '',
    jsDoc([`The mock behind \`handlers\`: \`${mockName}.override(action, …)\` in a test, \`${mockName}.reset()\` after each.`]),
    `export const ${mockName}: MockService = create${stem}Mock();`,
    '',
    jsDoc([`Ready-made handlers: \`setupServer(...handlers)\`.`]),
    `export const handlers: HttpHandler[] = createHandlers(${mockName});`,
  ];
  return [{ path: generatedPath('msw'), contents: tsFile(model.specFile, body) }];
}
