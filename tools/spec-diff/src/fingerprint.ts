// Per-package fingerprints: sha256 over the package's spec file, its provider's common file and
// every file under its src/generated/. Recorded at release time; a difference means "changed since".
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isRecord } from './json.ts';
import { loadSnapshot, worktreeSource } from './spec-set.ts';

export interface TrackedPackage {
  packageName: string;
  packageDir: string;
  /** Repo-relative files the fingerprint covers, sorted. */
  files: string[];
}

const PACKAGES_DIR = 'packages';

/** Packages with a spec in specs/, plus any package that has a src/generated/ directory. */
export function trackedPackages(root: string): TrackedPackage[] {
  const tracked = new Map<string, TrackedPackage>();
  for (const spec of loadSnapshot(worktreeSource(root)).values()) {
    const specFiles = [spec.specFile, ...(spec.commonFile === undefined ? [] : [spec.commonFile])];
    tracked.set(spec.packageName, {
      packageName: spec.packageName,
      packageDir: spec.packageDir,
      files: [...specFiles, ...generatedFiles(root, spec.packageDir)].sort(),
    });
  }
  const packagesRoot = path.join(root, PACKAGES_DIR);
  for (const dir of existsSync(packagesRoot) ? readdirSync(packagesRoot).sort() : []) {
    const packageDir = `${PACKAGES_DIR}/${dir}`;
    const files = generatedFiles(root, packageDir);
    const packageName = packageNameAt(root, packageDir);
    if (files.length === 0 || packageName === undefined || tracked.has(packageName)) continue;
    tracked.set(packageName, { packageName, packageDir, files });
  }
  return [...tracked.values()].sort((a, b) => a.packageName.localeCompare(b.packageName));
}

export function fingerprint(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    const contents = readFileSync(path.join(root, file));
    hash.update(`${file}\0${createHash('sha256').update(contents).digest('hex')}\n`);
  }
  return hash.digest('hex');
}

function generatedFiles(root: string, packageDir: string): string[] {
  const dir = path.join(root, packageDir, 'src', 'generated');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .map((name) => path.posix.join(packageDir, 'src/generated', name.split(path.sep).join('/')))
    .sort();
}

function packageNameAt(root: string, packageDir: string): string | undefined {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(root, packageDir, 'package.json'), 'utf8'));
    return isRecord(manifest) && typeof manifest.name === 'string' ? manifest.name : undefined;
  } catch {
    return undefined;
  }
}
