// A private copy of the repository for the dry-run test: a shared clone of HEAD with the working tree's
// changes laid over it. Other sessions may edit the real working tree while the test runs; the clone's
// `git status` changes only if the dry run writes into its root.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyWorkingTree } from '../../src/workspace-copy.ts';

export function cloneWithWorkingTree(root: string): { root: string; remove(): void } {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'cloudexec-release-clone-'));
  const clone = path.join(parent, 'repo');
  execFileSync('git', ['clone', '--quiet', '--shared', root, clone], { stdio: 'pipe' });
  copyWorkingTree(root, clone);
  const deleted = execFileSync('git', ['ls-files', '-z', '--deleted'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of deleted) rmSync(path.join(clone, file), { force: true });
  return { root: clone, remove: () => rmSync(parent, { recursive: true, force: true }) };
}
