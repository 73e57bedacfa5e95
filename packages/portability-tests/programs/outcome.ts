// What a bundled program reports per call, as one JSON line on stdout: the data, or the error's shape (never
// its message, which could echo input). `validation` is an instanceof check made inside the runtime under test.
import { CloudApiError, ValidationError } from '@cloudexec/runtime';

export type Outcome = { ok: true; data: unknown } | { ok: false; name: string; validation: boolean; code?: string; path?: string; constraint?: string };

export type ProgramReport = Record<string, Outcome>;

/** Endpoint and credentials the test injects at bundle time (esbuild `define`), so no runtime-specific argv or env API is needed. */
declare const MOCK_ORIGIN: string;
export const mockOrigin: string = MOCK_ORIGIN;

export const FAKE_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'test-secret' };
export const WRONG_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'not-the-secret' };

export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    if (error instanceof ValidationError) {
      return { ok: false, name: error.name, validation: true, path: error.path, constraint: error.constraint };
    }
    if (error instanceof CloudApiError) return { ok: false, name: error.name, validation: false, code: error.code };
    return { ok: false, name: error instanceof Error ? error.name : typeof error, validation: false };
  }
}

export async function report(calls: Record<string, () => Promise<unknown>>): Promise<void> {
  const result: ProgramReport = {};
  for (const [name, call] of Object.entries(calls)) result[name] = await outcomeOf(call);
  console.log(JSON.stringify(result));
}
