// The documented example responses, read from specs/ so the stub answers exactly what the vendor shows.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const SPECS = new URL('../../../specs/', import.meta.url);

interface SpecExample {
  response?: { status?: number; body?: unknown };
}

/** The first example response body of `operationId` in `specs/<file>`. */
export function exampleResponse(file: string, operationId: string): unknown {
  const spec = parse(readFileSync(new URL(file, SPECS), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; 'x-cloudexec-operation'?: { examples?: SpecExample[] } }>>;
  };
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId !== operationId) continue;
      const body = operation['x-cloudexec-operation']?.examples?.[0]?.response?.body;
      if (body !== undefined) return body;
    }
  }
  throw new Error(`No example response for ${operationId} in specs/${file}`);
}
