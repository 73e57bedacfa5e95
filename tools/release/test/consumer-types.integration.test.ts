// TypeScript ≥ 5.0 on the packed packages (decisions/0010-support-policy.md): the oldest and newest supported
// compilers, `nodenext` and `bundler` resolution, skipLibCheck off. Runs on the built packages (the test
// command builds before vitest); typescript@5.0 comes from the npm registry once, then from a cache.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oldestTypescript, RESOLUTIONS, typecheckConsumer } from '../src/consumer-types.ts';
import { packPackage } from '../src/pack.ts';
import { repoRootFromHere } from '../src/public-packages.ts';

const root = repoRootFromHere();
const PACKAGES = ['runtime', 'mock', 'tencent-tat'] as const;

const CLIENT = `import { TatClient, type DescribeInvocationsResponse } from '@cloudexec/tencent-tat';
export async function totalInvocations(): Promise<number> {
  const client = new TatClient({ region: 'ap-guangzhou', credentials: { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'example' } });
  const page: DescribeInvocationsResponse = await client.describeInvocations({});
  // @ts-expect-error a misspelt operation: proves the declarations resolved (an \`any\` would accept it)
  await client.describeInvocationz({});
  return page.TotalCount ?? 0;
}
`;
const MSW = `import { handlers } from '@cloudexec/tencent-tat/msw';
export const count: number = handlers.length;
`;

async function consumerProject(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cloudexec-ts-consumer-'));
  const tarballs = path.join(dir, 'tarballs');
  mkdirSync(tarballs);
  for (const name of PACKAGES) {
    const packageDir = path.join(root, 'packages', name);
    if (!existsSync(path.join(packageDir, 'dist'))) throw new Error(`packages/${name}/dist is missing: run pnpm build first`);
    const packed = await packPackage(packageDir, tarballs);
    const target = path.join(dir, 'node_modules', '@cloudexec', name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['xzf', packed.tarball, '-C', target, '--strip-components=1']);
  }
  // msw as the consumer would have it (the workspace's pinned 3.x), for the `/msw` entry's types.
  const msw = path.dirname(createRequire(path.join(root, 'packages', 'tencent-tat', 'package.json')).resolve('msw/package.json'));
  symlinkSync(msw, path.join(dir, 'node_modules', 'msw'));
  writeFileSync(path.join(dir, 'package.json'), '{"private":true,"type":"module"}\n');
  writeFileSync(path.join(dir, 'client.ts'), CLIENT);
  writeFileSync(path.join(dir, 'msw.ts'), MSW);
  return dir;
}

describe('published declarations', () => {
  it('type-check for a consumer on TypeScript 5.0 and the newest, under nodenext and bundler resolution', async () => {
    const [dir, oldest] = await Promise.all([consumerProject(), oldestTypescript()]);
    const newest = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const checks = [
      // msw 3's own declarations need a newer TypeScript than 5.0, so the `/msw` entry joins only with the newest.
      ...RESOLUTIONS.map((resolution) => ({
        label: `typescript 5.0 ${resolution}`,
        tsc: oldest,
        resolution,
        files: ['client.ts'],
        config: `tsconfig.oldest-${resolution}.json`,
      })),
      ...RESOLUTIONS.map((resolution) => ({
        label: `newest typescript ${resolution}`,
        tsc: newest,
        resolution,
        files: ['client.ts', 'msw.ts'],
        config: `tsconfig.newest-${resolution}.json`,
      })),
    ];
    const results = await Promise.all(
      checks.map(async (check) => ({ label: check.label, ...(await typecheckConsumer(check.tsc, dir, check.resolution, check.files, check.config)) })),
    );
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(results).toHaveLength(4);
  }, 120_000);
});
