// Which region/endpoint a case gives the client. Examples are reproduced the way a user would configure the
// client (region from the documented X-TC-Region header or RegionId; an endpoint only when that region's host
// is not the documented one). Other cases pin the endpoint and keep Alibaba's RegionId in the input, so a
// missing RegionId stays the validator's business rather than being filled from the client region.
import { resolveEndpoint, wireProtocol } from '@cloudexec/runtime';
import type { ExampleModel, OperationModel, ServiceModel } from '@cloudexec/runtime/model';

export interface Placement {
  region?: string;
  endpoint?: string;
}

function headerValue(example: ExampleModel | undefined, name: string): string | undefined {
  const headers = example?.request.headers ?? {};
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** The host cases talk to: the first example's, else the global host, else the default region's. */
export function serviceHost(model: ServiceModel, op: OperationModel): string {
  const example = op.examples[0];
  if (example) return example.request.host;
  return resolveEndpoint({ service: model.service, region: wireProtocol(model.protocol).defaultRegion }).host;
}

/** The region a documented example names: its input's where the region is an input, else its region header (or the default when the call needs one). */
function documentedRegion(model: ServiceModel, op: OperationModel, example: ExampleModel | undefined): string | undefined {
  const { region, regionHeader, defaultRegion } = wireProtocol(model.protocol);
  if (region.inInput) {
    const value = example?.request.input[region.parameter];
    return typeof value === 'string' ? value : undefined;
  }
  const documented = regionHeader === undefined ? undefined : headerValue(example, regionHeader);
  return documented ?? (op.region.required ? defaultRegion : undefined);
}

export function documentedPlacement(model: ServiceModel, op: OperationModel, example: ExampleModel): Placement {
  const region = documentedRegion(model, op, example);
  const hostFor = (r: string | undefined) => {
    try {
      return resolveEndpoint({ service: model.service, ...(r ? { region: r } : {}) }).host;
    } catch {
      return undefined;
    }
  };
  if (hostFor(region) === example.request.host) return region ? { region } : {};
  // Where the region is an input (Alibaba RegionId), the client region is optional.
  if (wireProtocol(model.protocol).region.inInput && hostFor(undefined) === example.request.host) return {};
  return { ...(region ? { region } : {}), endpoint: example.request.host };
}

/** A pinned endpoint; a client region only where the region is not an input (Tencent), so RegionId stays the validator's. */
export function explicitPlacement(model: ServiceModel, op: OperationModel): Placement {
  const region = wireProtocol(model.protocol).region.inInput ? undefined : documentedRegion(model, op, op.examples[0]);
  return { ...(region ? { region } : {}), endpoint: serviceHost(model, op) };
}

/** A region for inputs that need one and lack it (the protocol's default region). */
export function defaultRegionId(model: ServiceModel): string {
  return wireProtocol(model.protocol).defaultRegion;
}

/** The region an input carries where the protocol takes it as an input (Alibaba RegionId); else undefined. */
export function inputRegionId(model: ServiceModel): string | undefined {
  return wireProtocol(model.protocol).region.inInput ? defaultRegionId(model) : undefined;
}
