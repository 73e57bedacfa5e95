// What the scratch program calls: for each operation with a documented example, the client method, the
// region the example was made in, the example input and the payload the mock answers with.
import type { ServiceModel } from '@cloudexec/runtime/model';

export interface ScratchCall {
  action: string;
  /** Client method, e.g. `describeInvocations`. */
  method: string;
  region: string | undefined;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
}

export interface ScratchPlan {
  packageName: string;
  clientClass: string;
  calls: ScratchCall[];
  /** Operations the program cannot call: no documented example, or no client method of that name. */
  skipped: Array<{ action: string; reason: string }>;
}

/** `methods`: the client class's own method names (read from the installed package's prototype). */
export function planFromModel(model: ServiceModel, methods: readonly string[]): ScratchPlan {
  const calls: ScratchCall[] = [];
  const skipped: ScratchPlan['skipped'] = [];
  for (const op of [...model.operations].sort((a, b) => a.action.localeCompare(b.action))) {
    const example = op.examples[0];
    const method = methods.find((name) => name.toLowerCase() === op.action.toLowerCase());
    if (!example) skipped.push({ action: op.action, reason: 'no documented example' });
    else if (!method) skipped.push({ action: op.action, reason: `no client method for ${op.action}` });
    else {
      const region = exampleRegion(example) ?? (op.region.required ? PLACEHOLDER_REGION[model.service.provider] : undefined);
      calls.push({ action: op.action, method, region, input: example.request.input, expected: example.response.data });
    }
  }
  return { packageName: model.packageName, clientClass: `${model.clientName}Client`, calls, skipped };
}

/** A region for operations that need one when the documented example shows none (the mock accepts any). */
export const PLACEHOLDER_REGION: Record<ServiceModel['service']['provider'], string> = {
  tencent: 'ap-guangzhou',
  aliyun: 'cn-hangzhou',
};

type Example = ServiceModel['operations'][number]['examples'][number];

/** Tencent carries the region in X-TC-Region, Alibaba in the RegionId parameter. */
export function exampleRegion(example: Example): string | undefined {
  const headers = example.request.headers ?? {};
  const header = Object.entries(headers).find(([name]) => name.toLowerCase() === 'x-tc-region')?.[1];
  const fromInput = example.request.input['RegionId'];
  return header ?? (typeof fromInput === 'string' ? fromInput : undefined) ?? example.request.query?.['RegionId'];
}
