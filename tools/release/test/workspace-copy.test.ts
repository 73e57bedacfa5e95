import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyWorkingTree, gitStatus, listWorkingTreeFiles } from '../src/workspace-copy.ts';
import { tempDir, type TempDir } from './helpers/temp-dir.ts';

const dirs: TempDir[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

function repoWithHistory(): TempDir {
  const repo = tempDir({
    '.gitignore': 'dist/\n*.tgz\n',
    'packages/a/src/index.ts': 'export const a = 1;\n',
    'packages/a/bin.sh': '#!/bin/sh\necho hi\n',
    'gone.txt': 'deleted after the commit\n',
  });
  dirs.push(repo);
  chmodSync(path.join(repo.root, 'packages/a/bin.sh'), 0o755);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo.root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'first');
  repo.write('packages/a/src/index.ts', 'export const a = 2;\n');
  repo.write('packages/a/src/new.ts', 'export const b = 1;\n');
  repo.write('packages/a/dist/index.js', 'ignored\n');
  repo.write('a.tgz', 'ignored\n');
  rmSync(path.join(repo.root, 'gone.txt'));
  return repo;
}

describe('workspace copy', () => {
  it('lists tracked and untracked-not-ignored files as they are in the working tree', () => {
    const repo = repoWithHistory();
    expect(listWorkingTreeFiles(repo.root)).toEqual(['.gitignore', 'packages/a/bin.sh', 'packages/a/src/index.ts', 'packages/a/src/new.ts']);
  });

  it('copies working-tree contents and modes, and changes nothing in the repository', () => {
    const repo = repoWithHistory();
    const dest = tempDir();
    dirs.push(dest);
    const before = gitStatus(repo.root);
    expect(copyWorkingTree(repo.root, dest.root)).toBe(4);
    expect(readFileSync(path.join(dest.root, 'packages/a/src/index.ts'), 'utf8')).toBe('export const a = 2;\n');
    expect(statSync(path.join(dest.root, 'packages/a/bin.sh')).mode & 0o111).not.toBe(0);
    expect(existsSync(path.join(dest.root, 'packages/a/dist'))).toBe(false);
    expect(existsSync(path.join(dest.root, '.git'))).toBe(false);
    expect(gitStatus(repo.root)).toBe(before);
  });
});
