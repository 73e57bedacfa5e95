import { afterEach, describe, expect, it } from 'vitest';
import { childEnv, pendingChangesets } from '../src/release-steps.ts';
import { selectPackages } from '../src/run-dry-run.ts';
import type { PublicPackage } from '../src/public-packages.ts';
import { tempDir, type TempDir } from './helpers/temp-dir.ts';

let dir: TempDir | undefined;
afterEach(() => dir?.remove());

describe('pendingChangesets', () => {
  it('lists the changeset files, not the README or the config', () => {
    dir = tempDir({
      '.changeset/README.md': '# Changesets\n',
      '.changeset/config.json': '{}\n',
      '.changeset/released-fingerprints.json': '{}\n',
      '.changeset/spec-tencent-tat-1a2b3c4d.md': '---\n"@cloudexec/tencent-tat": minor\n---\n\nx\n',
      '.changeset/brave-cats.md': '---\n"@cloudexec/runtime": patch\n---\n\ny\n',
    });
    expect(pendingChangesets(dir.root)).toEqual(['brave-cats.md', 'spec-tencent-tat-1a2b3c4d.md']);
  });

  it('finds none without a .changeset folder', () => {
    dir = tempDir();
    expect(pendingChangesets(dir.root)).toEqual([]);
  });
});

describe('childEnv', () => {
  it('runs steps in CI mode without the parent pnpm run context or extra Node options', () => {
    const env = childEnv({ PATH: '/bin', NODE_OPTIONS: '--conditions=source', npm_package_name: 'x', npm_lifecycle_event: 'test', npm_config_nodedir: '/n' });
    expect(env).toEqual({ PATH: '/bin', npm_config_nodedir: '/n', CI: 'true', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' });
  });
});

describe('selectPackages', () => {
  const pkg = (name: string, dir: string): PublicPackage => ({ name, dir, manifest: { name, version: '0.0.0' } });
  const all = [
    pkg('@cloudexec/runtime', 'packages/runtime'),
    pkg('@cloudexec/tencent-tat', 'packages/tencent-tat'),
    pkg('@cloudexec/aliyun-ecs', 'packages/aliyun-ecs'),
  ];

  it('keeps the runtime with the chosen packages, named by package or directory', () => {
    expect(selectPackages(all, ['tencent-tat']).map((p) => p.name)).toEqual(['@cloudexec/runtime', '@cloudexec/tencent-tat']);
    expect(selectPackages(all, ['@cloudexec/aliyun-ecs']).map((p) => p.name)).toEqual(['@cloudexec/runtime', '@cloudexec/aliyun-ecs']);
    expect(selectPackages(all, undefined)).toHaveLength(3);
  });

  it('refuses a name that is not a public package', () => {
    expect(() => selectPackages(all, ['tencent-cvm'])).toThrow('not a public package: tencent-cvm');
  });
});
