// Whole-fixture snapshots: every emitted file of each hand-made model, committed under test/snapshots/<fixture>/.
// They are at once regression test, compile test (tsconfig.json includes test/, so tsc checks them against the
// real runtime) and an example of the output. Refresh with UPDATE_SNAPSHOTS=1 after an intended change.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Emitter, GeneratedFile } from '../src/emit/helpers.ts';
import { emitClient } from '../src/emit/client.ts';
import { emitErrors } from '../src/emit/errors.ts';
import { emitIndexFile } from '../src/emit/index-file.ts';
import { emitModelData } from '../src/emit/model-data.ts';
import { emitMsw } from '../src/emit/msw.ts';
import { emitOperations } from '../src/emit/operations.ts';
import { emitPaginators } from '../src/emit/paginators.ts';
import { emitTypes } from '../src/emit/types.ts';
import { emitValidators } from '../src/emit/validators.ts';
import { emitWaiters } from '../src/emit/waiters.ts';
import { aliyunMini } from './fixtures/models/aliyun-mini.ts';
import { contextFor, type ModelFixture } from './fixtures/models/fixture.ts';
import { tencentMini } from './fixtures/models/tencent-mini.ts';

const SNAPSHOTS = path.join(import.meta.dirname, 'snapshots');
const UPDATE = process.env['UPDATE_SNAPSHOTS'] === '1';
const REFRESH_HINT = 'run with UPDATE_SNAPSHOTS=1 to refresh (pnpm exec vitest run --project codegen), then review the diff';

/** types.ts belongs to the framework; it is run here so the snapshot folder compiles on its own. */
const EMITTERS: Emitter[] = [
  emitTypes,
  emitOperations,
  emitValidators,
  emitErrors,
  emitPaginators,
  emitWaiters,
  emitClient,
  emitMsw,
  emitModelData,
  emitIndexFile,
];

async function emitAll(fixture: ModelFixture): Promise<GeneratedFile[]> {
  const ctx = contextFor(fixture);
  const files = (await Promise.all(EMITTERS.map((emit) => emit(fixture.model, ctx)))).flat();
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function listSnapshot(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.gen.ts')).sort();
  } catch {
    return [];
  }
}

describe.each([tencentMini, aliyunMini])('snapshots of $name', (fixture) => {
  const dir = path.join(SNAPSHOTS, fixture.name);

  it('match the committed files byte for byte', async () => {
    const files = await emitAll(fixture);
    if (UPDATE) {
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      for (const file of files) await writeFile(path.join(dir, path.basename(file.path)), file.contents);
    }
    expect(await listSnapshot(dir), `file list differs; ${REFRESH_HINT}`).toEqual(files.map((file) => path.basename(file.path)));
    for (const file of files) {
      const committed = await readFile(path.join(dir, path.basename(file.path)), 'utf8');
      expect(file.contents, `${fixture.name}/${path.basename(file.path)} is stale; ${REFRESH_HINT}`).toBe(committed);
    }
  });

  it('are the same bytes on a second run', async () => {
    const [first, second] = [await emitAll(fixture), await emitAll(fixture)];
    expect(second).toEqual(first);
  });

  it('do not depend on the order operations are listed in the model', async () => {
    const reversed = { ...fixture, model: { ...fixture.model, operations: [...fixture.model.operations].reverse() } };
    expect(await emitAll(reversed)).toEqual(await emitAll(fixture));
  });
});
