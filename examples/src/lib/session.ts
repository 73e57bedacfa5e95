// Where an example runs: against the real cloud when the provider's credentials are in the environment,
// otherwise against the package's own MSW handlers (`@cloudexec/<pkg>/msw`) serving the mock server's
// generated dataset, started in this process. Nothing leaves the machine in mock mode.
import { createDefaultDataset, type ProviderId } from '@cloudexec/mock-server';
import type { Credentials } from '@cloudexec/runtime';

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

const MSW_HANDLERS = {
  'tencent-tat': () => import('@cloudexec/tencent-tat/msw'),
  'tencent-batch': () => import('@cloudexec/tencent-batch/msw'),
  'aliyun-ecs': () => import('@cloudexec/aliyun-ecs/msw'),
  'aliyun-swas': () => import('@cloudexec/aliyun-swas/msw'),
} satisfies Record<ProviderId, unknown>;

export async function openSession(id: ProviderId): Promise<Session> {
  const provider = id.startsWith('tencent') ? 'tencent' : 'aliyun';
  if (CREDENTIAL_VARIABLES[provider].every((name) => process.env[name])) {
    return { mode: 'cloud', credentials: undefined, close: () => {} };
  }
  const [{ setupServer }, { createHandlers }] = await Promise.all([import('msw/node'), MSW_HANDLERS[id]()]);
  const server = setupServer(...createHandlers({ dataset: createDefaultDataset()[id] }));
  // Anything the handlers do not answer fails instead of reaching the network.
  server.listen({ onUnhandledFrame: 'error' });
  return { mode: 'mock', credentials: { accessKeyId: 'AKIDEXAMPLE', accessKeySecret: 'example-secret' }, close: () => server.close() };
}

/** The region from the environment, or the example default. */
export function regionFrom(variable: string, fallback: string): string {
  return process.env[variable] || fallback;
}
