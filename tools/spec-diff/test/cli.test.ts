// spec:diff against a temporary git repository: report, JSON, changeset idempotence, bad base.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { COMMON_FILE, SPEC_FILE, at, commonSpec, thingSpec } from './helpers/thing-spec.ts';
import { SPEC_DIFF_CLI, tempRepo, type TempRepo } from './helpers/git-repo.ts';

let repo: TempRepo;

beforeEach(() => {
  repo = tempRepo({ [SPEC_FILE]: stringify(thingSpec()), [COMMON_FILE]: stringify(commonSpec()), '.changeset/README.md': '# Changesets\n' });
  repo.commit('specs');
});
afterEach(() => repo.remove());

function editSpec(edit: (doc: ReturnType<typeof thingSpec>) => void): void {
  const doc = thingSpec();
  edit(doc);
  repo.write(SPEC_FILE, stringify(doc));
}

describe('spec:diff CLI', () => {
  it('says so when nothing changed', () => {
    const result = repo.run(SPEC_DIFF_CLI, ['--base', 'HEAD']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No spec changes against HEAD.');
  });

  it('lists the working-tree changes against the base with their bumps', () => {
    editSpec((doc) => {
      at.request(doc).Limit.maximum = 50;
      at.thing(doc).Owner = { type: 'string' };
    });
    const result = repo.run(SPEC_DIFF_CLI, ['--base', 'HEAD']);
    expect(result.status).toBe(0);
    // The common file did not change, so the package's changeset does not name it.
    expect(result.stdout).toContain('@cloudexec/acme-things: major (specs/acme/things.yaml)\n');
    expect(result.stdout).toContain('major  DescribeThings: request `Limit` maximum 100 → 50');
    expect(result.stdout).toContain('minor  DescribeThings: response `ThingSet[].Owner` added (optional, string)');
  });

  it('prints JSON with --json', () => {
    editSpec((doc) => (at.extension(doc).rateLimit.qps = 5));
    const parsed = JSON.parse(repo.run(SPEC_DIFF_CLI, ['--json']).stdout);
    expect(parsed).toEqual({
      base: 'HEAD',
      packages: [
        {
          packageName: '@cloudexec/acme-things',
          specFiles: [SPEC_FILE],
          bump: 'minor',
          changes: [{ kind: 'rate-limit-changed', bump: 'minor', operation: 'DescribeThings', message: 'rate limit 20 QPS → 5 QPS' }],
        },
      ],
    });
  });

  it('names the common file when it is what changed', () => {
    const common = commonSpec() as any;
    common['x-cloudexec-common'].commonErrors = [];
    repo.write(COMMON_FILE, stringify(common));
    const parsed = JSON.parse(repo.run(SPEC_DIFF_CLI, ['--json']).stdout);
    expect(parsed.packages[0].specFiles).toEqual([COMMON_FILE]);
  });

  it('classifies a drift acknowledgement alone as patch', () => {
    editSpec((doc) => (at.thing(doc).ThingId['x-cloudexec-drift'] = { ignore: ['response-field-made-required'], reason: 'a quirk' }));
    const parsed = JSON.parse(repo.run(SPEC_DIFF_CLI, ['--json']).stdout);
    expect(parsed.packages[0].bump).toBe('patch');
    expect(parsed.packages[0].changes.map((c: { kind: string }) => c.kind)).toEqual(['drift-acknowledgement-changed']);
  });

  it('treats a spec absent at the base as all operations added', () => {
    repo.write('specs/acme/gadgets.yaml', stringify({ ...thingSpec(), 'x-cloudexec-service': { package: 'acme-gadgets' } }));
    const result = repo.run(SPEC_DIFF_CLI);
    expect(result.stdout).toContain('@cloudexec/acme-gadgets: minor');
    expect(result.stdout).toContain('minor  DescribeThings: operation added');
  });

  it('writes one changeset per package, and nothing new on a second run', () => {
    editSpec((doc) => (at.request(doc).Limit.maximum = 50));
    const first = repo.run(SPEC_DIFF_CLI, ['--changeset']);
    const written = repo.changesets().filter((name) => name !== 'README.md');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^spec-acme-things-[0-9a-f]{8}\.md$/);
    expect(first.stdout).toContain(`wrote .changeset/${written[0]}`);
    const contents = readFileSync(path.join(repo.root, '.changeset', written[0] ?? ''), 'utf8');
    expect(contents.startsWith('---\n"@cloudexec/acme-things": major\n---\n\n')).toBe(true);
    expect(contents).toContain('- major: DescribeThings: request `Limit` maximum 100 → 50');

    const second = repo.run(SPEC_DIFF_CLI, ['--changeset']);
    expect(second.stdout).toContain(`.changeset/${written[0]} already exists, nothing new written`);
    expect(repo.changesets()).toEqual(['README.md', ...written]);
  });

  it('replaces its own uncommitted changeset when the diff grows', () => {
    editSpec((doc) => (at.request(doc).Limit.maximum = 50));
    repo.run(SPEC_DIFF_CLI, ['--changeset']);
    const [before] = repo.changesets().filter((name) => name !== 'README.md');
    editSpec((doc) => {
      at.request(doc).Limit.maximum = 50;
      at.extension(doc).rateLimit.qps = 5;
    });
    const result = repo.run(SPEC_DIFF_CLI, ['--changeset']);
    const after = repo.changesets().filter((name) => name !== 'README.md');
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
    expect(result.stdout).toContain(`replaced .changeset/${before}`);
  });

  it('fails readably on an unknown base', () => {
    const result = repo.run(SPEC_DIFF_CLI, ['--base', 'no-such-ref']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('base "no-such-ref" is not a commit');
  });
});
