// Every status value the specs document has a row in the mapping table of its provider, and the rows that
// decide a caller's exit code say what the fact sheets say.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXEC_STATUSES, type ProviderId } from '../src/model.ts';
import { neutralStatus, STATUS_TABLES } from '../src/status-tables.ts';

const SPECS: Record<ProviderId, string> = {
  'tencent-tat': 'tencent/tat.yaml',
  'tencent-batch': 'tencent/batch.yaml',
  'aliyun-ecs': 'aliyun/ecs.yaml',
  'aliyun-swas': 'aliyun/swas.yaml',
};

// The members (schema properties, parameters, named schemas) that hold an execution's or a target's status.
const STATUS_MEMBERS = new Set([
  'InvocationStatus',
  'TaskStatus',
  'InvokeStatus',
  'InvokeRecordStatus',
  'JobState',
  'TaskState',
  'TaskInstanceState',
  'InstanceInvokeStatus',
]);

function loadSpec(provider: ProviderId): unknown {
  return parse(readFileSync(fileURLToPath(new URL(`../../../specs/${SPECS[provider]}`, import.meta.url)), 'utf8'));
}

/** Every enum value under a status member, anywhere in the spec (schemas, parameters, components). */
function documentedStatuses(spec: unknown): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (member: string, values: unknown) => {
    if (!Array.isArray(values)) return;
    let set = found.get(member);
    if (!set) found.set(member, (set = new Set()));
    for (const value of values) if (typeof value === 'string') set.add(value);
  };
  const walk = (node: unknown, name: string | undefined) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, name);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    // An OpenAPI parameter object: {name, schema: {enum}}.
    if (typeof record.name === 'string' && STATUS_MEMBERS.has(record.name)) walk(record.schema, record.name);
    if (name && STATUS_MEMBERS.has(name)) add(name, record.enum);
    for (const [key, value] of Object.entries(record)) walk(value, key === 'items' || key === 'schema' ? name : key);
  };
  walk(spec, undefined);
  return found;
}

/** The service words of x-cloudexec-service.executions, once a spec carries them. */
function executionWords(spec: unknown): { target: string[]; execution: string[] } {
  const executions = (spec as { 'x-cloudexec-service'?: { executions?: { targetStatus?: object; executionStatus?: object } } })['x-cloudexec-service']
    ?.executions;
  const words = (table: object | undefined) => Object.values(table ?? {}).flatMap((value) => (typeof value === 'string' ? [value] : []));
  return { target: words(executions?.targetStatus), execution: words(executions?.executionStatus) };
}

describe.each(Object.keys(SPECS) as ProviderId[])('%s status table', (provider) => {
  const spec = loadSpec(provider);
  const table = STATUS_TABLES[provider];

  it('maps every status value the spec documents', () => {
    const documented = documentedStatuses(spec);
    expect(documented.size).toBeGreaterThan(0);
    for (const [member, values] of documented) {
      for (const value of values) {
        expect(table.target[value] ?? table.execution[value], `${member} ${value}`).toBeDefined();
      }
    }
  });

  it('maps the service words of the execution vocabulary', () => {
    const { target, execution } = executionWords(spec);
    for (const word of target) expect(table.target[word], `target ${word}`).toBeDefined();
    for (const word of execution) expect(table.execution[word], `execution ${word}`).toBeDefined();
  });

  it('maps only to the neutral statuses', () => {
    for (const value of [...Object.values(table.target), ...Object.values(table.execution)]) expect(EXEC_STATUSES).toContain(value);
  });
});

describe('status rows from the fact sheets', () => {
  it.each([
    ['tencent-tat', 'target', 'DELIVER_DELAYED', 'pending'],
    ['tencent-tat', 'target', 'CANCELLING', 'running'],
    ['tencent-tat', 'target', 'TERMINATED', 'cancelled'],
    ['tencent-tat', 'target', 'TASK_TIMEOUT', 'timed-out'],
    ['tencent-tat', 'target', 'START_FAILED', 'failed'],
    ['tencent-tat', 'execution', 'PARTIAL_FAILED', 'failed'],
    ['tencent-tat', 'execution', 'PARTIAL_CANCELLED', 'cancelled'],
    ['tencent-batch', 'target', 'SUBMITTED', 'pending'],
    ['tencent-batch', 'target', 'STARTING', 'pending'],
    ['tencent-batch', 'target', 'FAILED_INTERRUPTED', 'failed'],
    ['tencent-batch', 'execution', 'SUCCEED', 'succeeded'],
    ['aliyun-ecs', 'target', 'Aborted', 'failed'],
    ['aliyun-ecs', 'target', 'Invalid', 'failed'],
    ['aliyun-ecs', 'target', 'Stopping', 'running'],
    ['aliyun-ecs', 'target', 'Terminated', 'cancelled'],
    ['aliyun-ecs', 'target', 'Timeout', 'timed-out'],
    ['aliyun-ecs', 'execution', 'Finished', 'succeeded'],
    ['aliyun-ecs', 'execution', 'PartialFailed', 'failed'],
    ['aliyun-ecs', 'execution', 'Stopped', 'cancelled'],
    ['aliyun-swas', 'target', 'Error', 'failed'],
    ['aliyun-swas', 'execution', 'Stopped', 'cancelled'],
  ] as const)('%s %s %s → %s', (provider, kind, word, expected) => {
    expect(neutralStatus(provider, kind, word)).toBe(expected);
  });

  it('keeps polling on a word no source documents, and reads no word as pending', () => {
    expect(neutralStatus('tencent-tat', 'target', 'SOMETHING_NEW')).toBe('running');
    expect(neutralStatus('aliyun-ecs', 'target', undefined)).toBe('pending');
  });
});
