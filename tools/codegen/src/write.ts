// The only module that touches the output tree. Everything else is computed in memory; here the
// desired files are compared with the disk, staged in a temporary directory and renamed into place
// file by file, so an interrupted run never leaves a half-written file behind.
import { mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATED_DIR } from './emit/helpers.ts';

/** One package's desired output; file paths are relative to the package directory. */
export interface PackagePlan {
  /** Package directory relative to the packages root, e.g. `tencent-tat`. */
  dir: string;
  files: ReadonlyArray<{ path: string; contents: string }>;
}

export type ChangeKind = 'create' | 'update' | 'delete';

export interface FileChange {
  /** Relative to the packages root: `tencent-tat/src/generated/types.gen.ts`. */
  path: string;
  kind: ChangeKind;
}

export interface PackageDiff {
  dir: string;
  changes: FileChange[];
  unchanged: string[];
}

const GENERATED_FILE = /\.gen\.ts$/;

/** Reads a file under the packages root; undefined when it does not exist. */
export async function readExisting(root: string, relativePath: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(root, relativePath), 'utf8');
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Reads several package files at once: path → contents (absent files are left out). */
export async function readPackageFiles(root: string, dir: string, paths: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const file of paths) {
    const contents = await readExisting(root, path.posix.join(dir, file));
    if (contents !== undefined) found.set(file, contents);
  }
  return found;
}

/** Compares a plan with the disk: what would be created, updated or deleted (stale `*.gen.ts`). */
export async function diffPackage(root: string, plan: PackagePlan): Promise<PackageDiff> {
  const changes: FileChange[] = [];
  const unchanged: string[] = [];
  const planned = new Set<string>();
  for (const file of plan.files) {
    const relative = path.posix.join(plan.dir, file.path);
    planned.add(relative);
    const current = await readExisting(root, relative);
    if (current === file.contents) unchanged.push(relative);
    else changes.push({ path: relative, kind: current === undefined ? 'create' : 'update' });
  }
  for (const stale of await listGeneratedFiles(root, plan.dir)) {
    if (!planned.has(stale)) changes.push({ path: stale, kind: 'delete' });
  }
  changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  unchanged.sort();
  return { dir: plan.dir, changes, unchanged };
}

/**
 * Applies every package's changes: all new contents are first written to a staging directory inside
 * the packages root (same filesystem, so rename is atomic), then renamed over their targets, then
 * stale generated files are removed. A failure while staging leaves the tree untouched.
 */
export async function applyChanges(root: string, plans: readonly PackagePlan[], diffs: readonly PackageDiff[]): Promise<void> {
  const contentsByPath = new Map<string, string>();
  for (const plan of plans) {
    for (const file of plan.files) contentsByPath.set(path.posix.join(plan.dir, file.path), file.contents);
  }
  const writes = diffs.flatMap((diff) => diff.changes.filter((change) => change.kind !== 'delete'));
  const deletes = diffs.flatMap((diff) => diff.changes.filter((change) => change.kind === 'delete'));
  if (writes.length === 0 && deletes.length === 0) return;

  await mkdir(root, { recursive: true });
  const staging = await mkdtemp(path.join(root, '.codegen-staging-'));
  try {
    const staged: Array<{ from: string; to: string }> = [];
    for (const [index, change] of writes.entries()) {
      const contents = contentsByPath.get(change.path);
      if (contents === undefined) throw new Error(`write: no contents planned for ${change.path}`);
      const from = path.join(staging, String(index));
      await writeFile(from, contents, 'utf8');
      staged.push({ from, to: path.join(root, change.path) });
    }
    for (const { from, to } of staged) {
      await mkdir(path.dirname(to), { recursive: true });
      await rename(from, to);
    }
    for (const change of deletes) await unlink(path.join(root, change.path));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** `*.gen.ts` files currently in `<dir>/src/generated/`, relative to the packages root. */
async function listGeneratedFiles(root: string, dir: string): Promise<string[]> {
  const generatedDir = path.posix.join(dir, GENERATED_DIR);
  try {
    const entries = await readdir(path.join(root, generatedDir), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && GENERATED_FILE.test(entry.name))
      .map((entry) => path.posix.join(generatedDir, entry.name))
      .sort();
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
