// Growing the API is a spec and `pnpm generate`, nothing else: in a scratch copy of the repository a new
// service spec (specs/tencent/demo.yaml) and a new operation on an existing spec (tat.yaml) are written, the
// generator runs, and then, with no other file edited, their contract cases run and the standalone mock
// server (in-process) answers a call to each.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../src/pipeline.ts';
import { DEMO, demoServiceSpec, NEW_OPERATION, tatWithNewOperation } from './fixtures/grow-specs.ts';
import { linkWorkspace, makeScratchRepo, readSpec, writeSpec } from './fixtures/scratch-repo.ts';

type Module = Record<string, any>;

const scratch = await makeScratchRepo();
afterAll(() => scratch.cleanup());
const tatYaml = await readSpec(scratch, 'tencent/tat.yaml');
await writeSpec(scratch, 'tencent/demo.yaml', demoServiceSpec(tatYaml));
await writeSpec(scratch, 'tencent/tat.yaml', tatWithNewOperation(tatYaml));
const generated = await generate({ specsDir: scratch.specsDir, outDir: scratch.packagesDir });
await linkWorkspace(scratch);

const load = (relative: string): Promise<Module> => import(path.join(scratch.packagesDir, relative));
const { services } = await load('services/src/index.ts');
const { runContractSuite } = await load('contract-tests/src/index.ts');
const { startMockServer } = await load('mock-server/src/index.ts');
const entryOf = (id: string): Module => services.find((entry: Module) => entry.id === id);
const grown = [
  { entry: entryOf(DEMO.id), action: DEMO.action },
  { entry: entryOf(NEW_OPERATION.id), action: NEW_OPERATION.action },
];

describe('grow a service', () => {
  it('generates the new package and lists the new service and operation in the manifest', async () => {
    expect(generated.packages.map((report) => report.packageName)).toEqual(['@cloudexec/tencent-demo', '@cloudexec/tencent-tat']);
    for (const file of ['package.json', 'README.md', 'tsconfig.json', 'src/index.ts', 'src/msw.ts', 'src/generated/msw.gen.ts']) {
      expect(existsSync(path.join(scratch.packagesDir, DEMO.id, file)), file).toBe(true);
    }
    expect(entryOf(DEMO.id)).toMatchObject({ packageName: '@cloudexec/tencent-demo', clientClass: 'DemoClient', specFile: 'specs/tencent/demo.yaml' });
    expect(entryOf(NEW_OPERATION.id).operations.map((op: Module) => op.action)).toContain(NEW_OPERATION.action);
    const mockServerDeps = JSON.parse(await readFile(path.join(scratch.packagesDir, 'mock-server/package.json'), 'utf8')).dependencies;
    expect(mockServerDeps['@cloudexec/tencent-demo']).toBe('workspace:*');
  });

  it('the standalone mock server serves the new service and the new operation', async () => {
    const server = await startMockServer();
    try {
      for (const { entry, action } of grown) {
        const pkg = await entry.load();
        const op = entry.operations.find((candidate: Module) => candidate.action === action);
        const client = new pkg[entry.clientClass]({
          endpoint: server.origin,
          allowInsecureHttp: true,
          region: 'ap-guangzhou',
          credentials: { accessKeyId: 'AKIDgrow', accessKeySecret: 'grow-secret' },
          retry: { maxAttempts: 1 },
        });
        const page = await pkg[op.fn](client, { Limit: 20, Offset: 60 });
        // The default dataset: 3½ pages at the documented default page size (20), built from the spec.
        expect(page.TotalCount, `${entry.id} ${action}`).toBe(70);
        expect(page.InvocationSet, `${entry.id} ${action}`).toHaveLength(10);
      }
    } finally {
      await server.close();
    }
  });
});

for (const { entry, action } of grown) {
  const [clientPackage, mswPackage] = await Promise.all([entry.load(), entry.loadMsw()]);
  runContractSuite({ entry, model: clientPackage.serviceModel, clientPackage, mswPackage, only: { actions: [action] } });
}
