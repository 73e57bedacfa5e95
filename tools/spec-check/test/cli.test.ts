// The CLI: exit codes, the summary table, problem lists without stack traces, and `infer`.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.ts';
import { assembleSpecs, FIXTURES, removeAssembled } from './helpers.ts';

afterAll(removeAssembled);

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const run = promisify(execFile);

async function cli(args: string[], cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('check', () => {
  it('prints the per-spec summary table and exits 0 when every check passes', async () => {
    const { root } = await assembleSpecs(['valid/tencent/valid.yaml', 'valid/aliyun/valid.yaml']);
    const { code, out, err } = await cli(['check', '--specs', 'specs'], root);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'spec                      operations  parameters  limits  error codes  examples',
      '------------------------  ----------  ----------  ------  -----------  --------',
      'specs/aliyun/valid.yaml            1           4       3            1         2',
      'specs/tencent/valid.yaml           1           2       8            1         2',
      '------------------------  ----------  ----------  ------  -----------  --------',
      'total                              2           6      11            2         4',
      '2 specs and 2 common files OK',
    ]);
  });

  it('lists every problem and exits 1', async () => {
    const { specsDir } = await assembleSpecs(['broken/tencent/incomplete.yaml', 'broken/tencent/malformed-extension.yaml']);
    const { code, out, err } = await cli(['check', '--specs', specsDir]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(
      'specs/tencent/incomplete.yaml:13:7 /paths/~1NoExamples/post/x-cloudexec-operation [completeness] NoExamples: operation has no examples',
    );
    expect(err).toContain('specs/tencent/malformed-extension.yaml:24:21 /paths/~1Ping/post/x-cloudexec-operation/rateLimit/qps [extension]');
    expect(err.trimEnd().split('\n').at(-1)).toBe('8 problems');
  });

  it('reports bad YAML as file:line:col without a stack trace (real process)', async () => {
    const { specsDir } = await assembleSpecs(['broken/tencent/syntax-error.yaml']);
    const failure = await run(process.execPath, [CLI, 'check', '--specs', specsDir]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect('code' in failure && failure.code).toBe(1);
    expect(failure.stderr).toContain('specs/tencent/syntax-error.yaml:12:9 /paths/~1Ping/post/x-cloudexec-operation/errors [yaml] YAML syntax error');
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects unknown options and commands with exit 2', async () => {
    expect((await cli(['check', '--spec', 'x'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['check', '--specs'])).err).toContain('--specs needs a directory');
  });
});

describe('infer', () => {
  const example = join(FIXTURES, 'infer', 'describe-things.response.json');

  it('prints an OpenAPI components fragment for an example, envelope removed', async () => {
    const { code, out } = await cli(['infer', example]);
    expect(code).toBe(0);
    const [first, second, ...yaml] = out.split('\n');
    expect(first).toBe(`# Inferred by quicktype-core from ${example} (Tencent "Response" envelope removed).`);
    expect(second).toBe('# Review before use: names, required, limits, descriptions.');
    expect(yaml.join('\n')).toBe(
      [
        'components:',
        '  schemas:',
        '    DescribeThingsResponse:',
        '      type: object',
        '      properties:',
        '        RequestId:',
        '          type: string',
        '        TotalCount:',
        '          type: integer',
        '        ThingSet:',
        '          type: array',
        '          items:',
        '            $ref: "#/components/schemas/ThingSet"',
        '      required:',
        '        - RequestId',
        '        - ThingSet',
        '        - TotalCount',
        '    ThingSet:',
        '      type: object',
        '      properties:',
        '        ThingId:',
        '          type: string',
        '        Size:',
        '          type: number',
        '        Note:',
        '          type:',
        '            - string',
        '            - "null"',
        '        Tags:',
        '          type: array',
        '          items:',
        '            $ref: "#/components/schemas/Tag"',
        '      required:',
        '        - Note',
        '        - Size',
        '        - Tags',
        '        - ThingId',
        '    Tag:',
        '      type: object',
        '      properties:',
        '        Key:',
        '          type: string',
        '        Value:',
        '          type: string',
        '      required:',
        '        - Key',
        '        - Value',
      ].join('\n'),
    );
  });

  it('resolves the file from the directory pnpm was started in and honours --name and --json', async () => {
    const { code, out } = await cli(['infer', 'infer/describe-things.response.json', '--name', 'Things', '--json'], FIXTURES);
    expect(code).toBe(0);
    const fragment = JSON.parse(out) as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
    expect(Object.keys(fragment.components.schemas)).toEqual(['Things', 'ThingSet', 'Tag']);
    expect(fragment.components.schemas.Things?.properties?.TotalCount).toEqual({ type: 'integer' });
  });

  it('fails with exit 1 on invalid JSON and exit 2 on a missing file', async () => {
    expect((await cli(['infer', join(FIXTURES, 'broken', 'tencent', 'syntax-error.yaml')])).code).toBe(1);
    expect((await cli(['infer', 'no-such-file.json'])).code).toBe(2);
  });
});
