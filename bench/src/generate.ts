// Generation time: the codegen CLI (load + spec check + normalize + emit + write) on the real specs and
// on synthetic specs of 100 and 1,000 operations shaped like specs/tencent/tat.yaml; openapi-typescript
// alone on the same synthetic spec for scale. Wall and CPU time of the whole process, node start-up included.
// Run: node --conditions=source bench/src/generate.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './lib/measure.ts';
import { printTable, round, writeResults, type Row } from './lib/report.ts';
import { writeSyntheticSpecs } from './lib/synthetic-spec.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'tools/codegen/src/cli.ts');
const OPENAPI_TS = path.join(ROOT, 'tools/codegen/node_modules/openapi-typescript/bin/cli.js');
const TIMEOUT_MS = 5 * 60_000;

const REPORT_CPU = new URL('./lib/report-cpu.ts', import.meta.url).href;

interface Timing {
  wallMs: number;
  /** The child's own user + system CPU. */
  cpuMs: number;
}

function timeRun(args: string[]): Timing {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', REPORT_CPU, ...args], { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT_MS });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}`);
  const cpu = /BENCH_CPU_MS=(\d+)/.exec(result.stderr);
  return { wallMs, cpuMs: cpu ? Number(cpu[1]) : NaN };
}

function timeRuns(runs: number, args: () => string[]): Timing[] {
  return Array.from({ length: runs }, () => timeRun(args()));
}

const work = mkdtempSync(path.join(tmpdir(), 'cloudexec-bench-generate-'));
try {
  const rows: Row[] = [];
  const record = (what: string, operations: number, specBytes: number, command: string, times: Timing[]) => {
    const wall = median(times.map((t) => t.wallMs));
    const cpu = median(times.map((t) => t.cpuMs));
    rows.push({
      what,
      operations,
      'spec KB': Math.round(specBytes / 1024),
      runs: times.length,
      'wall s': round(wall / 1000),
      'CPU s': round(cpu / 1000),
      'CPU ms/op': round(cpu / operations),
      command,
    });
    console.log(`${what}: ${times.map((t) => `${(t.wallMs / 1000).toFixed(2)} s (CPU ${(t.cpuMs / 1000).toFixed(2)} s)`).join(', ')}`);
  };

  const realBytes = ['tencent/tat.yaml', 'tencent/batch.yaml', 'aliyun/ecs.yaml', 'aliyun/swas.yaml']
    .map((file) => statSync(path.join(ROOT, 'specs', file)).size)
    .reduce((a, b) => a + b, 0);
  record(
    'real specs, --check',
    5,
    realBytes,
    'cli.ts --check',
    timeRuns(3, () => ['--conditions=source', CLI, '--check']),
  );
  record(
    'real specs, written to a temp dir',
    5,
    realBytes,
    'cli.ts --out <tmp>',
    timeRuns(3, () => {
      const out = mkdtempSync(path.join(work, 'real-'));
      return ['--conditions=source', CLI, '--out', out];
    }),
  );

  for (const [operations, runs] of [
    [100, 3],
    [1000, 2],
  ] as const) {
    const specs = path.join(work, `specs-${operations}`);
    writeSyntheticSpecs(specs, operations);
    const specFile = path.join(specs, 'tencent/synthetic.yaml');
    const bytes = statSync(specFile).size;
    record(
      `synthetic ${operations} ops, codegen`,
      operations,
      bytes,
      'cli.ts --specs <synthetic> --out <tmp>',
      timeRuns(runs, () => {
        const out = mkdtempSync(path.join(work, 'out-'));
        return ['--conditions=source', CLI, '--specs', specs, '--out', out];
      }),
    );
    record(
      `synthetic ${operations} ops, openapi-typescript alone`,
      operations,
      bytes,
      'openapi-typescript <synthetic> -o <tmp>',
      timeRuns(runs, () => [OPENAPI_TS, specFile, '-o', path.join(work, `openapi-typescript-${operations}.ts`)]),
    );
  }
  printTable('Generation time (whole process, node start-up included; median wall and CPU)', rows);
  writeResults('generate', { rows });
} finally {
  rmSync(work, { recursive: true, force: true });
}
