// Figures for the report (not part of the test run): node --conditions=source scripts/figures.ts
//   1. one-call bundle of @cloudexec/exec for one provider (esbuild, tree-shaken, minified, gzip)
//   2. CLI cold start: spawn of `cloudexec run` to the first request at a local endpoint (median of 5)
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

async function bundleSize(): Promise<void> {
  const entries: Record<string, string> = {
    'tencent-tat (Executor + createTatAdapter)': `import { Executor, createTatAdapter } from '@cloudexec/exec';
      const executor = new Executor(createTatAdapter({ region: 'ap-guangzhou' }));
      const handle = await executor.run({ provider: 'tencent-tat', region: 'ap-guangzhou', targets: ['ins-a'], command: 'uptime' });
      console.log(await executor.wait(handle));`,
    'aliyun-ecs (Executor + createEcsAdapter)': `import { Executor, createEcsAdapter } from '@cloudexec/exec';
      const executor = new Executor(createEcsAdapter({ region: 'cn-hangzhou' }));
      const handle = await executor.run({ provider: 'aliyun-ecs', region: 'cn-hangzhou', targets: ['i-a'], command: 'uptime' });
      console.log(await executor.wait(handle));`,
  };
  for (const [name, contents] of Object.entries(entries)) {
    const result = await build({
      stdin: { contents, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
      bundle: true,
      minify: true,
      treeShaking: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      conditions: ['source'],
      mainFields: ['module', 'main'],
      write: false,
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    console.log(`bundle ${name}: ${(code.length / 1024).toFixed(1)} KiB min, ${(gzipSync(code).length / 1024).toFixed(1)} KiB min+gzip`);
  }
}

async function coldStart(): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const ms = await new Promise<number>((resolve) => {
      let started = 0;
      const server = createServer((_req, res) => {
        const elapsed = performance.now() - started;
        res.writeHead(500).end();
        server.close();
        server.closeAllConnections();
        resolve(elapsed);
      });
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        started = performance.now();
        const args = [
          'src/cli.ts',
          'run',
          '-p',
          'tencent-tat',
          '-r',
          'ap-guangzhou',
          '-t',
          'ins-1a2b3c4d',
          '--endpoint',
          `http://127.0.0.1:${port}`,
          '--quiet',
          '--',
          'uptime',
        ];
        spawn(process.execPath, args, { cwd: root, stdio: 'ignore', env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home' } });
      });
    });
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  console.log(
    `CLI cold start to first request (node src/cli.ts, sources via type stripping): median ${times[2]?.toFixed(0)} ms, min ${times[0]?.toFixed(0)} ms over 5`,
  );
}

// 3. CPU to follow a 1,000-target TAT execution to the end (5 runs of 200) against the in-process mock on virtual
// time: the whole process's CPU, so the mock's own work is included.
async function followThousand(): Promise<void> {
  const { Executor } = await import('../src/execution.ts');
  const { virtualClock } = await import('../test/support/clock.ts');
  const { inProcess } = await import('../test/support/in-process.ts');
  const clock = virtualClock();
  const { adapter } = inProcess('tencent-tat', 'ap-guangzhou', clock);
  const executor = new Executor(adapter, { clock });
  const targets = Array.from({ length: 1000 }, (_, i) => `ins-${i.toString(36).padStart(8, '0')}`);
  let polls = 0;
  const before = process.cpuUsage();
  const started = performance.now();
  const handle = await executor.run({ provider: 'tencent-tat', region: 'ap-guangzhou', targets, command: 'uptime' });
  const result = await executor.wait(handle, { onProgress: () => void polls++ });
  const cpu = process.cpuUsage(before);
  console.log(
    `follow 1,000 targets (tencent-tat, ${handle.parts.length} runs, ${polls} polling rounds, ${result.status} ${result.counts.succeeded}): ` +
      `${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, ${(performance.now() - started).toFixed(0)} ms wall (mock included)`,
  );
}

await bundleSize();
await coldStart();
await followThousand();
