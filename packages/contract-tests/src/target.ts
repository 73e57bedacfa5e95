// What the suite needs from a client package, by the export names the generated services manifest
// (@cloudexec/services) lists: the client class, one function per operation, one paginator per pagination
// style and, from the `./msw` entry, `createHandlers(mockOrOptions)` and the mock factory. A consumer
// wrapping a client passes its own `createClient`.
import type { ApiClient, ApiClientOptions, CallOptions, Paginator } from '@cloudexec/runtime';
import { createMockService, type MockOptions, type MockService } from '@cloudexec/mock';
import type { OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import { services, type ServiceEntry } from '@cloudexec/services';
import type { RequestHandler } from 'msw';

export type ContractClientOptions = Omit<ApiClientOptions, 'protocol' | 'service'>;

export interface MswPackage {
  createHandlers(source?: MockService | MockOptions): readonly RequestHandler[];
  /** Ready-made handlers over the package's shared mock (checked by the example cases when present). */
  handlers?: readonly RequestHandler[];
  [name: string]: unknown;
}

export interface ContractSuiteOptions {
  /** The package's `serviceModel`. */
  model: ServiceModel;
  /** The package's manifest entry (export names); default: the entry with the model's package name. */
  entry?: ServiceEntry;
  /** The client package's module namespace (or any object with the same exports). */
  clientPackage: Record<string, unknown>;
  mswPackage: MswPackage;
  /** Builds the client under test; default `new clientPackage[`${clientName}Client`](options)`. */
  createClient?: (options: ContractClientOptions) => ApiClient;
  /** Restricts the suite (e.g. a mutation run); default: every operation and every category. */
  only?: { actions?: readonly string[]; categories?: readonly CaseCategory[] };
}

export const CASE_CATEGORIES = ['examples', 'limits', 'errors', 'rate-limit', 'signatures', 'pagination', 'discrepancies'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

type OperationFunction = (client: ApiClient, input: Record<string, unknown>, options?: CallOptions) => Promise<Record<string, unknown>>;
type PaginatorFunction = (client: ApiClient, input: Record<string, unknown>, options?: CallOptions) => Paginator<unknown, unknown>;

export interface ResolvedTarget {
  model: ServiceModel;
  /** `tencent-tat`: the package name without scope, first segment of every case name. */
  label: string;
  only: ContractSuiteOptions['only'];
  newClient(options: ContractClientOptions): ApiClient;
  call(op: OperationModel, client: ApiClient, input: Record<string, unknown>, options?: CallOptions): Promise<Record<string, unknown>>;
  paginate(op: OperationModel, styleIndex: number, client: ApiClient, input: Record<string, unknown>): Paginator<unknown, unknown>;
  /** A fresh mock of the service (the package's `create<Name>Mock` when it has one). */
  createMock(options: MockOptions): MockService;
  handlersFor(mock: MockService): readonly RequestHandler[];
  readyMade: readonly RequestHandler[] | undefined;
  /** The shared mock behind `readyMade` (`tatMock`), reset after each case that used it. */
  readyMadeMock: MockService | undefined;
}

/** The manifest entry of a package, by npm name. */
export function serviceEntryOf(packageName: string): ServiceEntry {
  const entry = services.find((candidate) => candidate.packageName === packageName);
  if (!entry) throw new Error(`${packageName} is not in the generated services manifest; run \`pnpm generate\``);
  return entry;
}

export function resolveTarget(options: ContractSuiteOptions): ResolvedTarget {
  const { model, clientPackage, mswPackage } = options;
  const entry = options.entry ?? serviceEntryOf(model.packageName);
  const operationEntry = (op: OperationModel) => {
    const found = entry.operations.find((candidate) => candidate.action === op.action);
    if (!found) throw new Error(`${entry.id} ${op.action} is not in the generated services manifest; run \`pnpm generate\``);
    return found;
  };
  const exported = <T>(name: string, what: string): T => {
    const value = clientPackage[name];
    if (typeof value !== 'function') throw new Error(`${model.packageName} does not export ${what} \`${name}\``);
    return value as T;
  };
  const clientClassName = entry.clientClass;
  const newClient =
    options.createClient ??
    ((clientOptions: ContractClientOptions) => {
      const ClientClass = exported<new (o: ContractClientOptions) => ApiClient>(clientClassName, 'the client class');
      return new ClientClass(clientOptions);
    });
  const createMockName = entry.msw.createMock;
  const packageMock = typeof mswPackage[createMockName] === 'function' ? (mswPackage[createMockName] as (o: MockOptions) => MockService) : undefined;
  return {
    model,
    label: entry.id,
    only: options.only,
    newClient,
    call: (op, client, input, callOptions) => exported<OperationFunction>(operationEntry(op).fn, 'the operation function')(client, input, callOptions),
    paginate: (op, index, client, input) => exported<PaginatorFunction>(paginatorOf(operationEntry(op).paginators, index), 'the paginator')(client, input),
    createMock: (mockOptions) => (packageMock ? packageMock(mockOptions) : createMockService(model, mockOptions)),
    handlersFor: (mock) => mswPackage.createHandlers(mock),
    readyMade: mswPackage.handlers,
    readyMadeMock: isMock(mswPackage[entry.msw.sharedMock]),
  };
}

function paginatorOf(names: readonly string[], index: number): string {
  const name = names[index];
  if (name === undefined) throw new Error(`no paginator for pagination style ${index}`);
  return name;
}

function isMock(value: unknown): MockService | undefined {
  return typeof value === 'object' && value !== null && typeof (value as MockService).reset === 'function' ? (value as MockService) : undefined;
}
