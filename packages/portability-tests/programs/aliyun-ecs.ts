// Bundled for every runtime: ECS DescribeInvocations with the documented example, ACS3 and RPC v2 signatures,
// a broken limit, and a wrong secret.
import { EcsClient, serviceModel, type DescribeInvocationsInput, type EcsClientOptions } from '@cloudexec/aliyun-ecs';
import { FAKE_CREDENTIALS, mockOrigin, report, WRONG_CREDENTIALS } from './outcome.ts';

const options: EcsClientOptions = {
  endpoint: mockOrigin,
  allowInsecureHttp: true,
  credentials: FAKE_CREDENTIALS,
  retry: { maxAttempts: 1 },
  timeoutMs: 5_000,
};
const operation = serviceModel.operations.find((candidate) => candidate.action === 'DescribeInvocations');
const example = operation?.examples[0]?.request.input as DescribeInvocationsInput;

await report({
  example: () => new EcsClient(options).describeInvocations(example),
  rpcV2: () => new EcsClient({ ...options, signatureMethod: 'rpc-v2' }).describeInvocations(example),
  brokenLimit: () => new EcsClient(options).describeInvocations({ ...example, PageSize: 51 }),
  wrongSecret: () => new EcsClient({ ...options, credentials: WRONG_CREDENTIALS }).describeInvocations(example),
});
