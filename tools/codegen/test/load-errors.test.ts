// A broken extension stops generation at load time with the spec's file:line:col and the form the
// vocabulary expects, never a default. Each case breaks one line of the fixture tat.yaml.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CodegenError } from '../src/load/codegen-error.ts';
import { loadValidatedSpecs } from '../src/load/load-specs.ts';
import { makeTempDirs, type TempDirs } from './fixtures/temp-dirs.ts';

let dirs: TempDirs | undefined;
afterEach(async () => {
  await dirs?.cleanup();
  dirs = undefined;
});

/** Loads the fixture specs with one line of tat.yaml replaced, and returns the load error's message. */
async function loadWith(line: string, replacement: string): Promise<string> {
  dirs = await makeTempDirs();
  const file = path.join(dirs.specsDir, 'tencent', 'tat.yaml');
  const text = await readFile(file, 'utf8');
  expect(text).toContain(`\n${line}\n`);
  await writeFile(file, text.replace(`\n${line}\n`, `\n${replacement}\n`));
  const error = await loadValidatedSpecs(dirs.specsDir).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CodegenError);
  return (error as CodegenError).message;
}

const SERVICE_KEYS = 'provider, package, clientName, service, version, protocol, endpoint, common, notes, executions';

// Each case runs the whole spec check (quicktype included): seconds, more on a busy machine.
describe('loadValidatedSpecs refuses a broken extension', { timeout: 30_000 }, () => {
  it('a misspelt extension name: file:line:col and the extensions there are', async () => {
    const message = await loadWith('x-cloudexec-service:', 'x-cloudexec-servce:');
    expect(message).toContain(
      "specs/tencent/tat.yaml:6:1 /x-cloudexec-servce [extension] unknown extension 'x-cloudexec-servce' (not defined in extensions.schema.json; expected one of x-cloudexec-service, x-cloudexec-common, x-cloudexec-operation, x-cloudexec-unit (inside a schema), x-cloudexec-content (inside a string schema), x-cloudexec-drift (on an operation or a schema property))",
    );
    expect(message).toContain('specs/tencent/tat.yaml:2:1 (document root) [completeness] spec has no x-cloudexec-service block');
  });

  it('a misspelt key inside an extension: the keys it may have', async () => {
    const message = await loadWith('  clientName: Tat', '  clientname: Tat');
    expect(message).toContain(
      `specs/tencent/tat.yaml:9:3 /x-cloudexec-service/clientname [extension] x-cloudexec-service is malformed: unknown property 'clientname' (not declared in the schema; expected one of ${SERVICE_KEYS})`,
    );
    expect(message).toContain(
      "specs/tencent/tat.yaml:6:1 /x-cloudexec-service [extension] x-cloudexec-service is malformed: required property 'clientName' is missing",
    );
  });

  it('a wrong-typed value: the type wanted and the value found', async () => {
    const message = await loadWith('          required: false', "          required: 'no'");
    expect(message).toContain(
      'specs/tencent/tat.yaml:39:11 /paths/~1DescribeInvocationTasks/post/x-cloudexec-operation/region/required [extension] x-cloudexec-operation is malformed: must be boolean, got "no"',
    );
  });

  it('an unknown protocol: the protocols there are', async () => {
    const message = await loadWith('  protocol: tencent-tc3', '  protocol: tencent-v9');
    expect(message).toContain(
      'specs/tencent/tat.yaml:12:3 /x-cloudexec-service/protocol [extension] x-cloudexec-service is malformed: must be one of ["tencent-tc3","aliyun-rpc"], got "tencent-v9"',
    );
    // and, since the provider is tencent, the one protocol it allows
    expect(message).toContain(
      'specs/tencent/tat.yaml:12:3 /x-cloudexec-service/protocol [extension] x-cloudexec-service is malformed: must be "tencent-tc3", got "tencent-v9"',
    );
  });
});
