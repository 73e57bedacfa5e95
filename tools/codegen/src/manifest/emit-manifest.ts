// packages/services/src/manifest.gen.ts: every service and operation the specs define, with the
// names of their generated exports and lazy loaders for the package and its `./msw` entry. Consumers that
// only run in this repository (contract suite, examples, bench, interop and portability tests) read it.
import { quote, tsFile, tsLiteral } from '../emit/helpers.ts';
import type { ServiceEntryData } from './service-entries.ts';

export const MANIFEST_SOURCE = 'specs/<provider>/<service>.yaml';

const TYPES = `/** One operation and the names of its generated exports. */
export interface OperationEntry {
  readonly action: string;
  /** The operation function, \`describeInvocations(client, input, options)\`. */
  readonly fn: string;
  /** One paginator per documented pagination style; index 0 is the default style. */
  readonly paginators: readonly string[];
  readonly waiters: readonly string[];
  /** The operation lists records that a mock dataset pages through. */
  readonly paginated: boolean;
}

/** One service: where it lives, what it is called and how to load it. */
export interface ServiceEntry {
  /** \`tencent-tat\`: the package name without its scope. */
  readonly id: string;
  readonly packageName: string;
  /** Repo-relative, \`packages/tencent-tat\`. */
  readonly packageDir: string;
  readonly specFile: string;
  readonly provider: string;
  readonly service: string;
  readonly protocol: string;
  readonly clientName: string;
  readonly clientClass: string;
  readonly msw: { readonly createMock: string; readonly sharedMock: string; readonly createHandlers: string; readonly handlers: string };
  readonly operations: readonly OperationEntry[];
  /** The package's main entry (client, operations, \`serviceModel\`). */
  load(): Promise<Record<string, unknown>>;
  /** The package's \`./msw\` entry. */
  loadMsw(): Promise<Record<string, unknown>>;
}`;

function entryLiteral(entry: ServiceEntryData): string {
  const data = tsLiteral(entry, {}, 1);
  const loaders = [`    load: () => import(${quote(entry.packageName)}),`, `    loadMsw: () => import(${quote(`${entry.packageName}/msw`)}),`];
  return `${data.slice(0, data.lastIndexOf('\n'))}\n${loaders.join('\n')}\n  }`;
}

export function manifestModule(entries: readonly ServiceEntryData[]): string {
  return tsFile(MANIFEST_SOURCE, [
    TYPES,
    '',
    '/** Every service, sorted by id. */',
    `export const services = [${entries.length === 0 ? '' : `\n${entries.map((entry) => `  ${entryLiteral(entry)},`).join('\n')}\n`}] as const satisfies readonly ServiceEntry[];`,
    '',
    "export type ServiceId = (typeof services)[number]['id'];",
  ]);
}

/**
 * The standalone mock server is published, so it cannot read the private manifest package: it gets its own
 * generated list of service models (static imports, the server builds every engine at start).
 */
export function mockServerServicesModule(entries: readonly ServiceEntryData[]): string {
  const local = (entry: ServiceEntryData) => entry.id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return tsFile(MANIFEST_SOURCE, [
    "import type { ServiceModel } from '@cloudexec/runtime/model';",
    ...entries.map((entry) => `import { serviceModel as ${local(entry)} } from ${quote(entry.packageName)};`),
    '',
    '/** Every service model by id (`tencent-tat`), sorted by id. */',
    `export const serviceModels = {${entries.map((entry) => `\n  ${quote(entry.id)}: ${local(entry)},`).join('')}\n} as const satisfies Readonly<Record<string, ServiceModel>>;`,
    '',
    'export type ProviderId = keyof typeof serviceModels;',
    '',
    `export const PROVIDER_IDS: readonly ProviderId[] = [${entries.map((entry) => quote(entry.id)).join(', ')}];`,
  ]);
}
