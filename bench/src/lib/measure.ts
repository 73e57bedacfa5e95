// Throughput of synchronous or async functions. Candidates are measured in interleaved rounds so that
// drift on a shared machine hits all of them alike; the median round counts.

export interface Candidate {
  name: string;
  run: () => unknown;
}

export interface Throughput {
  name: string;
  opsPerSec: number;
  /** Every round's ops/s, for the JSON record. */
  rounds: number[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `run` for about `ms` milliseconds (checking the clock every `batch` calls); returns ops/s. */
async function timedRound(run: () => unknown, ms: number, batch: number): Promise<number> {
  let count = 0;
  const start = performance.now();
  const end = start + ms;
  let now = start;
  while (now < end) {
    for (let i = 0; i < batch; i++) {
      const result = run();
      if (result instanceof Promise) await result;
    }
    count += batch;
    now = performance.now();
  }
  return (count * 1000) / (now - start);
}

export interface CompareOptions {
  rounds?: number;
  roundMs?: number;
  batch?: number;
}

/** Warms every candidate up, then measures `rounds` interleaved rounds each. */
export async function compareThroughput(candidates: Candidate[], options: CompareOptions = {}): Promise<Throughput[]> {
  const { rounds = 7, roundMs = 300, batch = 100 } = options;
  for (const candidate of candidates) await timedRound(candidate.run, roundMs, batch);
  const results = candidates.map((candidate) => ({ name: candidate.name, rounds: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < candidates.length; i++) {
      results[i]!.rounds.push(await timedRound(candidates[i]!.run, roundMs, batch));
    }
  }
  return results.map((result) => ({ ...result, opsPerSec: median(result.rounds) }));
}

export { median };
