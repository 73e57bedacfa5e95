// A throwaway tree inside tools/spec-diff/.tmp-replay/ (git-ignored) laid out like the repository: the real
// specs with the replay's edits, tsconfig.base.json (the scaffolded package tsconfigs extend it, and the
// transform reads them) and a packages folder for the regenerated code. It sits inside tools/spec-diff so
// the generated sources' imports (`@cloudexec/runtime`, `@cloudexec/mock`, `msw`) resolve through this package's node_modules.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyReplayEdits } from '../helpers/replay-edits.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const REAL_SPECS = path.join(REPO_ROOT, 'specs');
export const REAL_PACKAGES = path.join(REPO_ROOT, 'packages');
const TMP_ROOT = fileURLToPath(new URL('../../.tmp-replay/', import.meta.url));

export interface ReplayWorkspace {
  specsDir: string;
  packagesDir: string;
  remove(): void;
}

export function replayWorkspace(): ReplayWorkspace {
  mkdirSync(TMP_ROOT, { recursive: true });
  const root = mkdtempSync(path.join(TMP_ROOT, 'run-'));
  const specsDir = path.join(root, 'specs');
  cpSync(REAL_SPECS, specsDir, { recursive: true });
  applyReplayEdits(specsDir);
  copyFileSync(path.join(REPO_ROOT, 'tsconfig.base.json'), path.join(root, 'tsconfig.base.json'));
  const packagesDir = path.join(root, 'packages');
  seedHandWrittenParts(packagesDir);
  return {
    specsDir,
    packagesDir,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * The generator merges into each provider package's package.json and README (hand-added keys and text
 * outside the markers survive), so the regeneration starts from the real ones, as `pnpm generate` would.
 */
function seedHandWrittenParts(packagesDir: string): void {
  for (const name of readdirSync(REAL_PACKAGES)) {
    if (!existsSync(path.join(REAL_PACKAGES, name, 'src', 'generated'))) continue;
    mkdirSync(path.join(packagesDir, name), { recursive: true });
    for (const file of ['package.json', 'README.md']) {
      copyFileSync(path.join(REAL_PACKAGES, name, file), path.join(packagesDir, name, file));
    }
  }
}
