// Drives one client against the stub: a bounded number of requests, sequential or N in flight, timing
// wall clock and this process's CPU (user + system) around the loop only.

export interface LoadFigures {
  requests: number;
  requestsPerSec: number;
  cpuMicrosPerRequest: number;
}

export async function runLoad(call: () => Promise<unknown>, requests: number, concurrency: number): Promise<LoadFigures> {
  let remaining = requests;
  const worker = async () => {
    while (remaining > 0) {
      remaining--;
      await call();
    }
  };
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return {
    requests,
    requestsPerSec: (requests * 1000) / wallMs,
    cpuMicrosPerRequest: (cpu.user + cpu.system) / requests,
  };
}
