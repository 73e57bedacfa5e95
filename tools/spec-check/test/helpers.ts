// Builds a throwaway specs/ directory from the fixture base (vocabulary + provider common files) plus
// the spec files a test names, so each broken fixture is checked on its own.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSpecs, formatProblem, type CheckResult } from '../src/index.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const created: string[] = [];

/** `files` are paths under test/fixtures/ (e.g. `broken/tencent/x.yaml`); each lands in specs/<provider>/<name>. */
export async function assembleSpecs(files: string[]): Promise<{ root: string; specsDir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'spec-check-'));
  created.push(root);
  const specsDir = join(root, 'specs');
  await cp(join(FIXTURES, 'base'), specsDir, { recursive: true });
  for (const file of files) {
    const [, provider, name] = file.split('/');
    await cp(join(FIXTURES, file), join(specsDir, provider ?? '', name ?? ''));
  }
  return { root, specsDir };
}

export async function checkFixtures(files: string[]): Promise<CheckResult & { lines: string[] }> {
  const { specsDir } = await assembleSpecs(files);
  const result = await checkSpecs(specsDir);
  return { ...result, lines: result.problems.map(formatProblem) };
}

export async function removeAssembled(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
