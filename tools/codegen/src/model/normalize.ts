// spec → ServiceModel: the one shape the emitters, the mock engine and the contract tests read.
// Pure: everything comes from the loaded, typed spec model; schemas are dereferenced here.
import type { JsonSchema, ServiceModel } from '@cloudexec/runtime/model';
import { dereference, type SchemaSite } from '@cloudexec/spec-check';
import { compareStrings } from '../emit/helpers.ts';
import { CodegenError } from '../load/codegen-error.ts';
import type { LoadedService } from '../load/load-specs.ts';
import { commonFacts } from './common.ts';
import { executionsModel } from './executions.ts';
import { normalizeOperation } from './operation.ts';

export function normalizeService(loaded: LoadedService): ServiceModel {
  const { service } = loaded;
  const { endpoint } = service;
  const facts = commonFacts(loaded.common);
  // The spec check guarantees both schemas of every operation (completeness stage).
  const schemaAt = (site: SchemaSite | undefined, what: string, action: string): JsonSchema => {
    const resolved = site && dereference(site.schema, { path: loaded.path, file: loaded.specFile, pointer: site.pointer }, loaded.index);
    if (resolved === null || typeof resolved !== 'object' || Array.isArray(resolved)) throw new CodegenError(`${loaded.specFile} ${action}: no ${what} schema`);
    return withoutDriftAcks(resolved) as JsonSchema;
  };
  const operations = loaded.operations
    .map((entry) =>
      normalizeOperation(
        {
          entry,
          requestSchema: schemaAt(entry.request, 'request', entry.operationId),
          responseSchema: schemaAt(entry.response, 'response', entry.operationId),
        },
        service.provider,
        facts,
        loaded.specFile,
      ),
    )
    .sort((a, b) => compareStrings(a.action, b.action));
  return {
    specFile: loaded.specFile,
    packageName: `@cloudexec/${service.package}`,
    clientName: service.clientName,
    protocol: service.protocol,
    service: {
      provider: service.provider,
      service: service.service,
      version: service.version,
      ...(endpoint.global !== undefined ? { globalHost: endpoint.global } : {}),
      regionalHost: endpoint.regional,
      ...(endpoint.aliases !== undefined && endpoint.aliases.length > 0 ? { hostAliases: [...endpoint.aliases] } : {}),
    },
    common: facts.common,
    operations,
    ...(service.executions ? { executions: executionsModel(service.executions) } : {}),
  };
}

// x-cloudexec-drift is maintainers' bookkeeping for pnpm spec:drift, not a fact about the API: it stays out of
// the model (and so out of model-data.gen.ts), so acknowledging a difference changes no published file.
const DRIFT_KEY = 'x-cloudexec-drift';

export function withoutDriftAcks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDriftAcks);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) if (key !== DRIFT_KEY) out[key] = withoutDriftAcks(child);
  return out;
}
