// What the inner suite files load: a regenerated package from the folder the outer test provides.
import path from 'node:path';
import { inject } from 'vitest';
import type { MswPackage } from '@cloudexec/contract-tests';
import type { ServiceModel } from '@cloudexec/runtime/model';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The temp packages folder the replay regenerated. */
    replayPackagesDir: string;
  }
}

export interface ReplayPackage {
  client: Record<string, unknown> & { serviceModel: ServiceModel };
  msw: MswPackage;
}

/** `tencent-tat` → its regenerated client and msw entries. */
export async function replayPackage(dir: string): Promise<ReplayPackage> {
  const src = path.join(inject('replayPackagesDir'), dir, 'src');
  const [client, msw] = await Promise.all([import(path.join(src, 'index.ts')), import(path.join(src, 'msw.ts'))]);
  return { client, msw };
}
