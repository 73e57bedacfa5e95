// The clients' core on every runtime they claim: each program is bundled without Node built-ins, then run
// under Deno, Bun, the machine's Node 20 and the pinned Node 24 against the mock server (strict signatures).
import { serviceModel as ecsModel } from '@cloudexec/aliyun-ecs';
import { startMockServer, type MockServer } from '@cloudexec/mock-server';
import type { ServiceModel } from '@cloudexec/runtime/model';
import { serviceModel as tatModel } from '@cloudexec/tencent-tat';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outcome, ProgramReport } from '../programs/outcome.ts';
import { bundlePrograms, type ProgramName } from './support/bundle.ts';
import { runBundle, runtimes } from './support/runtimes.ts';

let server: MockServer;
let tempDir: string;
let bundles: Record<ProgramName, string>;

beforeAll(async () => {
  // Strict: a request whose signature does not verify is rejected, so every success below was signed correctly.
  server = await startMockServer({ credentials: { AKIDEXAMPLE: 'test-secret' }, strictSignatures: true, dataset: false, enforceQps: false });
  tempDir = await mkdtemp(join(tmpdir(), 'cloudexec-portability-'));
  bundles = await bundlePrograms(tempDir, server.origin);
});
afterAll(async () => {
  await server?.close();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

/** The documented example's payload; RequestId is the mock's own per call. */
function exampleData(model: ServiceModel): Record<string, unknown> {
  const data = model.operations.find((op) => op.action === 'DescribeInvocations')?.examples[0]?.response.data;
  if (!data) throw new Error(`${model.service.service}: no documented DescribeInvocations example`);
  return withoutRequestId({ ok: true, data });
}

function withoutRequestId(outcome: Outcome | undefined): Record<string, unknown> {
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
  const { RequestId, ...rest } = (outcome as { data: Record<string, unknown> }).data;
  expect(typeof RequestId).toBe('string');
  return rest;
}

const brokenLimit = (path: string) => ({ ok: false, name: 'ValidationError', validation: true, path, constraint: 'maximum' });
const rejected = (code: string) => ({ ok: false, name: 'CloudApiError', validation: false, code });

describe.each(runtimes)('$name', (runtime) => {
  let executable: string;
  beforeAll(async () => {
    ({ executable } = await runtime.resolve());
  });
  const runProgram = async (name: ProgramName): Promise<ProgramReport> =>
    JSON.parse(await runBundle(executable, runtime.args(bundles[name]), tempDir)) as ProgramReport;

  it('Tencent TAT: documented example over TC3 and v1, large TC3 body, limits and signatures', async () => {
    const report = await runProgram('tencent-tat');
    const expected = exampleData(tatModel);
    expect(withoutRequestId(report.example)).toEqual(expected);
    expect(withoutRequestId(report.v1)).toEqual(expected);
    expect(withoutRequestId(report.largeBody)).toEqual(expected);
    expect(report.brokenLimit).toEqual(brokenLimit('Limit'));
    expect(report.wrongSecret).toEqual(rejected('AuthFailure.SignatureFailure'));
  });

  it('Alibaba ECS: documented example over ACS3 and RPC v2, limits and signatures', async () => {
    const report = await runProgram('aliyun-ecs');
    const expected = exampleData(ecsModel);
    expect(withoutRequestId(report.example)).toEqual(expected);
    expect(withoutRequestId(report.rpcV2)).toEqual(expected);
    expect(report.brokenLimit).toEqual(brokenLimit('PageSize'));
    expect(report.wrongSecret).toEqual(rejected('SignatureDoesNotMatch'));
  });
});
