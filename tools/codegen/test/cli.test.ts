import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, parseArgs, repoRoot } from '../src/cli.ts';
import { makeTempDirs, snapshotTree, type TempDirs } from './fixtures/temp-dirs.ts';

let dirs: TempDirs;
beforeEach(async () => {
  dirs = await makeTempDirs();
});
afterEach(async () => {
  await dirs.cleanup();
});

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ['--specs', dirs.specsDir, '--out', dirs.outDir, ...args],
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('parseArgs', () => {
  it('defaults to specs/ and packages/ of the repository found from the file location', async () => {
    expect(parseArgs([])).toEqual({ check: false, specsDir: path.join(repoRoot, 'specs'), outDir: path.join(repoRoot, 'packages') });
    await expect(readFile(path.join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')).resolves.toContain('packages/*');
  });

  it.each([
    { given: ['--check'], want: { check: true } },
    { given: ['--specs', 'x', '--out', 'y'], want: { specsDir: path.resolve('x'), outDir: path.resolve('y') } },
  ])('reads $given', ({ given, want }) => {
    expect(parseArgs(given)).toMatchObject(want);
  });
});

describe('main', () => {
  it('prints a row per package and a total, and exits 0', async () => {
    const { code, out, err } = await cli();
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines[1]).toMatch(/^package\s+operations\s+types\s+written\s+unchanged\s+time$/);
    expect(out).toMatch(/@cloudexec\/aliyun-swas\s+1\s+2\s+17\s+0\s+\d+ ms/);
    expect(out).toMatch(/@cloudexec\/tencent-tat\s+1\s+4\s+17\s+0\s+\d+ ms/);
    // The services manifest package: manifest.gen.ts, package.json, src/index.ts, tsconfig.json.
    expect(out).toMatch(/packages\/services \(manifest\)\s+4\s+0\s+\d+ ms/);
    expect(lines.at(-1)).toMatch(/^total \(2 packages\)\s+2\s+6\s+38\s+0\s+\d+ ms$/);
  });

  it('--check exits 1 and names the stale files, writing nothing', async () => {
    await cli();
    const types = path.join(dirs.outDir, 'tencent-tat/src/generated/types.gen.ts');
    await writeFile(types, `${await readFile(types, 'utf8')}// edited\n`);
    const before = await snapshotTree(dirs.outDir);
    const { code, out, err } = await cli('--check');
    expect(code).toBe(1);
    expect(out).toContain('nothing written');
    expect(err).toContain('1 generated file is stale; run `pnpm generate`:');
    expect(err).toContain(`${types}  (differs)`);
    expect(await snapshotTree(dirs.outDir)).toEqual(before);
  });

  it('--check exits 0 when everything is current', async () => {
    await cli();
    expect((await cli('--check')).code).toBe(0);
  });

  it('reports an invalid spec without a stack trace and exits 2', async () => {
    const spec = path.join(dirs.specsDir, 'tencent/tat.yaml');
    await writeFile(spec, (await readFile(spec, 'utf8')).replace('qps: 20', 'qps: -1'));
    const { code, err } = await cli();
    expect(code).toBe(2);
    expect(err).toMatch(/^codegen: the spec check failed, so nothing was generated:\n/);
    expect(err).toContain('specs/tencent/tat.yaml');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('rejects unknown arguments with the usage line', async () => {
    const { code, err } = await cli('--frobnicate');
    expect(code).toBe(2);
    expect(err).toContain('unknown argument --frobnicate');
    expect(err).toContain('usage: cloudexec-codegen');
  });
});
