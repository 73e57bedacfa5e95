// Counts the repository files (ours, not node_modules) whose code one call bundles, from the esbuild metafile of a
// one-call program: `client` = a TAT DescribeInvocations call, `mock` = the same request answered by the
// TAT mock engine. Usage: node scripts/reachable-files.mjs client|mock [--list]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { build } = createRequire(path.join(root, 'packages/runtime/package.json'))('esbuild');
const programs = {
  client: `import { TatClient, describeInvocations } from '@cloudexec/tencent-tat';
await describeInvocations(new TatClient({ region: 'ap-guangzhou', credentials: { accessKeyId: 'a', accessKeySecret: 'b' } }), {});`,
  mock: `import { tatMock } from '@cloudexec/tencent-tat/msw';
await tatMock.handle(new Request('https://tat.tencentcloudapi.com/', { method: 'POST' }));`,
};
const [which = 'client', flag] = process.argv.slice(2);
if (!(which in programs)) {
  console.error(`usage: node scripts/reachable-files.mjs ${Object.keys(programs).join('|')} [--list]`);
  process.exit(2);
}
const result = await build({
  stdin: { contents: programs[which], resolveDir: path.join(root, 'examples'), loader: 'ts' },
  absWorkingDir: root,
  bundle: true,
  write: false,
  outfile: 'out.js',
  metafile: true,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'error',
  conditions: ['source'],
  mainFields: ['module', 'main'],
  external: ['msw', 'node:*'],
});
// Files that contribute code to the tree-shaken bundle (a file only imported for something unused adds 0 bytes).
const [output] = Object.values(result.metafile.outputs);
const files = Object.entries(output.inputs)
  .filter(([file, info]) => info.bytesInOutput > 0 && !file.includes('node_modules') && file !== '<stdin>')
  .map(([file]) => file);
const byPackage = new Map();
for (const file of files) {
  const key = path.relative(root, path.resolve(root, file)).split(path.sep).slice(0, 2).join('/');
  byPackage.set(key, (byPackage.get(key) ?? 0) + 1);
}
console.log(`${which}: ${files.length} files (${[...byPackage].map(([k, n]) => `${k} ${n}`).join(', ')})`);
if (flag === '--list') for (const file of files) console.log(`  ${path.relative(root, path.resolve(root, file))}`);
