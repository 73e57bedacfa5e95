// Requests per second and client CPU per request against a local keep-alive stub: the official SDKs vs
// our ApiClient (fetch and node:http transports) and our generated clients. The stub and every client
// run in processes of their own, so each client's process.cpuUsage() holds only its own work and no
// other client's garbage; rounds are interleaved so drift on a shared machine hits all alike.
// Run: node --conditions=source bench/src/requests.ts [--quick]
import { strict as assert } from 'node:assert';
import { allClients } from './lib/clients.ts';
import type { LoadFigures } from './lib/load.ts';
import { LoadWorker } from './lib/load-workers.ts';
import { median } from './lib/measure.ts';
import { printTable, round, verdict, writeResults, type Row } from './lib/report.ts';
import { startStub } from './lib/stub.ts';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 1 : 5;
// Our clients keep getting faster for ~20k requests (V8 tiering); a short warm-up would measure the JIT.
const WARMUP = quick ? 600 : 15_000;
const SEQUENTIAL = quick ? 300 : 2000;
const CONCURRENT = quick ? 600 : 3000;
const PRIME = 320;
const IN_FLIGHT = 16;
const CPU_TARGET = 2 / 3;
const EXPECTED_TOTAL = { tat: 1, ecs: 1, swas: 10 } as const;

const clients = allClients();
const stub = await startStub();
const workers: LoadWorker[] = [];
try {
  for (const [index, client] of clients.entries()) {
    const worker = await LoadWorker.start(index, stub.port);
    workers.push(worker);
    assert.equal(await worker.check(), EXPECTED_TOTAL[client.api], `${client.name}: unexpected answer`);
    // JIT warm-up, so that no client pays compilation into its first measured round.
    await worker.run(WARMUP / 3, 1);
    await worker.run((WARMUP * 2) / 3, IN_FLIGHT);
  }

  const sequential: LoadFigures[][] = clients.map(() => []);
  const concurrent: LoadFigures[][] = clients.map(() => []);
  const connections = clients.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, client] of clients.entries()) {
      // Re-prime caches and connections after the idle wait while the other clients ran.
      await workers[index]!.run(PRIME, IN_FLIGHT);
      await stub.reset();
      sequential[index]!.push(await workers[index]!.run(SEQUENTIAL, 1));
      concurrent[index]!.push(await workers[index]!.run(CONCURRENT, IN_FLIGHT));
      const stats = await stub.stats();
      assert.equal(stats.requests, SEQUENTIAL + CONCURRENT, `${client.name}: stub saw ${stats.requests} requests`);
      connections[index] = Math.max(connections[index]!, stats.connections);
    }
  }

  const cpu = (list: LoadFigures[]) => median(list.map((f) => f.cpuMicrosPerRequest));
  const rate = (list: LoadFigures[]) => median(list.map((f) => f.requestsPerSec));
  const rows: Row[] = [];
  const verdicts: Row[] = [];
  for (const [index, client] of clients.entries()) {
    const isFloor = client.name.startsWith('floor');
    const officialIndex = clients.findIndex((c) => c.official && c.api === client.api);
    const ratioSeq = cpu(sequential[index]!) / cpu(sequential[officialIndex]!);
    const ratioConc = cpu(concurrent[index]!) / cpu(concurrent[officialIndex]!);
    const judged = !isFloor && !client.official;
    rows.push({
      api: isFloor ? '-' : client.api,
      client: client.name,
      'seq req/s': Math.round(rate(sequential[index]!)),
      'seq CPU µs/req': Math.round(cpu(sequential[index]!)),
      [`${IN_FLIGHT}× req/s`]: Math.round(rate(concurrent[index]!)),
      [`${IN_FLIGHT}× CPU µs/req`]: Math.round(cpu(concurrent[index]!)),
      'CPU vs official (seq / 16×)': judged ? `${round(ratioSeq)} / ${round(ratioConc)}` : '',
      'new conns': connections[index]!,
    });
    if (judged) {
      verdicts.push({
        api: client.api,
        client: client.name,
        'sequential CPU': verdict(ratioSeq, CPU_TARGET, 'lower'),
        [`${IN_FLIGHT} in flight CPU`]: verdict(ratioConc, CPU_TARGET, 'lower'),
        judged: client.name.includes('node:http') ? 'target' : 'info',
      });
    }
  }
  printTable(
    `Requests against a keep-alive stub on 127.0.0.1 (median of ${ROUNDS} rounds; ${SEQUENTIAL} sequential, ` +
      `${CONCURRENT} with ${IN_FLIGHT} in flight; CPU = the client process's user+system)`,
    rows,
  );
  printTable(`Client CPU per request, ours / official (target ≤ ${round(CPU_TARGET)} with node:http)`, verdicts);
  writeResults('requests', {
    settings: { rounds: ROUNDS, warmup: WARMUP, sequential: SEQUENTIAL, concurrent: CONCURRENT, inFlight: IN_FLIGHT, cpuTarget: CPU_TARGET },
    rows,
    verdicts,
  });
} finally {
  for (const worker of workers) worker.close();
  stub.close();
}
