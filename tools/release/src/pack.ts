// `pnpm pack` of one package: applies publishConfig and turns `workspace:` ranges into real ones, exactly
// as `pnpm publish` (which changesets calls) would.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { mustExec, type ExecOptions } from './exec.ts';
import { unpackTarball } from './tarball.ts';

export interface PackedPackage {
  name: string;
  version: string;
  tarball: string;
  /** Tarball size in bytes. */
  bytes: number;
  /** Paths inside the tarball, relative to `package/`. */
  files: string[];
  ms: number;
}

interface PnpmPackJson {
  name: string;
  version: string;
  filename: string;
  files: Array<{ path: string }>;
}

export async function packPackage(packageDir: string, destination: string, env?: ExecOptions['env']): Promise<PackedPackage> {
  const result = await mustExec('pnpm pack', 'pnpm', ['pack', '--pack-destination', destination, '--json'], { cwd: packageDir, ...(env ? { env } : {}) });
  const json = parsePackJson(result.stdout);
  const tarball = path.resolve(destination, json.filename);
  return {
    name: json.name,
    version: json.version,
    tarball,
    bytes: statSync(tarball).size,
    files: json.files.map((file) => file.path).sort(),
    ms: result.ms,
  };
}

/** pnpm may print lines before the JSON document; it starts at the first line that opens an object. */
export function parsePackJson(stdout: string): PnpmPackJson {
  const start = stdout.search(/^\{/m);
  if (start < 0) throw new Error(`pnpm pack printed no JSON:\n${stdout.slice(0, 500)}`);
  const parsed = JSON.parse(stdout.slice(start)) as PnpmPackJson | PnpmPackJson[];
  const json = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!json || typeof json.filename !== 'string' || !Array.isArray(json.files)) throw new Error('pnpm pack --json: unexpected shape');
  return json;
}

/** The manifest as published (publishConfig applied), read from the tarball. */
export async function readPackedManifest(tarball: string): Promise<Record<string, unknown>> {
  const files = await unpackTarball(readFileSync(tarball));
  const manifest = files.get('package.json');
  if (manifest === undefined) throw new Error(`${tarball} has no package.json`);
  return JSON.parse(new TextDecoder().decode(manifest)) as Record<string, unknown>;
}
