// The replay (helpers/replay-edits.ts), on a copy of the real specs in a temporary git repository:
// Batch filter `task-instance-type` → `task-instance-state` (minor: a documented correction),
// a new optional response field on a TAT type (minor), a TAT page's `Limit` maximum lowered (major).
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPEC_DIFF_CLI, tempRepo, type TempRepo } from './helpers/git-repo.ts';
import { ADDED_FIELD, BATCH_SPEC, OLD_FILTER, TAT_LIMIT, applyReplayEdits, editSpec, keepOneBatchFilter } from './helpers/replay-edits.ts';

const REAL_SPECS = fileURLToPath(new URL('../../../specs', import.meta.url));

let repo: TempRepo;

beforeAll(() => {
  repo = tempRepo();
  const specsDir = path.join(repo.root, 'specs');
  cpSync(REAL_SPECS, specsDir, { recursive: true });
  repo.write('.changeset/README.md', '# Changesets\n');
  editSpec(specsDir, BATCH_SPEC, (doc) => keepOneBatchFilter(doc, OLD_FILTER));
  repo.commit('specs as released');
  applyReplayEdits(specsDir);
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
      expect.objectContaining({
        kind: 'filter-name-corrected',
        bump: 'minor',
        operation: 'DescribeTask',
        message: expect.stringContaining('filter name `task-instance-type` renamed to `task-instance-state`'),
      }),
    ]);

    const tat = byName['@cloudexec/tencent-tat'];
    expect(tat.bump).toBe('major');
    expect(tat.changes).toEqual([
      {
        kind: 'request-limit-tightened',
        bump: 'major',
        operation: TAT_LIMIT.operation,
        message: `request \`Limit\` maximum ${TAT_LIMIT.before} → ${TAT_LIMIT.after}`,
      },
      {
        kind: 'response-field-added',
        bump: 'minor',
        operation: 'DescribeInvocationTasks',
        message: `response \`InvocationTaskSet[].${ADDED_FIELD}\` added (optional, string)`,
      },
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
