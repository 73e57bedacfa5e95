// changeset:check against a temporary git repository with recorded release fingerprints.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CHECK_CLI, SPEC_DIFF_CLI, tempRepo, type TempRepo } from './helpers/git-repo.ts';
import { COMMON_FILE, SPEC_FILE, at, commonSpec, thingSpec } from './helpers/thing-spec.ts';

const GENERATED = 'packages/acme-things/src/generated/types.gen.ts';
let repo: TempRepo;

beforeEach(() => {
  repo = tempRepo({
    [SPEC_FILE]: stringify(thingSpec()),
    [COMMON_FILE]: stringify(commonSpec()),
    [GENERATED]: 'export type Thing = { ThingId: string };\n',
    'packages/acme-things/package.json': '{"name": "@cloudexec/acme-things"}\n',
    '.changeset/README.md': '# Changesets\n',
  });
  repo.commit('first');
});
afterEach(() => repo.remove());

describe('changeset:check', () => {
  it('fails for a package that was never recorded, naming the command that writes the changeset', () => {
    const result = repo.run(CHECK_CLI);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('@cloudexec/acme-things: no released fingerprint in .changeset/released-fingerprints.json');
    expect(result.stderr).toContain('pnpm spec:diff --changeset');
  });

  it('passes right after --record-release, and fails once the spec changes', () => {
    expect(repo.run(CHECK_CLI, ['--record-release']).status).toBe(0);
    expect(existsSync(path.join(repo.root, '.changeset/released-fingerprints.json'))).toBe(true);
    expect(repo.run(CHECK_CLI).status).toBe(0);

    const doc = thingSpec();
    at.request(doc).Limit.maximum = 50;
    repo.write(SPEC_FILE, stringify(doc));
    const failed = repo.run(CHECK_CLI);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('@cloudexec/acme-things: spec or src/generated/ changed since the last release');

    expect(repo.run(SPEC_DIFF_CLI, ['--changeset']).status).toBe(0);
    const passed = repo.run(CHECK_CLI);
    expect(passed.status).toBe(0);
    expect(passed.stdout).toContain('no package changed since the last release without a pending changeset');
  });

  it('watches src/generated/ and its common file too, and accepts a hand-written changeset', () => {
    repo.run(CHECK_CLI, ['--record-release']);
    repo.write(GENERATED, 'export type Thing = { ThingId: string; Owner?: string };\n');
    expect(repo.run(CHECK_CLI).status).toBe(1);

    repo.write('.changeset/other.md', '---\n"@cloudexec/acme-gadgets": patch\n---\n\nNot this package.\n');
    expect(repo.run(CHECK_CLI).status).toBe(1);
    repo.write('.changeset/owner.md', "---\n'@cloudexec/acme-things': minor\n---\n\nAdd Owner.\n");
    expect(repo.run(CHECK_CLI).status).toBe(0);

    rmSync(path.join(repo.root, '.changeset/owner.md'));
    repo.write(GENERATED, 'export type Thing = { ThingId: string };\n');
    expect(repo.run(CHECK_CLI).status).toBe(0);
    repo.write(COMMON_FILE, stringify({ ...commonSpec(), info: { title: 'Acme common', version: '1.1' } }));
    expect(repo.run(CHECK_CLI).status).toBe(1);
  });

  it('reports an unchanged fingerprint file on a second --record-release', () => {
    repo.run(CHECK_CLI, ['--record-release']);
    expect(repo.run(CHECK_CLI, ['--record-release']).stdout).toContain('already up to date');
  });
});
