// The dry run for real, for every public package: copy, install, build, pack, install each provider alone,
// type-check and run a consumer program. This is the test command's only release rehearsal (scripts/test.sh
// has no separate release:dry-run step), so it covers every provider and prints the dry run's table. The
// repository it starts from must come out unchanged: it runs on a clone of this repository (HEAD plus the
// working tree's changes), so edits other sessions make to the real working tree meanwhile cannot blur the
// before/after comparison.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from '../src/exec.ts';
import { isProviderPackage, listPublicPackages, repoRootFromHere } from '../src/public-packages.ts';
import { formatNotes, formatTable } from '../src/report-table.ts';
import { runDryRun } from '../src/run-dry-run.ts';
import { gitStatus } from '../src/workspace-copy.ts';
import { cloneWithWorkingTree } from './helpers/repo-clone.ts';

const head = (root: string): string => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const statusLines = (root: string): string[] => gitStatus(root).split('\n');

describe('release:dry-run', () => {
  it('releases every public package in a copy, each provider installed alone, and leaves the repository unchanged', async () => {
    const repo = cloneWithWorkingTree(repoRootFromHere());
    const root = repo.root;
    const statusBefore = statusLines(root);
    const headBefore = head(root);
    const report = await runDryRun({ root, keep: true });
    try {
      console.log(`${formatTable(report.rows)}\n${formatNotes(report.rows).join('\n')}`);
      expect(report.error).toBeUndefined();
      expect(report.steps.map((step) => step.step)).toEqual(expect.arrayContaining(['pnpm install', 'build']));
      const packages = listPublicPackages(root);
      expect(report.rows.map((row) => row.name)).toEqual(packages.map((pkg) => pkg.name));
      expect(packages.filter(isProviderPackage).map((pkg) => pkg.name)).toContain('@cloudexec/tencent-tat');
      for (const pkg of packages) {
        const row = report.rows.find((candidate) => candidate.name === pkg.name);
        expect(row?.files, pkg.name).toBeGreaterThan(10);
        expect(row?.bytes, pkg.name).toBeGreaterThan(1000);
        if (!isProviderPackage(pkg)) {
          expect(row?.install, pkg.name).toBeUndefined();
          continue;
        }
        for (const step of ['install', 'typecheck', 'run'] as const)
          expect(row?.[step], `${pkg.name} ${step}: ${row?.[step]?.detail}`).toMatchObject({ ok: true });
        expect(row?.run?.detail, pkg.name).toMatch(/^[1-9]\d* operations/);
      }
      expect(report.ok).toBe(true);

      // The scratch project holds the provider, the runtime and the mock and no other workspace package.
      const scratch = path.join(report.workDir, 'scratch', 'tencent-tat');
      const manifest = JSON.parse(readFileSync(path.join(scratch, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      expect(Object.keys(manifest.dependencies).sort()).toEqual(['@cloudexec/tencent-tat', 'msw', 'typescript']);
      expect(existsSync(path.join(scratch, 'node_modules/@cloudexec/tencent-tat/dist/msw.js'))).toBe(true);

      // The type check is not vacuous: an input field the API does not have fails it.
      const program = readFileSync(path.join(scratch, 'main.ts'), 'utf8');
      writeFileSync(
        path.join(scratch, 'main.ts'),
        program.replace('await client.describeInvocations({', 'await client.describeInvocations({ "NoSuchField": 1,'),
      );
      const tsc = await exec(process.execPath, [path.join(scratch, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: scratch });
      expect(tsc.code).not.toBe(0);
      expect(tsc.stdout).toMatch(/error TS2353: .*NoSuchField/);
      expect(statusLines(root)).toEqual(statusBefore);
      expect(head(root)).toBe(headBefore);
    } finally {
      rmSync(report.workDir, { recursive: true, force: true });
      repo.remove();
    }
  }, 420_000);
});
