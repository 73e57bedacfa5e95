// What the suite needs from a client package, found by the generator's naming rules: the client class
// `<ClientName>Client`, one function per operation (`describeInvocations(client, input, options)`), paginators
// (`paginateDescribeInvocations`, further styles suffixed `ByPage`/`ByToken`/`ByOffset`) and, from the `./msw`
// entry, `createHandlers(mockOrOptions)`. A consumer wrapping a client passes its own `createClient`.
import type { ApiClient, ApiClientOptions, CallOptions, Paginator } from '@cloudexec/runtime';
import { createMockService, type MockOptions, type MockService } from '@cloudexec/mock';
import type { OperationModel, PaginationModel, ServiceModel } from '@cloudexec/runtime/model';
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

/** The generator's rule: `DescribeInvocations` → `describeInvocations`, `CVMList` → `cvmList`. */
export function camelCase(action: string): string {
  const leadingCaps = /^[A-Z]+(?=[A-Z][a-z]|$)/.exec(action)?.[0];
  if (leadingCaps && leadingCaps.length > 1) return leadingCaps.toLowerCase() + action.slice(leadingCaps.length);
  return action.charAt(0).toLowerCase() + action.slice(1);
}

const STYLE_SUFFIX: Record<PaginationModel['style'], string> = { 'offset-limit': 'ByOffset', 'page-number': 'ByPage', 'next-token': 'ByToken' };

export function paginatorName(op: OperationModel, index: number): string {
  const style = op.pagination[index];
  return `paginate${op.action}${index === 0 || !style ? '' : STYLE_SUFFIX[style.style]}`;
}

export function resolveTarget(options: ContractSuiteOptions): ResolvedTarget {
  const { model, clientPackage, mswPackage } = options;
  const exported = <T>(name: string, what: string): T => {
    const value = clientPackage[name];
    if (typeof value !== 'function') throw new Error(`${model.packageName} does not export ${what} \`${name}\``);
    return value as T;
  };
  const clientClassName = `${model.clientName}Client`;
  const newClient =
    options.createClient ??
    ((clientOptions: ContractClientOptions) => {
      const ClientClass = exported<new (o: ContractClientOptions) => ApiClient>(clientClassName, 'the client class');
      return new ClientClass(clientOptions);
    });
  const createMockName = `create${model.clientName}Mock`;
  const packageMock = typeof mswPackage[createMockName] === 'function' ? (mswPackage[createMockName] as (o: MockOptions) => MockService) : undefined;
  return {
    model,
    label: model.packageName.replace(/^@[^/]+\//, ''),
    only: options.only,
    newClient,
    call: (op, client, input, callOptions) => exported<OperationFunction>(camelCase(op.action), 'the operation function')(client, input, callOptions),
    paginate: (op, index, client, input) => exported<PaginatorFunction>(paginatorName(op, index), 'the paginator')(client, input),
    createMock: (mockOptions) => (packageMock ? packageMock(mockOptions) : createMockService(model, mockOptions)),
    handlersFor: (mock) => mswPackage.createHandlers(mock),
    readyMade: mswPackage.handlers,
    readyMadeMock: isMock(mswPackage[`${camelCase(model.clientName)}Mock`]),
  };
}


function isMock(value: unknown): MockService | undefined {
  return typeof value === 'object' && value !== null && typeof (value as MockService).reset === 'function' ? (value as MockService) : undefined;
}
