// The release dry run works on a copy: the files git would see in a commit made now (tracked files plus
// untracked ones that are not ignored), as they are in the working tree. Nothing is written to the repo.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** Repo-relative paths of tracked and untracked-but-not-ignored files that exist in the working tree. */
export function listWorkingTreeFiles(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const files = new Set(out.split('\0').filter((file) => file !== ''));
  // A tracked file deleted in the working tree is still listed by --cached; the copy mirrors the working tree.
  return [...files].filter((file) => existsSync(path.join(root, file)) || isSymlink(path.join(root, file))).sort();
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Copies the working tree's files into `dest` (modes kept, symlinks recreated); returns how many. */
export function copyWorkingTree(root: string, dest: string): number {
  const files = listWorkingTreeFiles(root);
  for (const file of files) {
    const from = path.join(root, file);
    const to = path.join(dest, file);
    mkdirSync(path.dirname(to), { recursive: true });
    if (isSymlink(from)) symlinkSync(readlinkSync(from), to);
    else copyFileSync(from, to);
  }
  return files.length;
}

/** `git status --porcelain` of the repo: the before/after evidence that a dry run changed nothing. */
export function gitStatus(root: string): string {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
