// One manifest entry per service: the ids, places and export names every consumer (mock server, contract
// suite, examples, bench, interop and portability tests) would otherwise re-derive from the naming rules.
// Names come from the same functions the emitters use, so they cannot drift from the generated exports.
import path from 'node:path';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { camelCase, compareStrings } from '../emit/helpers.ts';
import { operationNames, paginatorName, sortedOperations } from '../emit/operations.ts';
import { waiterName } from '../emit/waiters.ts';

export interface OperationEntryData {
  action: string;
  /** `describeInvocations(client, input, options)`. */
  fn: string;
  /** One per documented pagination style, in the model's order (index 0 is the default style). */
  paginators: string[];
  waiters: string[];
  /** Whether the operation lists records (the mock's datasets page through them). */
  paginated: boolean;
}

export interface ServiceEntryData {
  /** `tencent-tat`: the package name without its scope; names the service in datasets, logs and case names. */
  id: string;
  packageName: string;
  /** Repo-relative package directory, `packages/tencent-tat`. */
  packageDir: string;
  specFile: string;
  provider: string;
  service: string;
  protocol: ServiceModel['protocol'];
  clientName: string;
  /** `TatClient`. */
  clientClass: string;
  /** The `./msw` entry's exports. */
  msw: { createMock: string; sharedMock: string; createHandlers: string; handlers: string };
  operations: OperationEntryData[];
}

export function serviceEntry(model: ServiceModel, packageDir: string): ServiceEntryData {
  const stem = model.clientName;
  return {
    id: packageDir,
    packageName: model.packageName,
    packageDir: path.posix.join('packages', packageDir),
    specFile: model.specFile,
    provider: model.service.provider,
    service: model.service.service,
    protocol: model.protocol,
    clientName: stem,
    clientClass: `${stem}Client`,
    msw: { createMock: `create${stem}Mock`, sharedMock: `${camelCase(stem)}Mock`, createHandlers: 'createHandlers', handlers: 'handlers' },
    operations: sortedOperations(model).map((op) => ({
      action: op.action,
      fn: operationNames(op, model).fn,
      paginators: op.pagination.map((_, index) => paginatorName(op, index)),
      waiters: (op.waiters ?? []).map(waiterName),
      paginated: op.pagination.length > 0,
    })),
  };
}

export function sortedEntries(entries: readonly ServiceEntryData[]): ServiceEntryData[] {
  return [...entries].sort((a, b) => compareStrings(a.id, b.id));
}
