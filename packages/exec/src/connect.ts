// Provider id → adapter, loaded on demand so an application (or the CLI) that uses one provider loads one
// generated client. An application that wants the smallest bundle imports its adapter factory directly.
import type { ExecClientOptions, ProviderAdapter } from './adapter.ts';
import type { ProviderId } from './model.ts';

export type { ExecClientOptions } from './adapter.ts';

export interface ConnectOptions extends ExecClientOptions {
  provider: ProviderId;
  region: string;
}

export async function loadAdapter(options: ConnectOptions): Promise<ProviderAdapter> {
  const { provider, ...client } = options;
  switch (provider) {
    case 'tencent-tat':
      return (await import('./adapters/tencent-tat.ts')).createTatAdapter(client);
    case 'tencent-batch':
      return (await import('./adapters/tencent-batch.ts')).createBatchAdapter(client);
    case 'aliyun-ecs':
      return (await import('./adapters/aliyun-ecs.ts')).createEcsAdapter(client);
    case 'aliyun-swas':
      return (await import('./adapters/aliyun-swas.ts')).createSwasAdapter(client);
  }
}
