// The whole comparison: specs/ at a git ref against the working tree, one PackageDiff per package.
import type { PackageDiff } from './change.ts';
import { diffService } from './diff-service.ts';
import { assertCommit } from './repo.ts';
import { gitSource, loadSnapshot, worktreeSource } from './spec-set.ts';

export interface DiffOptions {
  root: string;
  /** Git ref to compare with; a spec absent there counts as all operations added. */
  base: string;
}

export function diffSpecs({ root, base }: DiffOptions): PackageDiff[] {
  assertCommit(root, base);
  const before = loadSnapshot(gitSource(root, base));
  const after = loadSnapshot(worktreeSource(root));
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.flatMap((name) => diffService(before.get(name), after.get(name)) ?? []);
}
