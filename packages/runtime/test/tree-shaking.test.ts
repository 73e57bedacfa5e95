// A program that only talks to Tencent must not carry the Alibaba signers, and the other way round:
// bundle one-protocol programs the way a user's bundler would and look for the other provider's code.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const INDEX = resolve(dirname(fileURLToPath(import.meta.url)), '../src/index.ts');
const PACKAGES = resolve(dirname(INDEX), '../..');

async function bundle(program: string): Promise<string> {
  const result = await build({
    stdin: { contents: program, resolveDir: dirname(INDEX), loader: 'ts' },
    bundle: true,
    // Workspace packages resolve to their sources, as in every other test here.
    conditions: ['source'],
    external: ['msw'],
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const program = (protocol: string, service: string) => `
  import { ApiClient, ${protocol} } from ${JSON.stringify(INDEX)};
  const client = new ApiClient({ protocol: ${protocol}, service: ${service},
    credentials: { accessKeyId: 'id', accessKeySecret: 'secret' } });
  export const run = () => client.send({ action: 'DescribeInvocations' }, {});
`;

describe('tree shaking', () => {
  it('a Tencent-only program bundles TC3 but neither ACS3 nor the RPC v2 signer', async () => {
    const code = await bundle(
      program('tencentProtocol', "{ provider: 'tencent', service: 'tat', version: '2020-10-28', globalHost: 'tat.tencentcloudapi.com' }"),
    );
    expect(code).toContain('TC3-HMAC-SHA256');
    expect(code).not.toContain('ACS3-HMAC-SHA256');
    expect(code).not.toContain('SignatureNonce');
    // Only the client half of the protocol: the whole objects and their registry are for tools and mocks.
    expect(code).not.toContain('RequestClient');
    expect(code).not.toContain('Tencent Cloud');
  });

  it('an Alibaba-only program bundles ACS3 but not TC3', async () => {
    const code = await bundle(program('aliyunProtocol', "{ provider: 'aliyun', service: 'ecs', version: '2014-05-26', globalHost: 'ecs.aliyuncs.com' }"));
    expect(code).toContain('ACS3-HMAC-SHA256');
    expect(code).not.toContain('TC3-HMAC-SHA256');
    expect(code).not.toContain('tc3_request');
  });

  it('neither bundles the mock engine or the Node transport', async () => {
    const code = await bundle(program('tencentProtocol', "{ provider: 'tencent', service: 'tat', version: '2020-10-28' }"));
    expect(code).not.toMatch(/node:https?/);
    expect(code).not.toContain('strictSignatures');
  });

  // Strings only @cloudexec/mock contains: its page-token prefix and its own failure message.
  const MOCK_MARKERS = ['cloudexec-mock:', 'Mock engine failure'];
  const PROVIDERS = ['tencent-tat', 'tencent-batch', 'aliyun-ecs', 'aliyun-swas'];
  const entry = (provider: string, name: string) => JSON.stringify(resolve(PACKAGES, provider, 'src', `${name}.ts`));

  it.each(PROVIDERS)('%s: a client call through the main entry bundles no mock code', async (provider) => {
    const code = await bundle(`import * as api from ${entry(provider, 'index')}; export const run = () => Object.keys(api);`);
    expect(code.length).toBeGreaterThan(1000);
    for (const marker of MOCK_MARKERS) expect(code).not.toContain(marker);
  });

  it("the check sees mock code where it is (a provider's /msw entry)", async () => {
    const code = await bundle(`export { handlers } from ${entry('tencent-tat', 'msw')};`);
    for (const marker of MOCK_MARKERS) expect(code).toContain(marker);
  });
});
