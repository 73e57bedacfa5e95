// The packed runtime, mock and one provider installed with plain npm (not pnpm) into an empty project outside
// the workspace, on the oldest Node the clients support (the machine Node 20, as on CI), next to the latest
// msw 2: the provider's `/msw` handlers answer a client call. msw 3 is covered by release:dry-run.
// (decisions/0010-support-policy.md)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { packPackage } from '../src/pack.ts';
import { repoRootFromHere } from '../src/public-packages.ts';

const OLD_NODE = '/usr/bin/node';
const OLD_NPM = '/usr/bin/npm';
/** The latest msw 2.x when this was written; the peer range is `^2.0.0 || ^3.0.0`. */
const MSW_2 = '2.15.0';
const root = repoRootFromHere();

const PROGRAM = `import { setupServer } from 'msw/node';
import { TatClient } from '@cloudexec/tencent-tat';
import { handlers } from '@cloudexec/tencent-tat/msw';
import { createRequire } from 'node:module';
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: 'error' });
try {
  const client = new TatClient({ region: 'ap-guangzhou', credentials: { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'example' } });
  const page = await client.describeInvocations({});
  const require = createRequire(import.meta.url);
  // Read through the exports map, as tools do: it must list ./package.json.
  const manifest = require('@cloudexec/tencent-tat/package.json');
  console.log(JSON.stringify({ msw: require('msw/package.json').version, node: process.version, invocations: page.InvocationSet.length, total: page.TotalCount, engines: manifest.engines, peers: manifest.peerDependencies }));
} finally {
  server.close();
}
`;

it(`installs from the tarballs with npm on Node 20 and serves the /msw handlers with msw ${MSW_2}`, async () => {
  expect(execFileSync(OLD_NODE, ['--version'], { encoding: 'utf8' }), 'The machine Node 20 (as on CI) must be installed at /usr/bin/node.').toMatch(/^v20\./);
  const dir = mkdtempSync(path.join(tmpdir(), 'cloudexec-npm-msw2-'));
  const tarballs = path.join(dir, 'tarballs');
  mkdirSync(tarballs);
  const packed = [];
  for (const name of ['runtime', 'mock', 'tencent-tat']) {
    const packageDir = path.join(root, 'packages', name);
    if (!existsSync(path.join(packageDir, 'dist'))) throw new Error(`packages/${name}/dist is missing: run pnpm build first`);
    packed.push((await packPackage(packageDir, tarballs)).tarball);
  }
  const project = path.join(dir, 'project');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), '{"private":true,"type":"module"}\n');
  writeFileSync(path.join(project, 'main.mjs'), PROGRAM);
  // npm and node of the machine (Node 20) first on PATH, so npm itself runs on the oldest Node too.
  const env = { ...process.env, PATH: `/usr/bin:${process.env['PATH'] ?? ''}` };
  const install = spawnSync(OLD_NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', `msw@${MSW_2}`, ...packed], {
    cwd: project,
    env,
    encoding: 'utf8',
  });
  expect(install.status, install.stderr).toBe(0);
  const run = spawnSync(OLD_NODE, ['main.mjs'], { cwd: project, env, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout) as { msw: string; node: string; invocations: number; total: number; engines: unknown; peers: unknown };
  expect(result).toMatchObject({ msw: MSW_2, invocations: result.total, engines: { node: '>=20.19' }, peers: { msw: '^2.0.0 || ^3.0.0' } });
  for (const name of ['runtime', 'mock', 'tencent-tat']) {
    for (const file of ['LICENSE', 'README.md']) expect(existsSync(path.join(project, 'node_modules', '@cloudexec', name, file)), `${name}/${file}`).toBe(true);
  }
  expect(result.node).toMatch(/^v20\./);
  expect(result.total).toBeGreaterThan(0);
}, 180_000);
