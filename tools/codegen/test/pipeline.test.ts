import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodegenError } from '../src/load/codegen-error.ts';
import { generate } from '../src/pipeline.ts';
import { makeTempDirs, snapshotTree, type TempDirs } from './fixtures/temp-dirs.ts';

let dirs: TempDirs;
beforeEach(async () => {
  dirs = await makeTempDirs();
});
afterEach(async () => {
  await dirs.cleanup();
});

const run = (check = false, outDir = dirs.outDir) => generate({ specsDir: dirs.specsDir, outDir, check });
const file = (relative: string) => path.join(dirs.outDir, relative);

async function editSpec(relative: string, from: string, to: string): Promise<void> {
  const target = path.join(dirs.specsDir, relative);
  const text = await readFile(target, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${relative} no longer contains ${from}`);
  await writeFile(target, text.replace(from, to));
}

describe('generate', () => {
  it('writes every package with its generated files, package.json, README and scaffold', async () => {
    const result = await run();
    expect(result.packages.map((report) => [report.packageName, report.dir, report.operations])).toEqual([
      ['@cloudexec/aliyun-swas', 'aliyun-swas', 1],
      ['@cloudexec/tencent-tat', 'tencent-tat', 1],
    ]);
    const files = [...(await snapshotTree(path.join(dirs.outDir, 'tencent-tat'))).keys()];
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'package.json',
        'src/index.ts',
        'src/msw.ts',
        'src/generated/types.gen.ts',
        'src/generated/index.gen.ts',
        'src/generated/msw.gen.ts',
        'tsconfig.json',
        'tsconfig.build.json',
        'vitest.config.ts',
      ]),
    );
    expect(files).not.toContain('CHANGELOG.md');
    expect(await readFile(file('tencent-tat/src/index.ts'), 'utf8')).toBe("export * from './generated/index.gen.ts';\n");
  });

  it('is deterministic: two runs into two folders give identical bytes', async () => {
    await run();
    await run(false, path.join(dirs.root, 'second'));
    expect(await snapshotTree(path.join(dirs.root, 'second'))).toEqual(await snapshotTree(dirs.outDir));
  });

  it('reports everything unchanged on a second run and under --check', async () => {
    await run();
    const second = await run();
    expect(second.packages.flatMap((report) => report.changes)).toEqual([]);
    const check = await run(true);
    expect(check.packages.flatMap((report) => report.changes)).toEqual([]);
  });

  it('never overwrites hand-written scaffold files, the version or the text outside the README markers', async () => {
    await run();
    await writeFile(file('tencent-tat/src/index.ts'), "export * from './generated/index.gen.ts';\nexport const extra = 1;\n");
    const pkg = JSON.parse(await readFile(file('tencent-tat/package.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(file('tencent-tat/package.json'), JSON.stringify({ ...pkg, version: '3.1.0', private: false }, null, 2));
    const readme = await readFile(file('tencent-tat/README.md'), 'utf8');
    await writeFile(file('tencent-tat/README.md'), readme.replace('# @cloudexec/tencent-tat', '# My own title'));
    await run();
    expect(await readFile(file('tencent-tat/src/index.ts'), 'utf8')).toContain('extra');
    expect(JSON.parse(await readFile(file('tencent-tat/package.json'), 'utf8'))).toMatchObject({ version: '3.1.0', private: false });
    expect(await readFile(file('tencent-tat/README.md'), 'utf8')).toContain('# My own title');
  });

  it('removes generated files it no longer produces and leaves other files in src/generated', async () => {
    await run();
    await writeFile(file('tencent-tat/src/generated/retired.gen.ts'), '// old\n');
    await writeFile(file('tencent-tat/src/generated/README.txt'), 'keep\n');
    const result = await run();
    expect(result.packages.flatMap((report) => report.changes)).toEqual([{ path: 'tencent-tat/src/generated/retired.gen.ts', kind: 'delete' }]);
    expect((await snapshotTree(dirs.outDir)).has('tencent-tat/src/generated/README.txt')).toBe(true);
  });

  it('--check names the stale files after a spec edit and writes nothing', async () => {
    await run();
    await editSpec('tencent/tat.yaml', 'maximum: 100', 'maximum: 50');
    const before = await snapshotTree(dirs.outDir);
    const result = await run(true);
    const stale = result.packages.flatMap((report) => report.changes.map((change) => `${change.kind} ${change.path}`));
    expect(stale).toEqual(
      expect.arrayContaining([
        'update tencent-tat/README.md',
        'update tencent-tat/src/generated/types.gen.ts',
        'update tencent-tat/src/generated/model-data.gen.ts',
      ]),
    );
    expect(stale.every((line) => line.includes('tencent-tat/'))).toBe(true);
    expect(await snapshotTree(dirs.outDir)).toEqual(before);
  });

  it('--check counts a package.json drift as stale', async () => {
    await run();
    const pkg = JSON.parse(await readFile(file('aliyun-swas/package.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(file('aliyun-swas/package.json'), `${JSON.stringify({ ...pkg, sideEffects: true }, null, 2)}\n`);
    const result = await run(true);
    expect(result.packages.flatMap((report) => report.changes)).toEqual([{ path: 'aliyun-swas/package.json', kind: 'update' }]);
  });

  it('stops on an invalid spec with the checker message and writes nothing', async () => {
    await editSpec('aliyun/swas.yaml', 'httpMethod: GET', 'httpMethod: PATCH');
    const error = await run().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as Error).message).toMatch(/spec check failed[\s\S]*specs\/aliyun\/swas\.yaml:\d+:\d+/);
    expect((await snapshotTree(dirs.outDir)).size).toBe(0);
  });

  it('stops without writing when a README has lost its markers', async () => {
    await run();
    await writeFile(file('tencent-tat/README.md'), '# no markers\n');
    await editSpec('aliyun/swas.yaml', 'maximum: 50', 'maximum: 40');
    const before = await snapshotTree(dirs.outDir);
    await expect(run()).rejects.toThrow(/tencent-tat\/README\.md lacks/);
    expect(await snapshotTree(dirs.outDir)).toEqual(before);
  });

  it('writes into a packages folder that does not exist yet', async () => {
    const nested = path.join(dirs.root, 'a', 'b');
    await mkdir(path.dirname(nested), { recursive: true });
    await run(false, nested);
    expect((await snapshotTree(nested)).has('aliyun-swas/package.json')).toBe(true);
  });
});
