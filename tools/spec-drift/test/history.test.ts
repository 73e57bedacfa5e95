// The vendor's real history: tccli's api.json for TAT, 2021-2026 (test/fixtures/tccli-tat-history.json,
// written by scripts/extract-tccli-history.ts), each consecutive pair classified with spec-diff's rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FieldMap } from '../src/facts.ts';
import { classifyVersions } from '../src/history.ts';

interface Version {
  commit: string;
  date: string;
  operations: Record<string, { request: FieldMap; response: FieldMap }>;
}

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/tccli-tat-history.json');
const { versions } = JSON.parse(readFileSync(file, 'utf8')) as { versions: Version[] };

/** `<date of the later version>` → the changes of that pair, as `<kind> <operation> <path>`. */
const EXPECTED: Record<string, string[]> = {
  '2021-03-23': [
    'response-field-added DescribeInvocations InvocationSet[].DefaultParameters',
    'response-field-added DescribeInvocations InvocationSet[].Parameters',
  ],
  '2021-04-25': ['response-field-added DescribeInvocationTasks InvocationTaskSet[].TaskResult.Dropped'],
  '2021-07-07': ['response-field-added DescribeInvocations InvocationSet[].InstanceKind'],
  '2021-07-14': [
    'response-field-added DescribeInvocations InvocationSet[].Username',
    'response-field-added DescribeInvocationTasks InvocationTaskSet[].CommandDocument.Username',
  ],
  '2021-07-19': ['response-field-added DescribeInvocationTasks InvocationTaskSet[].ErrorInfo'],
  '2021-07-28': [
    'response-field-added DescribeInvocations InvocationSet[].InvocationSource',
    'response-field-added DescribeInvocationTasks InvocationTaskSet[].InvocationSource',
  ],
  '2021-09-01': ['CommandContent', 'CommandType', 'Timeout', 'WorkingDirectory'].map((f) => `response-field-added DescribeInvocations InvocationSet[].${f}`),
  '2021-12-03': [
    'response-field-added DescribeInvocations InvocationSet[].OutputCOSBucketUrl',
    'response-field-added DescribeInvocations InvocationSet[].OutputCOSKeyPrefix',
    'response-field-added DescribeInvocationTasks InvocationTaskSet[].TaskResult.OutputUploadCOSErrorInfo',
    'response-field-added DescribeInvocationTasks InvocationTaskSet[].TaskResult.OutputUrl',
  ],
  '2023-02-20': [
    'response-field-added DescribeInvocationTasks InvocationTaskSet[].CommandDocument.OutputCOSBucketUrl',
    'response-field-added DescribeInvocationTasks InvocationTaskSet[].CommandDocument.OutputCOSKeyPrefix',
  ],
  // value_allowed_null turning true: reads of a string now see null, which breaks strict consumers.
  '2023-09-18': [
    'response-field-retyped DescribeInvocationTasks InvocationTaskSet[].TaskResult.ExecEndTime',
    'response-field-retyped DescribeInvocationTasks InvocationTaskSet[].TaskResult.ExecStartTime',
  ],
  '2023-09-27': [
    'response-field-retyped DescribeInvocationTasks InvocationTaskSet[].EndTime',
    'response-field-retyped DescribeInvocationTasks InvocationTaskSet[].StartTime',
  ],
  // tccli began writing output_required: facts appear where none were stated; nothing the service changed.
  '2023-12-18': [],
  '2024-03-19': [],
  '2025-03-10': [],
  '2025-07-25': ['response-field-added DescribeInvocations InvocationSet[].CommandName'],
  '2025-09-19': ['response-field-added DescribeInvocationTasks InvocationTaskSet[].CommandName'],
  '2026-01-14': ['response-field-retyped DescribeInvocations InvocationSet[].EndTime'],
};

const pairs = versions.slice(1).map((after, i) => ({ before: versions[i]!, after }));

describe('tccli TAT history replayed through spec-diff rules', () => {
  it('holds 18 distinct dated versions from 2021 to 2026, each with both operations', () => {
    expect(versions.map((v) => v.date)).toEqual(['2021-02-02', ...Object.keys(EXPECTED)]);
    for (const v of versions) expect(Object.keys(v.operations).sort()).toEqual(['DescribeInvocationTasks', 'DescribeInvocations']);
  });

  it.each(pairs.map((p) => [`${p.before.date} → ${p.after.date}`, p] as const))('%s', (_, { before, after }) => {
    const changes = ['DescribeInvocations', 'DescribeInvocationTasks'].flatMap((op) =>
      classifyVersions(op, before.operations[op]!, after.operations[op]!).map((c) => ({ ...c, path: /`([^`]*)`/.exec(c.message)?.[1] })),
    );
    expect(changes.map((c) => `${c.kind} ${c.operation} ${c.path}`)).toEqual(EXPECTED[after.date]);
    // Additions are minor; a field that may now be null is major, as the rules table says.
    for (const c of changes) expect(c.bump).toBe(c.kind === 'response-field-added' ? 'minor' : 'major');
  });

  it('every consecutive pair differs in its reduced facts (the fixture is deduplicated)', () => {
    for (const { before, after } of pairs) expect(JSON.stringify(after.operations)).not.toBe(JSON.stringify(before.operations));
  });
});
