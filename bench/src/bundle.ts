// Bundle size of a one-call program: esbuild --bundle --minify, then gzip -9, ours vs the official SDK
// for the same call. Ours is built for the browser platform (it needs no node: built-ins; a node-platform
// build is the same size), the official SDKs for node.
// Run: node --conditions=source bench/src/bundle.ts
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { bundleEntries, type BundleEntry } from './lib/bundle-entries.ts';
import { printTable, round, writeResults, type Row } from './lib/report.ts';

interface Built {
  entry: BundleEntry;
  minified: number;
  gzipped: number;
  /** Largest contributors to the minified output, by package. */
  top: string;
}

/** `node_modules/.pnpm/x/node_modules/@scope/name/…` → `@scope/name`; `packages/runtime/…` → `runtime`. */
function packageOf(input: string): string {
  const modules = input.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = input.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const match = /packages\/([^/]+)\//.exec(input);
  return match ? `@cloudexec/${match[1]}` : input;
}

function topPackages(metafile: Metafile, minified: number): string {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, size]) => `${name} ${Math.round((100 * size) / minified)}%`)
    .join(', ');
}

async function bundle(entry: BundleEntry): Promise<Built> {
  const result = await build({
    stdin: { contents: entry.contents, resolveDir: entry.resolveDir, sourcefile: 'one-call.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: entry.format,
    platform: entry.platform,
    target: 'es2022',
    // Our packages publish TypeScript sources under `source`; built dist/ output would minify the same.
    conditions: entry.official ? [] : ['source'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return {
    entry,
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    top: topPackages(result.metafile, code.length),
  };
}

const built: Built[] = [];
for (const entry of bundleEntries()) built.push(await bundle(entry));

const kb = (bytes: number) => round(bytes / 1024);
const rows: Row[] = built.map((b) => {
  const official = built.find((o) => o.entry.official && o.entry.api === b.entry.api)!;
  return {
    call: b.entry.api,
    program: b.entry.name,
    'min KB': kb(b.minified),
    'gzip -9 KB': kb(b.gzipped),
    'vs official (gzip)': b.entry.official ? '' : `${round(b.gzipped / official.gzipped)}× (${round(official.gzipped / b.gzipped)}× smaller)`,
    'largest parts (minified)': b.top,
  };
});
printTable('Bundle of a one-call program (esbuild 0.28 --bundle --minify, ES2022; gzip -9)', rows);
writeResults('bundle', { rows });
