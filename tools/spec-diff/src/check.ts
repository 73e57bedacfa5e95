// changeset:check — CI fails when a provider package's spec or generated code differs from what was
// last released and no pending changeset names the package. "Last released" is the fingerprint
// recorded in .changeset/released-fingerprints.json by `--record-release`, so no git tags are needed.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHANGESET_DIR } from './changeset.ts';
import { isRecord, stableStringify } from './json.ts';
import { fingerprint, trackedPackages } from './fingerprint.ts';

export const FINGERPRINTS_FILE = `${CHANGESET_DIR}/released-fingerprints.json`;

export interface UncoveredPackage {
  packageName: string;
  /** `unrecorded`: never released with a fingerprint; `changed`: differs from the recorded one. */
  reason: 'unrecorded' | 'changed';
  files: string[];
}

export interface CheckResult {
  ok: boolean;
  uncovered: UncoveredPackage[];
  message: string;
}

export function checkChangesets(root: string): CheckResult {
  const recorded = readRecordedFingerprints(root);
  const pending = pendingChangesetPackages(root);
  const uncovered: UncoveredPackage[] = [];
  for (const pkg of trackedPackages(root)) {
    const previous = recorded[pkg.packageName];
    if (previous === fingerprint(root, pkg.files) || pending.has(pkg.packageName)) continue;
    uncovered.push({ packageName: pkg.packageName, reason: previous === undefined ? 'unrecorded' : 'changed', files: pkg.files });
  }
  return { ok: uncovered.length === 0, uncovered, message: describe(uncovered) };
}

function describe(uncovered: UncoveredPackage[]): string {
  if (uncovered.length === 0) return 'changeset:check: no package changed since the last release without a pending changeset.';
  const lines = uncovered.map((u) => {
    const why = u.reason === 'unrecorded' ? `no released fingerprint in ${FINGERPRINTS_FILE}` : `spec or src/generated/ changed since the last release`;
    return `  - ${u.packageName}: ${why}`;
  });
  return [
    `changeset:check: ${uncovered.length} package(s) changed without a pending changeset:`,
    ...lines,
    'Write the changeset with `pnpm spec:diff --changeset` (add `--base <ref>` when the spec change is already committed,',
    'e.g. `--base origin/main`), or `pnpm changeset` for a hand-written one, and commit it.',
  ].join('\n');
}

/** Markdown files @changesets/read skips as well. */
const NOT_CHANGESETS = new Set(['readme.md', 'agents.md', 'claude.md', 'gemini.md']);

/** Package names in the frontmatter of every pending .changeset/*.md. */
export function pendingChangesetPackages(root: string): Set<string> {
  const dir = path.join(root, CHANGESET_DIR);
  const names = new Set<string>();
  if (!existsSync(dir)) return names;
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.md') || file.startsWith('.') || NOT_CHANGESETS.has(file.toLowerCase())) continue;
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? '';
    for (const line of frontmatter.split(/\r?\n/)) {
      const match = /^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
      if (match?.[1] !== undefined) names.add(match[1]);
    }
  }
  return names;
}

export function readRecordedFingerprints(root: string): Record<string, string> {
  const file = path.join(root, FINGERPRINTS_FILE);
  if (!existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const packages = isRecord(parsed) && isRecord(parsed.packages) ? parsed.packages : {};
  return Object.fromEntries(Object.entries(packages).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** Run by the release step after `changeset version`: the current state becomes "last released". */
export function recordRelease(root: string): { file: string; changed: boolean } {
  const packages = Object.fromEntries(trackedPackages(root).map((pkg) => [pkg.packageName, fingerprint(root, pkg.files)]));
  const contents = `${JSON.stringify(JSON.parse(stableStringify({ comment: 'Written by `pnpm changeset:check --record-release` at release; read by changeset:check.', packages })), null, 2)}\n`;
  const target = path.join(root, FINGERPRINTS_FILE);
  const changed = !existsSync(target) || readFileSync(target, 'utf8') !== contents;
  if (changed) writeFileSync(target, contents);
  return { file: FINGERPRINTS_FILE, changed };
}
