// Which region/endpoint a case gives the client. Examples are reproduced the way a user would configure the
// client (region from the documented X-TC-Region header or RegionId; an endpoint only when that region's host
// is not the documented one). Other cases pin the endpoint and keep Alibaba's RegionId in the input, so a
// missing RegionId stays the validator's business rather than being filled from the client region.
import { resolveEndpoint } from '@cloudexec/runtime';
import type { ExampleModel, OperationModel, ServiceModel } from '@cloudexec/runtime/model';

export interface Placement {
  region?: string;
  endpoint?: string;
}

const DEFAULT_REGION = { tencent: 'ap-guangzhou', aliyun: 'cn-hangzhou' } as const;

function headerValue(example: ExampleModel | undefined, name: string): string | undefined {
  const headers = example?.request.headers ?? {};
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** The host cases talk to: the first example's, else the global host, else the default region's. */
export function serviceHost(model: ServiceModel, op: OperationModel): string {
  const example = op.examples[0];
  if (example) return example.request.host;
  return resolveEndpoint({ service: model.service, region: DEFAULT_REGION[model.service.provider] }).host;
}

export function documentedPlacement(model: ServiceModel, op: OperationModel, example: ExampleModel): Placement {
  const tencent = model.service.provider === 'tencent';
  const regionId = example.request.input['RegionId'];
  let region = tencent ? headerValue(example, 'X-TC-Region') : typeof regionId === 'string' ? regionId : undefined;
  if (tencent && region === undefined && op.region.required) region = DEFAULT_REGION.tencent;
  const hostFor = (r: string | undefined) => {
    try {
      return resolveEndpoint({ service: model.service, ...(r ? { region: r } : {}) }).host;
    } catch {
      return undefined;
    }
  };
  if (hostFor(region) === example.request.host) return region ? { region } : {};
  // Alibaba reads RegionId from the input, so the client region is optional there.
  if (!tencent && hostFor(undefined) === example.request.host) return {};
  return { ...(region ? { region } : {}), endpoint: example.request.host };
}

export function explicitPlacement(model: ServiceModel, op: OperationModel): Placement {
  const tencent = model.service.provider === 'tencent';
  const example = op.examples[0];
  const region = tencent ? (headerValue(example, 'X-TC-Region') ?? (op.region.required ? DEFAULT_REGION.tencent : undefined)) : undefined;
  return { ...(region ? { region } : {}), endpoint: serviceHost(model, op) };
}

/** A RegionId for Alibaba inputs that need one and lack it. */
export function defaultRegionId(model: ServiceModel): string {
  return DEFAULT_REGION[model.service.provider];
}
