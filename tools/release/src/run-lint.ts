// packages:lint: pack every public package and check the tarball with the hygiene rules, publint and
// are-the-types-wrong. Packs from the given tree (the repo, or a dry run's copy), which must be built.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childEnv } from './release-steps.ts';
import type { Finding } from './finding.ts';
import { checkPackedPackage } from './manifest-rules.ts';
import { packPackage } from './pack.ts';
import { listPublicPackages, type PublicPackage } from './public-packages.ts';
import { publintTarball } from './publint-check.ts';
import { unpackTarball } from './tarball.ts';
import { typesTarball } from './types-check.ts';

export interface LintOptions {
  root: string;
  /** Package names to lint; default: every public package. */
  only?: readonly string[];
  /** Already packed tarballs by package name (a dry run's); the others are packed here. */
  tarballs?: ReadonlyMap<string, string>;
}

export interface LintReport {
  packages: string[];
  findings: Finding[];
}

export async function lintTarball(pkg: PublicPackage, tarballPath: string): Promise<Finding[]> {
  const data = new Uint8Array(readFileSync(tarballPath));
  const files = await unpackTarball(data);
  const manifestBytes = files.get('package.json');
  if (!manifestBytes) return [{ package: pkg.name, severity: 'error', rule: 'manifest/package-json', message: 'the tarball has no package.json' }];
  const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as Record<string, unknown>;
  const [publint, types] = await Promise.all([publintTarball(pkg.name, data), typesTarball(pkg.name, data)]);
  return [...checkPackedPackage({ package: pkg.name, dir: pkg.dir, manifest, files }), ...publint, ...types];
}

export async function lintPackages(options: LintOptions): Promise<LintReport> {
  const all = listPublicPackages(options.root);
  const selected = options.only && options.only.length > 0 ? all.filter((pkg) => options.only?.includes(pkg.name)) : all;
  const packDir = mkdtempSync(path.join(os.tmpdir(), 'cloudexec-lint-'));
  const findings: Finding[] = [];
  try {
    for (const pkg of selected) {
      let tarball = options.tarballs?.get(pkg.name);
      if (tarball === undefined) {
        if (!existsSync(path.join(options.root, pkg.dir, 'dist'))) {
          findings.push({ package: pkg.name, severity: 'error', rule: 'manifest/not-built', message: `${pkg.dir}/dist is missing; run \`pnpm build\` first` });
          continue;
        }
        tarball = (await packPackage(path.join(options.root, pkg.dir), packDir, childEnv())).tarball;
      }
      findings.push(...(await lintTarball(pkg, tarball)));
    }
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
  return { packages: selected.map((pkg) => pkg.name), findings };
}
