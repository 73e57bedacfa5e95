// Writes one changeset per affected package. The file name is a hash of the contents, so a second
// run with the same diff finds its file already there and writes nothing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PackageDiff } from './change.ts';
import { formatChangeset } from './format.ts';
import { git } from './repo.ts';

export const CHANGESET_DIR = '.changeset';

export interface ChangesetFile {
  packageName: string;
  /** Repo-relative, e.g. `.changeset/spec-tencent-tat-1a2b3c4d.md`. */
  file: string;
  contents: string;
}

export interface WriteResult {
  written: string[];
  unchanged: string[];
  /** Earlier spec changesets for the same package that are not committed at the base: superseded. */
  replaced: string[];
}

export function changesetFor(diff: PackageDiff): ChangesetFile {
  const contents = formatChangeset(diff);
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 8);
  return { packageName: diff.packageName, file: `${CHANGESET_DIR}/${filePrefix(diff.packageName)}${hash}.md`, contents };
}

function filePrefix(packageName: string): string {
  return `spec-${packageName.replace(/^@[^/]+\//, '')}-`;
}

export function writeChangesets(root: string, diffs: readonly PackageDiff[], base: string): WriteResult {
  const result: WriteResult = { written: [], unchanged: [], replaced: [] };
  mkdirSync(path.join(root, CHANGESET_DIR), { recursive: true });
  for (const diff of diffs) {
    const changeset = changesetFor(diff);
    for (const stale of staleChangesets(root, diff.packageName, changeset.file, base)) {
      unlinkSync(path.join(root, stale));
      result.replaced.push(stale);
    }
    if (existsSync(path.join(root, changeset.file))) {
      result.unchanged.push(changeset.file);
      continue;
    }
    writeFileSync(path.join(root, changeset.file), changeset.contents);
    result.written.push(changeset.file);
  }
  return result;
}

/** A spec changeset of this package written since `base` (absent there) describes an older diff of the same range. */
function staleChangesets(root: string, packageName: string, keep: string, base: string): string[] {
  const prefix = filePrefix(packageName);
  return readdirSync(path.join(root, CHANGESET_DIR))
    .filter((name) => name.startsWith(prefix) && /^[0-9a-f]{8}\.md$/.test(name.slice(prefix.length)))
    .map((name) => `${CHANGESET_DIR}/${name}`)
    .filter((file) => file !== keep && !existsAt(root, base, file));
}

function existsAt(root: string, ref: string, file: string): boolean {
  try {
    git(root, ['cat-file', '-e', `${ref}:${file}`]);
    return true;
  } catch {
    return false;
  }
}
