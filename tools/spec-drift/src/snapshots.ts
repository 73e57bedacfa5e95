// Reads and writes specs/vendor/<provider>/<service>/<Action>.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { sortedFields, type OperationSnapshot } from './facts.ts';

export const VENDOR_DIR = 'specs/vendor';

export function snapshotPath(root: string, provider: string, service: string, operation: string): string {
  return path.join(root, VENDOR_DIR, provider, service, `${operation}.json`);
}

export function readSnapshots(root: string): OperationSnapshot[] {
  const dir = path.join(root, VENDOR_DIR);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as OperationSnapshot);
}

export function renderSnapshot(snapshot: OperationSnapshot): string {
  const sources = snapshot.sources.map((s) => ({ ...s, request: sortedFields(s.request), response: sortedFields(s.response) }));
  return `${JSON.stringify({ ...snapshot, sources }, null, 2)}\n`;
}

export function writeSnapshot(root: string, snapshot: OperationSnapshot): string {
  const file = snapshotPath(root, snapshot.provider, snapshot.service, snapshot.operation);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderSnapshot(snapshot));
  return file;
}
