// Temporary directories for tests, written from a { path: contents } map.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempDir {
  root: string;
  write(file: string, contents: string): void;
  remove(): void;
}

export function tempDir(files: Record<string, string> = {}): TempDir {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudexec-release-test-'));
  const dir: TempDir = {
    root,
    write(file, contents) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), contents);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  for (const [file, contents] of Object.entries(files)) dir.write(file, contents);
  return dir;
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
