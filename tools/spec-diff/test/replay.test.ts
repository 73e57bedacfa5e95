// The replay, on a copy of the real specs in a temporary git repository:
// Batch filter `task-instance-type` → `task-instance-state` (minor: a documented correction),
// a new optional response field on a TAT type (minor), a TAT page's `Limit` maximum lowered (major).
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { SPEC_DIFF_CLI, tempRepo, type TempRepo } from './helpers/git-repo.ts';

const REAL_SPECS = fileURLToPath(new URL('../../../specs', import.meta.url));
const BATCH = 'specs/tencent/batch.yaml';
const TAT = 'specs/tencent/tat.yaml';
const ADDED_FIELD = 'AddedByReplay';

let repo: TempRepo;
let tatLimit: { operation: string; before: number; after: number };

function readSpec(file: string): any {
  return parse(readFileSync(path.join(repo.root, file), 'utf8'));
}

/** DescribeTask with one task-instance filter named `name` (the real spec may list both names). */
function withBatchFilter(doc: any, name: string): any {
  const filters = doc.paths['/DescribeTask'].post['x-cloudexec-operation'].filters;
  const isStateFilter = (f: any) => f.name === 'task-instance-type' || f.name === 'task-instance-state';
  const { aliasOf: _alias, ...entry } = filters.names.find((f: any) => f.name === 'task-instance-type') ?? filters.names.find(isStateFilter);
  filters.names = [...filters.names.filter((f: any) => !isStateFilter(f)), { ...entry, name }];
  return doc;
}

beforeAll(() => {
  repo = tempRepo();
  cpSync(REAL_SPECS, path.join(repo.root, 'specs'), { recursive: true });
  repo.write('.changeset/README.md', '# Changesets\n');
  repo.write(BATCH, stringify(withBatchFilter(readSpec(BATCH), 'task-instance-type')));
  repo.commit('specs as released');

  repo.write(BATCH, stringify(withBatchFilter(readSpec(BATCH), 'task-instance-state')));
  const tat = readSpec(TAT);
  const invocationTask = tat.components.schemas.InvocationTask;
  expect(invocationTask.properties[ADDED_FIELD], 'the replay field must be new').toBeUndefined();
  invocationTask.properties[ADDED_FIELD] = { type: 'string', description: 'Replay: new optional member.' };
  const limit = tat.components.schemas.DescribeInvocationTasksRequest.properties.Limit;
  tatLimit = { operation: 'DescribeInvocationTasks', before: limit.maximum, after: Math.floor(limit.maximum / 2) };
  limit.maximum = tatLimit.after;
  repo.write(TAT, stringify(tat));
});
afterAll(() => repo.remove());

describe('replay on the real specs', () => {
  it('lists each change with its classification', () => {
    const { packages } = JSON.parse(repo.run(SPEC_DIFF_CLI, ['--base', 'HEAD', '--json']).stdout);
    const byName = Object.fromEntries(packages.map((p: any) => [p.packageName, p]));
    expect(Object.keys(byName).sort()).toEqual(['@cloudexec/tencent-batch', '@cloudexec/tencent-tat']);

    const batch = byName['@cloudexec/tencent-batch'];
    expect(batch.bump).toBe('minor');
    expect(batch.changes).toEqual([
      expect.objectContaining({ kind: 'filter-name-corrected', bump: 'minor', operation: 'DescribeTask', message: expect.stringContaining('filter name `task-instance-type` renamed to `task-instance-state`') }),
    ]);

    const tat = byName['@cloudexec/tencent-tat'];
    expect(tat.bump).toBe('major');
    expect(tat.changes).toEqual([
      { kind: 'request-limit-tightened', bump: 'major', operation: tatLimit.operation, message: `request \`Limit\` maximum ${tatLimit.before} → ${tatLimit.after}` },
      { kind: 'response-field-added', bump: 'minor', operation: 'DescribeInvocationTasks', message: `response \`InvocationTaskSet[].${ADDED_FIELD}\` added (optional, string)` },
    ]);
  });

  it('writes changesets with those bumps', () => {
    repo.run(SPEC_DIFF_CLI, ['--changeset']);
    const written = repo.changesets().filter((name) => name.startsWith('spec-'));
    const contents = written.map((name) => readFileSync(path.join(repo.root, '.changeset', name), 'utf8'));
    expect(written).toEqual([expect.stringMatching(/^spec-tencent-batch-[0-9a-f]{8}\.md$/), expect.stringMatching(/^spec-tencent-tat-[0-9a-f]{8}\.md$/)]);
    expect(contents[0]).toMatch(/^---\n"@cloudexec\/tencent-batch": minor\n---\n/);
    expect(contents[1]).toMatch(/^---\n"@cloudexec\/tencent-tat": major\n---\n/);
  });
});
