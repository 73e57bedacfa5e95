// Where an example runs: against the real cloud when the provider's credentials are in the environment,
// otherwise against the package's own MSW handlers (`@cloudexec/<pkg>/msw`) serving the mock server's
// generated dataset, started in this process. Nothing leaves the machine in mock mode.
import { createDefaultDataset, type ProviderId } from '@cloudexec/mock-server';
import type { Credentials } from '@cloudexec/runtime';
import { services } from '@cloudexec/services';

export interface Session {
  mode: 'cloud' | 'mock';
  /** Fixed stand-in keys in mock mode (the mock checks no signatures); undefined: read from the environment. */
  credentials: Credentials | undefined;
  close(): void;
}

const CREDENTIAL_VARIABLES: Record<'tencent' | 'aliyun', [string, string]> = {
  tencent: ['TENCENTCLOUD_SECRET_ID', 'TENCENTCLOUD_SECRET_KEY'],
  aliyun: ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'],
};

type CreateHandlers = (options: { dataset?: unknown }) => Parameters<typeof import('msw/node').setupServer>;

export async function openSession(id: ProviderId): Promise<Session> {
  // The generated services manifest says which provider a package talks to and loads its `./msw` entry.
  const entry = services.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`${id} is not in the services manifest`);
  const provider = entry.provider as keyof typeof CREDENTIAL_VARIABLES;
  if (CREDENTIAL_VARIABLES[provider].every((name) => process.env[name])) {
    return { mode: 'cloud', credentials: undefined, close: () => {} };
  }
  const [{ setupServer }, msw] = await Promise.all([import('msw/node'), entry.loadMsw()]);
  const createHandlers = msw[entry.msw.createHandlers] as CreateHandlers;
  const server = setupServer(...createHandlers({ dataset: createDefaultDataset()[id] }));
  // Anything the handlers do not answer fails instead of reaching the network.
  server.listen({ onUnhandledFrame: 'error' });
  return { mode: 'mock', credentials: { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'example-secret' }, close: () => server.close() };
}

/** The region from the environment, or the example default. */
export function regionFrom(variable: string, fallback: string): string {
  return process.env[variable] || fallback;
}
