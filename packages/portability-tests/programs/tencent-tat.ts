// Bundled for every runtime: TAT DescribeInvocations with the documented example, TC3 (small body and a
// Web Crypto hashed large one) and v1 signatures, a broken limit, and a wrong secret.
import { TatClient, serviceModel, type DescribeInvocationsRequest, type TatClientOptions } from '@cloudexec/tencent-tat';
import { FAKE_CREDENTIALS, mockOrigin, report, WRONG_CREDENTIALS } from './outcome.ts';

const options: TatClientOptions = {
  endpoint: mockOrigin,
  allowInsecureHttp: true,
  region: 'ap-guangzhou',
  credentials: FAKE_CREDENTIALS,
  retry: { maxAttempts: 1 },
  timeoutMs: 5_000,
};
const operation = serviceModel.operations.find((candidate) => candidate.action === 'DescribeInvocations');
const example = operation?.examples[0]?.request.input as DescribeInvocationsRequest;
// Over the threshold (32 K characters) at which the body hash moves to crypto.subtle.
const largeBody: DescribeInvocationsRequest = { InvocationIds: [`inv-${'x'.repeat(300 * 1024)}`] };

await report({
  example: () => new TatClient(options).describeInvocations(example),
  v1: () => new TatClient({ ...options, signatureMethod: 'v1-hmac-sha256' }).describeInvocations(example),
  largeBody: () => new TatClient({ ...options, validate: false }).describeInvocations(largeBody),
  brokenLimit: () => new TatClient(options).describeInvocations({ ...example, Limit: 101 }),
  wrongSecret: () => new TatClient({ ...options, credentials: WRONG_CREDENTIALS }).describeInvocations(example),
});
