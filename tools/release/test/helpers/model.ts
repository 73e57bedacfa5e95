// A two-provider-shaped miniature of ServiceModel: only the fields the scratch plan reads are real.
import { wireProtocolOfProvider } from '@cloudexec/runtime';
import type { ExampleModel, OperationModel, ServiceModel } from '@cloudexec/runtime/model';

export function example(request: Partial<ExampleModel['request']>, data: Record<string, unknown>): ExampleModel {
  return {
    name: 'example',
    request: { method: 'POST', host: 'thing.example.com', path: '/', input: {}, ...request },
    response: { status: 200, body: { Response: data }, data },
  };
}

export function operation(action: string, examples: ExampleModel[], regionRequired = false): OperationModel {
  return {
    action,
    method: 'POST',
    qps: 10,
    region: { required: regionRequired, parameter: 'Region' },
    constraints: [],
    pagination: [],
    errors: [],
    examples,
    discrepancies: [],
    requestSchema: {},
    responseSchema: {},
  };
}

export function model(provider: 'tencent' | 'aliyun', operations: OperationModel[]): ServiceModel {
  return {
    specFile: `specs/${provider}/thing.yaml`,
    packageName: `@cloudexec/${provider}-thing`,
    clientName: 'Thing',
    protocol: wireProtocolOfProvider(provider).id,
    service: { provider, service: 'thing', version: '2020-01-01' },
    common: {
      errors: [],
      throttlingCode: 'Throttling',
      signatureErrorCode: 'Signature',
      invalidActionCode: 'InvalidAction',
      missingParameterCode: 'Missing',
      invalidParameterCode: 'Invalid',
    },
    operations,
  };
}
