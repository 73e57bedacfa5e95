// Each fault case runs through `fault()`: it is timed, capped (a hang becomes an outcome, not a frozen run),
// and its outcome lands in a table printed when the file ends. FAULTS_RUNTIME points the suite at another
// copy of the runtime sources (e.g. the code before a fix) to print the "before" table with the same cases.
import { afterAll, it } from 'vitest';

interface Row {
  name: string;
  outcome: string;
  ms: number;
  ok: boolean;
}

const rows: Row[] = [];

/** The runtime under test: this package's sources, or FAULTS_RUNTIME's. */
export const runtimeDir: string = process.env.FAULTS_RUNTIME ?? new URL('../../src/', import.meta.url).pathname;

/** Registers a case; `run` asserts and returns a one-line description of what happened. */
export function fault(name: string, run: () => Promise<string>, capMs = 15_000): void {
  it(
    name,
    async () => {
      const started = performance.now();
      let cap: ReturnType<typeof setTimeout> | undefined;
      const hang = new Promise<never>((_, reject) => {
        cap = setTimeout(() => reject(new Error(`no outcome after ${capMs} ms (hung)`)), capMs);
      });
      try {
        const outcome = await Promise.race([run(), hang]);
        rows.push({ name, outcome, ms: performance.now() - started, ok: true });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        rows.push({ name, outcome: `FAILED: ${message.split('\n')[0]!.slice(0, 110)}`, ms: performance.now() - started, ok: false });
        throw error;
      } finally {
        clearTimeout(cap);
      }
    },
    capMs + 5_000,
  );
}

/** Short name and message of whatever a call rejected with. */
export function described(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 90);
  return String(error);
}

afterAll(() => {
  const width = Math.max(...rows.map((row) => row.name.length), 4);
  const lines = [
    `Client fault suite (${runtimeDir})`,
    `${'case'.padEnd(width)} | result | time     | outcome`,
    `${'-'.repeat(width)}-|--------|----------|--------`,
    ...rows.map((row) => `${row.name.padEnd(width)} | ${row.ok ? 'pass  ' : 'FAIL  '} | ${`${Math.round(row.ms)} ms`.padStart(8)} | ${row.outcome}`),
    `${rows.filter((row) => row.ok).length}/${rows.length} cases hold`,
  ];
  console.log(lines.join('\n'));
});
