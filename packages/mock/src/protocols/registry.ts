// The server-side protocol objects, keyed by the model's protocol id: the one place that maps a service to
// the provider behaviour the mock answers with. A new wire protocol is a new object and one line here.
import type { ServiceModel } from '@cloudexec/runtime/model';
import { aliyunServerProtocol } from './aliyun.ts';
import { tencentServerProtocol } from './tencent.ts';
import type { ServerProtocol } from './types.ts';

const SERVER_PROTOCOLS: Readonly<Record<ServiceModel['protocol'], (model: ServiceModel) => ServerProtocol>> = {
  'tencent-tc3': tencentServerProtocol,
  'aliyun-rpc': aliyunServerProtocol,
};

export function serverProtocolFor(model: ServiceModel): ServerProtocol {
  const create = SERVER_PROTOCOLS[model.protocol];
  if (create === undefined) throw new Error(`@cloudexec/mock has no server side for protocol ${String(model.protocol)}`);
  return create(model);
}
