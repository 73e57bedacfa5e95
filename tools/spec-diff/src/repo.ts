// Repository access: the root (found from this file's location) and read-only git queries.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workspace root: the nearest ancestor of this file holding pnpm-workspace.yaml. */
export function repoRootFromHere(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('spec-diff: no pnpm-workspace.yaml above tools/spec-diff');
    dir = parent;
  }
  return dir;
}

export function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Throws a readable error when `ref` does not name a commit. */
export function assertCommit(root: string, ref: string): void {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new Error(`spec-diff: base ${JSON.stringify(ref)} is not a commit in ${root}`);
  }
}

/** Repo-relative paths of the files under `dir` at `ref`. */
export function listFilesAt(root: string, ref: string, dir: string): string[] {
  return git(root, ['ls-tree', '-r', '--name-only', '-z', ref, '--', dir])
    .split('\0')
    .filter((p) => p !== '');
}

export function readFileAt(root: string, ref: string, file: string): string {
  return git(root, ['show', `${ref}:${file}`]);
}
