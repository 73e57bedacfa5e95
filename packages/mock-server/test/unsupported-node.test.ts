// The bin on a Node it does not support (the machine Node 20, as on CI): one line naming the Node it needs and a
// non-zero exit, never a stack trace. Node 20 cannot run .ts, so the test runs cli.ts compiled the way the build
// compiles it (a published install runs dist/cli.js).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const OLD_NODE = '/usr/bin/node';

it('cloudexec-mock on Node 20 prints one line naming the Node it needs and exits 1', async () => {
  const version = execFileSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).trim();
  expect(version, 'The machine Node 20 (as on CI) must be installed at /usr/bin/node.').toMatch(/^v20\./);
  const source = await readFile(new URL('../src/cli.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, rewriteRelativeImportExtensions: true },
    fileName: 'cli.ts',
  });
  const dir = await mkdtemp(join(tmpdir(), 'cloudexec-mock-node20-'));
  await writeFile(join(dir, 'package.json'), '{"type":"module"}');
  await writeFile(join(dir, 'cli.js'), outputText);
  const result = spawnSync(OLD_NODE, [join(dir, 'cli.js'), '--version'], { encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`cloudexec-mock: needs Node 22.18 or newer (Node 22 and 24 are supported); this is Node ${version.slice(1)}\n`);
});
