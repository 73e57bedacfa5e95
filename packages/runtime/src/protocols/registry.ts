// Every wire protocol by the id a ServiceModel names (`model.protocol`), and by provider. For the generator,
// tests and mocks only: a generated client imports its one client-side protocol object directly, so a
// Tencent-only bundle never carries the Alibaba signers (test/tree-shaking.test.ts).
import type { Provider } from '../errors.ts';
import { aliyunRpc } from './aliyun-rpc.ts';
import { tencentTc3 } from './tencent-tc3.ts';
import type { ProtocolId } from './types.ts';
import type { WireProtocol } from './wire-protocol.ts';

export const WIRE_PROTOCOLS: Readonly<Record<ProtocolId, WireProtocol>> = {
  'tencent-tc3': tencentTc3,
  'aliyun-rpc': aliyunRpc,
};

const BY_PROVIDER: Readonly<Record<Provider, WireProtocol>> = { tencent: tencentTc3, aliyun: aliyunRpc };

/** The protocol a service model names; throws for an id no protocol object answers to. */
export function wireProtocol(id: string): WireProtocol {
  const found = (WIRE_PROTOCOLS as Record<string, WireProtocol | undefined>)[id];
  if (!found) throw new TypeError(`Unknown wire protocol "${id}" (known: ${Object.keys(WIRE_PROTOCOLS).join(', ')})`);
  return found;
}

/** The one wire protocol a provider speaks (its services all share it). */
export function wireProtocolOfProvider(provider: Provider): WireProtocol {
  return BY_PROVIDER[provider];
}
