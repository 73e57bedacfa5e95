// Temporary git repositories for CLI tests: write files, commit, run a CLI with --root.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
export const SPEC_DIFF_CLI = path.join(SRC, 'cli.ts');
export const CHECK_CLI = path.join(SRC, 'check-cli.ts');

export interface TempRepo {
  root: string;
  write(file: string, contents: string): void;
  commit(message?: string): void;
  run(cli: string, args?: string[]): { status: number | null; stdout: string; stderr: string };
  changesets(): string[];
  remove(): void;
}

export function tempRepo(files: Record<string, string> = {}): TempRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'spec-diff-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  const repo: TempRepo = {
    root,
    write(file, contents) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), contents);
    },
    commit(message = 'commit') {
      git('add', '-A');
      git(
        '-c',
        'user.name=spec-diff test',
        '-c',
        'user.email=spec-diff@example.test',
        '-c',
        'commit.gpgsign=false',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        message,
      );
    },
    run(cli, args = []) {
      const result = spawnSync(process.execPath, [cli, '--root', root, ...args], { encoding: 'utf8' });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    changesets() {
      const dir = path.join(root, '.changeset');
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.md'))
        .map((e) => e.name)
        .sort();
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  for (const [file, contents] of Object.entries(files)) repo.write(file, contents);
  return repo;
}
