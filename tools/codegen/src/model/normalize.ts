// spec → ServiceModel: the one shape the emitters, the mock engine and the contract tests read.
// Pure: everything comes from the loaded (already validated) documents.
import type { ServiceModel } from '@cloudexec/runtime/model';
import { dereference, listOperations, type OperationEntry, type SchemaSite } from '@cloudexec/spec-check';
import { compareStrings } from '../emit/helpers.ts';
import { CodegenError } from '../load/codegen-error.ts';
import type { LoadedService } from '../load/load-specs.ts';
import { commonFacts } from './common.ts';
import { normalizeOperation } from './operation.ts';

type Raw = Record<string, unknown>;

export function normalizeService(loaded: LoadedService): ServiceModel {
  const service = loaded.doc['x-cloudexec-service'];
  if (!isRecord(service)) throw new CodegenError(`${loaded.specFile}: x-cloudexec-service is missing`);
  const provider = service['provider'] === 'aliyun' ? 'aliyun' : 'tencent';
  const endpoint = isRecord(service['endpoint']) ? service['endpoint'] : {};
  const facts = commonFacts(loaded.common, loaded.specFile);
  const schemaAt = (site: SchemaSite | undefined) => {
    if (!site) return {};
    const resolved = dereference(site.schema, { path: loaded.path, file: loaded.specFile, pointer: site.pointer }, loaded.index);
    return isRecord(resolved) ? resolved : {};
  };
  const operations = listOperations(loaded.doc)
    .filter((entry: OperationEntry) => entry.extension !== undefined)
    .map((entry) =>
      normalizeOperation(
        { entry, requestSchema: schemaAt(entry.request), responseSchema: schemaAt(entry.response) },
        provider,
        facts,
        loaded.specFile,
      ),
    )
    .sort((a, b) => compareStrings(a.action, b.action));
  return {
    specFile: loaded.specFile,
    packageName: `@cloudexec/${String(service['package'])}`,
    clientName: String(service['clientName']),
    protocol: service['protocol'] === 'aliyun-rpc' ? 'aliyun-rpc' : 'tencent-tc3',
    service: {
      provider,
      service: String(service['service']),
      version: String(service['version']),
      ...(typeof endpoint['global'] === 'string' ? { globalHost: endpoint['global'] } : {}),
      ...(typeof endpoint['regional'] === 'string' ? { regionalHost: endpoint['regional'] } : {}),
      ...(Array.isArray(endpoint['aliases']) && endpoint['aliases'].length > 0 ? { hostAliases: endpoint['aliases'].map(String) } : {}),
    },
    common: facts.common,
    operations,
  };
}

function isRecord(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
