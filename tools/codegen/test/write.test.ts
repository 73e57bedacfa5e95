import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges, diffPackage, type PackagePlan } from '../src/write.ts';
import { makeTempDirs, snapshotTree, type TempDirs } from './fixtures/temp-dirs.ts';

let dirs: TempDirs;
beforeEach(async () => {
  dirs = await makeTempDirs();
});
afterEach(async () => {
  await dirs.cleanup();
});

async function seed(files: Record<string, string>): Promise<void> {
  for (const [file, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dirs.outDir, file)), { recursive: true });
    await writeFile(path.join(dirs.outDir, file), contents);
  }
}

const plan: PackagePlan = {
  dir: 'pkg',
  files: [
    { path: 'src/generated/a.gen.ts', contents: 'a\n' },
    { path: 'src/generated/b.gen.ts', contents: 'b2\n' },
    { path: 'package.json', contents: '{}\n' },
  ],
};

describe('diffPackage', () => {
  it('tells created, updated, unchanged and stale generated files apart', async () => {
    await seed({
      'pkg/src/generated/a.gen.ts': 'a\n',
      'pkg/src/generated/b.gen.ts': 'b1\n',
      'pkg/src/generated/old.gen.ts': 'old\n',
      'pkg/src/generated/notes.md': 'hand-written, not ours\n',
      'pkg/src/index.ts': 'hand-written\n',
    });
    expect(await diffPackage(dirs.outDir, plan)).toEqual({
      dir: 'pkg',
      changes: [
        { path: 'pkg/package.json', kind: 'create' },
        { path: 'pkg/src/generated/b.gen.ts', kind: 'update' },
        { path: 'pkg/src/generated/old.gen.ts', kind: 'delete' },
      ],
      unchanged: ['pkg/src/generated/a.gen.ts'],
    });
  });

  it('treats a missing package directory as all new', async () => {
    const diff = await diffPackage(dirs.outDir, plan);
    expect(diff.changes.map((change) => change.kind)).toEqual(['create', 'create', 'create']);
  });
});

describe('applyChanges', () => {
  it('writes changed files, removes stale generated files and leaves no staging directory', async () => {
    await seed({ 'pkg/src/generated/b.gen.ts': 'b1\n', 'pkg/src/generated/old.gen.ts': 'old\n', 'pkg/src/index.ts': 'mine\n' });
    await applyChanges(dirs.outDir, [plan], [await diffPackage(dirs.outDir, plan)]);
    expect(Object.fromEntries(await snapshotTree(dirs.outDir))).toEqual({
      'pkg/package.json': '{}\n',
      'pkg/src/generated/a.gen.ts': 'a\n',
      'pkg/src/generated/b.gen.ts': 'b2\n',
      'pkg/src/index.ts': 'mine\n',
    });
    expect((await readdir(dirs.outDir)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('does not touch files whose contents are already right', async () => {
    await seed({ 'pkg/src/generated/a.gen.ts': 'a\n', 'pkg/src/generated/b.gen.ts': 'b2\n', 'pkg/package.json': '{}\n' });
    const file = path.join(dirs.outDir, 'pkg/src/generated/a.gen.ts');
    const before = (await stat(file)).mtimeMs;
    const diff = await diffPackage(dirs.outDir, plan);
    expect(diff.changes).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await applyChanges(dirs.outDir, [plan], [diff]);
    expect((await stat(file)).mtimeMs).toBe(before);
  });

  it('changes nothing on disk when staging fails part-way', async () => {
    await seed({ 'pkg/src/generated/a.gen.ts': 'old a\n', 'pkg/src/generated/old.gen.ts': 'old\n' });
    const before = await snapshotTree(dirs.outDir);
    const diff = await diffPackage(dirs.outDir, plan);
    // The second write has no planned contents: staging throws after the first file was staged.
    const broken = { ...diff, changes: [...diff.changes, { path: 'pkg/src/generated/ghost.gen.ts', kind: 'create' as const }] };
    await expect(applyChanges(dirs.outDir, [plan], [broken])).rejects.toThrow(/ghost\.gen\.ts/);
    expect(await snapshotTree(dirs.outDir)).toEqual(before);
    expect((await readdir(dirs.outDir)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('writes exactly the planned bytes', async () => {
    const unicode: PackagePlan = { dir: 'pkg', files: [{ path: 'README.md', contents: '≤ 100 — 中文\n' }] };
    await applyChanges(dirs.outDir, [unicode], [await diffPackage(dirs.outDir, unicode)]);
    expect(await readFile(path.join(dirs.outDir, 'pkg/README.md'), 'utf8')).toBe('≤ 100 — 中文\n');
  });
});
