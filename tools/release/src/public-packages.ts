// Which packages get published: every packages/<dir>/package.json that is not `"private": true`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUNTIME_PACKAGE = '@cloudexec/runtime';
/** The mock engine every provider's `/msw` entry imports. */
export const MOCK_PACKAGE = '@cloudexec/mock';
/** Our packages a provider depends on: packed with any selection and installed from their tarballs. */
export const PROVIDER_DEPENDENCIES = [RUNTIME_PACKAGE, MOCK_PACKAGE] as const;

export type Manifest = Record<string, unknown> & { name: string; version: string };

export interface PublicPackage {
  name: string;
  /** Repo-relative, e.g. `packages/tencent-tat`. */
  dir: string;
  manifest: Manifest;
}

/** The workspace root: the nearest ancestor of this file holding pnpm-workspace.yaml. */
export function repoRootFromHere(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('release: no pnpm-workspace.yaml above tools/release');
    dir = parent;
  }
  return dir;
}

export function isPublicManifest(manifest: Record<string, unknown>): boolean {
  return manifest['private'] !== true && typeof manifest['name'] === 'string';
}

/** Public packages under packages/, sorted by directory; the runtime and the mock first, since every provider needs them. */
export function listPublicPackages(root: string): PublicPackage[] {
  const packagesDir = path.join(root, 'packages');
  if (!existsSync(packagesDir)) return [];
  const found: PublicPackage[] = [];
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    const file = path.join(packagesDir, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (!isPublicManifest(manifest)) continue;
    const version = typeof manifest['version'] === 'string' ? manifest['version'] : '0.0.0';
    found.push({ name: manifest['name'] as string, dir: `packages/${entry.name}`, manifest: { ...manifest, name: manifest['name'] as string, version } });
  }
  return found.sort((a, b) => rank(a) - rank(b) || a.dir.localeCompare(b.dir));
}

function rank(pkg: PublicPackage): number {
  const index = (PROVIDER_DEPENDENCIES as readonly string[]).indexOf(pkg.name);
  return index === -1 ? PROVIDER_DEPENDENCIES.length : index;
}

/** Provider packages: public packages with an `./msw` export (the runtime has none). */
export function isProviderPackage(pkg: PublicPackage): boolean {
  const exports = pkg.manifest['exports'];
  return !(PROVIDER_DEPENDENCIES as readonly string[]).includes(pkg.name) && exports !== null && typeof exports === 'object' && './msw' in exports;
}
