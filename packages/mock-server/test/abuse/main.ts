// The standalone abuse run (`pnpm --filter @cloudexec/mock-server abuse [-- --requests 2000 --seed 42]`): starts
// cloudexec-mock as a child process, fires fast-check generated hostile and valid requests from 16 clients,
// prints the summary table, and exits 1 on a crash, a wrong valid answer, a hang or a 5xx.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { startChildServer } from '../child-server.ts';
import { ABUSE_KEY, ABUSE_SERVER_ARGS, caseArbitrary } from './cases.ts';
import { runConcurrently, summaryTable } from './run.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    requests: { type: 'string', default: '2000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'server-args': { type: 'string', default: ABUSE_SERVER_ARGS.join(' ') },
  },
});
const dir = await mkdtemp(join(tmpdir(), 'mock-abuse-'));
await writeFile(join(dir, 'credentials.json'), JSON.stringify({ [ABUSE_KEY.accessKeyId]: ABUSE_KEY.accessKeySecret }));
const serverArgs = [
  '--credentials',
  join(dir, 'credentials.json'),
  '--strict-signatures',
  '--no-rate-limit',
  '--quiet',
  ...values['server-args'].split(' ').filter(Boolean),
];
const server = await startChildServer(serverArgs);
const cases = fc.sample(caseArbitrary, { numRuns: Number(values.requests), seed: Number(values.seed) });
const rssBefore = await server.rssKiB();
const started = performance.now();
const results = await runConcurrently(server.port, cases, 16);
const seconds = (performance.now() - started) / 1000;
const crashed = server.child.exitCode !== null || server.child.signalCode !== null;
const rssAfter = crashed ? 0 : await server.rssKiB();
console.log(summaryTable(results));
console.log(
  `${results.length} requests, seed ${values.seed}, 16 clients, ${seconds.toFixed(1)} s; server ${crashed ? `CRASHED (${server.output().slice(-400)})` : 'alive'}; RSS ${(rssBefore / 1024).toFixed(0)} → ${(rssAfter / 1024).toFixed(0)} MiB`,
);
await server.stop();
process.exitCode = crashed || results.some((result) => result.problem) ? 1 : 0;
