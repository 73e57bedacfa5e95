// --refresh: rebuilds every snapshot from the vendors' packages and reports what moved. Where packages
// come from is injected: the CLI fetches the latest from npm, tests pass a local fixture package.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATALOG, type ServiceCatalog } from './catalog.ts';
import { darabonbaFacts } from './extract/darabonba.ts';
import { parseApiJson, tccliFacts } from './extract/tccli.ts';
import { parseModels, sdkFacts } from './extract/tencent-sdk.ts';
import type { FieldMap, OperationSnapshot, SourceFacts } from './facts.ts';
import { readSnapshots, renderSnapshot, writeSnapshot } from './snapshots.ts';

export interface FetchedPackage {
  name: string;
  version: string;
  date: string;
  /** The package's root directory (package.json inside); for run-time models its dependencies resolve from it. */
  dir: string;
}

export interface TccliFile {
  commit: string;
  date: string;
  text: string;
}

export interface Fetcher {
  sdk(name: string): Promise<FetchedPackage>;
  /** tccli's api.json for `tat/v20201028`, or undefined when no mirror is reachable (the old source is kept). */
  tccli(productPath: string): TccliFile | undefined;
}

type Facts = { request: FieldMap; response: FieldMap } | undefined;

type SdkReader = (service: ServiceCatalog, pkg: FetchedPackage) => Promise<(operation: string) => SourceFacts | undefined>;

/** How each vendor's official SDK package carries its models: Tencent as typed .d.ts, Alibaba as Darabonba classes. */
const SDK_READERS: Record<ServiceCatalog['provider'], SdkReader> = {
  tencent: async (service, pkg) => {
    const [product, version] = (service.tencentPath ?? '').split('/');
    const file = `tencentcloud/services/${product}/${version}/${product}_models.d.ts`;
    const models = parseModels(readFileSync(path.join(pkg.dir, file), 'utf8'), file);
    return (op) => withInfo(sdkFacts(models, op), { name: pkg.name, version: pkg.version, date: pkg.date, file, carries: [] });
  },
  aliyun: async (_service, pkg) => {
    const manifest = JSON.parse(readFileSync(path.join(pkg.dir, 'package.json'), 'utf8')) as { main?: string };
    const main = path.join(pkg.dir, manifest.main ?? 'index.js');
    const sdk = (await import(pathToFileURL(main).href)) as Record<string, unknown>;
    return (op) => withInfo(darabonbaFacts(sdk, op), { name: pkg.name, version: pkg.version, date: pkg.date, file: path.relative(pkg.dir, main), carries: [] });
  },
};

function sdkSource(service: ServiceCatalog, pkg: FetchedPackage): Promise<(operation: string) => SourceFacts | undefined> {
  return SDK_READERS[service.provider](service, pkg);
}

function withInfo(facts: Facts, info: Omit<SourceFacts, 'request' | 'response'>): SourceFacts | undefined {
  return facts === undefined ? undefined : { ...info, ...facts };
}

/** New snapshots for every catalogued operation; a source that cannot be read keeps its old entry. */
export async function buildSnapshots(fetcher: Fetcher, old: OperationSnapshot[], catalog: ServiceCatalog[] = CATALOG): Promise<OperationSnapshot[]> {
  const previous = new Map(old.map((s) => [`${s.provider}/${s.service}/${s.operation}`, s]));
  const out: OperationSnapshot[] = [];
  for (const service of catalog) {
    const sdk = await sdkSource(service, await fetcher.sdk(service.sdkPackage));
    const tccli = service.tencentPath === undefined ? undefined : fetcher.tccli(service.tencentPath);
    const api = tccli === undefined ? undefined : parseApiJson(tccli.text);
    for (const operation of service.operations) {
      const sources: SourceFacts[] = [];
      const fromSdk = sdk(operation);
      if (fromSdk !== undefined) sources.push(fromSdk);
      if (service.tencentPath !== undefined) {
        const facts = api === undefined || tccli === undefined ? undefined : tccliFacts(api, operation);
        const file = `tccli/services/${service.tencentPath}/api.json`;
        if (facts !== undefined && tccli !== undefined) sources.push({ name: 'tccli', version: tccli.commit, date: tccli.date, file, carries: [], ...facts });
        else {
          const kept = previous.get(`${service.provider}/${service.service}/${operation}`)?.sources.find((s) => s.name === 'tccli');
          if (kept !== undefined) sources.push(kept);
        }
      }
      if (sources.length > 0) out.push({ provider: service.provider, service: service.service, operation, sources });
    }
  }
  return out;
}

/** What moved between two snapshot sets, one line per fact (field added/removed/changed, version). */
export function snapshotMoves(before: OperationSnapshot[], after: OperationSnapshot[]): string[] {
  const key = (s: OperationSnapshot) => `${s.provider}/${s.service}/${s.operation}`;
  const old = new Map(before.map((s) => [key(s), s]));
  const lines: string[] = [];
  for (const snap of after) {
    const prev = old.get(key(snap));
    old.delete(key(snap));
    if (prev === undefined) {
      lines.push(`${key(snap)}: new snapshot`);
      continue;
    }
    for (const source of snap.sources) {
      const was = prev.sources.find((s) => s.name === source.name);
      const at = `${key(snap)} [${source.name}]`;
      if (was === undefined) {
        lines.push(`${at}: new source ${source.version}`);
        continue;
      }
      if (was.version !== source.version) lines.push(`${at}: version ${was.version} (${was.date}) → ${source.version} (${source.date})`);
      for (const side of ['request', 'response'] as const) {
        const a = was[side];
        const b = source[side];
        for (const f of Object.keys(b)) if (!(f in a)) lines.push(`${at}: ${side} ${f} added ${JSON.stringify(b[f])}`);
        for (const f of Object.keys(a)) if (!(f in b)) lines.push(`${at}: ${side} ${f} removed`);
        for (const f of Object.keys(a)) {
          if (f in b && JSON.stringify(a[f]) !== JSON.stringify(b[f])) lines.push(`${at}: ${side} ${f} ${JSON.stringify(a[f])} → ${JSON.stringify(b[f])}`);
        }
      }
    }
  }
  for (const gone of old.keys()) lines.push(`${gone}: snapshot removed`);
  return lines;
}

/** Rewrites specs/vendor and returns what moved. */
export async function refreshSnapshots(root: string, fetcher: Fetcher, catalog: ServiceCatalog[] = CATALOG): Promise<string[]> {
  const before = readSnapshots(root);
  const after = await buildSnapshots(fetcher, before, catalog);
  for (const snapshot of after) writeSnapshot(root, snapshot);
  return snapshotMoves(before, after);
}

export { renderSnapshot };

/** The network fetcher: `npm pack` (Tencent: files only) or `npm install` (Alibaba: run-time models need dependencies) into a temp dir. */
export function npmFetcher(tmp: string, tccliGitDir: string | undefined, versions: Record<string, string> = {}): Fetcher {
  const npm = (args: string[], cwd = tmp) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return {
    async sdk(name) {
      const version = versions[name] ?? npm(['view', name, 'version']).trim();
      const date = (JSON.parse(npm(['view', `${name}@${version}`, 'time', '--json'])) as Record<string, string>)[version]?.slice(0, 10) ?? '';
      if (name.startsWith('@alicloud/')) {
        npm(['install', '--prefix', tmp, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', `${name}@${version}`]);
        return { name, version, date, dir: path.join(tmp, 'node_modules', name) };
      }
      const tarball =
        npm(['pack', `${name}@${version}`, '--pack-destination', tmp])
          .trim()
          .split('\n')
          .pop() ?? '';
      const dir = path.join(tmp, name.replace(/\W/g, '_'));
      execFileSync('mkdir', ['-p', dir]);
      execFileSync('tar', ['-xzf', path.join(tmp, tarball), '-C', dir, '--strip-components=1']);
      return { name, version, date, dir };
    },
    tccli(productPath) {
      if (tccliGitDir === undefined) return undefined;
      const file = `tccli/services/${productPath}/api.json`;
      try {
        const [commit, date] = execFileSync('git', ['-C', tccliGitDir, 'log', '-1', '--format=%H %cs', 'HEAD', '--', file], { encoding: 'utf8' })
          .trim()
          .split(' ');
        if (commit === undefined || commit === '') return undefined;
        const text = execFileSync('git', ['-C', tccliGitDir, 'show', `${commit}:${file}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
        return { commit: commit.slice(0, 12), date: date ?? '', text };
      } catch {
        return undefined;
      }
    },
  };
}

/** The versions installed as this package's devDependencies (the interop tests' versions), no download. */
export function installedFetcher(packageRoot: string, tccliGitDir: string | undefined): Fetcher {
  const base = npmFetcher(packageRoot, tccliGitDir);
  return {
    async sdk(name) {
      const dir = path.join(packageRoot, 'node_modules', name);
      const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
      let date = '';
      try {
        const times = JSON.parse(execFileSync('npm', ['view', `${name}@${version}`, 'time', '--json'], { encoding: 'utf8' })) as Record<string, string>;
        date = times[version]?.slice(0, 10) ?? '';
      } catch {
        // Offline: the date stays empty; the version still identifies the source.
      }
      return { name, version, date, dir };
    },
    tccli: base.tccli,
  };
}
