import { stripTypeScriptTypes } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_REGION, planFromModel } from '../src/scratch-plan.ts';
import { scratchManifest, scratchProgram, scratchTsconfig } from '../src/scratch-program.ts';
import { example, model, operation } from './helpers/model.ts';

const tencent = model('tencent', [
  operation('RunThing', [example({ headers: { 'X-TC-Region': 'ap-shanghai' }, input: { Name: 'a' } }, { RequestId: 'r1', ThingId: 't-1' })], true),
  operation('DescribeThings', [example({ input: { Limit: 1 } }, { RequestId: 'r2', TotalCount: 0, ThingSet: [] })], true),
  operation('DeleteThing', []),
  operation('ListThings', [example({ input: {} }, { ThingSet: [] })]),
]);
const methods = ['runThing', 'describeThings', 'deleteThing'];

describe('planFromModel', () => {
  const plan = planFromModel(tencent, methods);

  it('calls every operation with an example through its client method, sorted by action', () => {
    expect(plan.clientClass).toBe('ThingClient');
    expect(plan.calls.map((call) => [call.action, call.method])).toEqual([
      ['DescribeThings', 'describeThings'],
      ['RunThing', 'runThing'],
    ]);
    expect(plan.calls[1]?.input).toEqual({ Name: 'a' });
    expect(plan.calls[1]?.expected).toEqual({ RequestId: 'r1', ThingId: 't-1' });
  });

  it('says why an operation is not called', () => {
    expect(plan.skipped).toEqual([
      { action: 'DeleteThing', reason: 'no documented example' },
      { action: 'ListThings', reason: 'no client method for ListThings' },
    ]);
  });

  it("takes the example's region, or a placeholder when the operation needs one and the example shows none", () => {
    expect(plan.calls.map((call) => call.region)).toEqual([PLACEHOLDER_REGION.tencent, 'ap-shanghai']);
    const aliyun = planFromModel(
      model('aliyun', [
        operation('DescribeThings', [example({ input: { RegionId: 'cn-beijing' } }, {})]),
        operation('ListThings', [example({ input: {}, query: { RegionId: 'cn-qingdao' } }, {})]),
        operation('RunThing', [example({ input: {} }, {})]),
      ]),
      ['describeThings', 'listThings', 'runThing'],
    );
    expect(aliyun.calls.map((call) => call.region)).toEqual(['cn-beijing', 'cn-qingdao', undefined]);
  });
});

describe('scratchProgram', () => {
  const program = scratchProgram(planFromModel(tencent, methods));

  it('is valid TypeScript that Node can strip and parse as a module', () => {
    const javascript = stripTypeScriptTypes(program);
    expect(javascript).not.toContain(': DescribeThingsResponse');
    expect(() => new Function(`return async () => {${javascript.replace(/^import .*$/gm, '')}}`)).not.toThrow();
  });

  it('imports the client and response types from the package and the handlers from its ./msw entry', () => {
    expect(program).toContain("import { ThingClient, type DescribeThingsResponse, type RunThingResponse } from '@cloudexec/tencent-thing';");
    expect(program).toContain("import { handlers, thingMock } from '@cloudexec/tencent-thing/msw';");
    expect(program).toContain("import { setupServer } from 'msw/node';");
    expect(program).toContain("server.listen({ onUnhandledFrame: 'error' });");
  });

  it('types each response and passes the example input and the client region', () => {
    expect(program).toContain('const client = new ThingClient({ region: "ap-shanghai", credentials });');
    expect(program).toContain('const response: RunThingResponse = await client.runThing({\n      "Name": "a"\n    });');
    expect(program).toContain('"ThingId": "t-1"');
  });

  it('runs the comparison it generates: RequestId at the top is ignored, any other difference fails', async () => {
    const helpers = stripTypeScriptTypes(program.slice(program.indexOf('function canonical'), program.indexOf('const server')));
    const run = new Function(`const failures = []; ${helpers}; return { check, failures };`) as () => {
      check: (action: string, call: () => Promise<unknown>, expected: unknown) => Promise<void>;
      failures: string[];
    };
    const { check, failures } = run();
    const logs: string[] = [];
    const log = console.log;
    console.log = (line: string) => logs.push(line);
    try {
      await check('Same', async () => ({ RequestId: 'fresh', B: [{ y: 1, x: 2 }], A: 1 }), { A: 1, RequestId: 'r', B: [{ x: 2, y: 1 }] });
      await check('Different', async () => ({ A: 2 }), { A: 1 });
      await check('Throws', async () => Promise.reject(new TypeError('boom')), {});
    } finally {
      console.log = log;
    }
    expect(logs).toEqual(['ok   Same', 'FAIL Different', 'FAIL Throws']);
    expect(failures).toEqual(['Different: answered {"A":2}', 'Throws: TypeError: boom']);
  });
});

describe('scratch project files', () => {
  const runtime = '/t/cloudexec-runtime-1.0.0.tgz';
  const mock = '/t/cloudexec-mock-1.0.0.tgz';
  const tarballs = { provider: '/t/cloudexec-tencent-thing-1.0.0.tgz', dependencies: { '@cloudexec/runtime': runtime, '@cloudexec/mock': mock } };

  it('depends on the provider tarball, msw and typescript only, and maps the runtime and mock onto their tarballs with npm overrides', () => {
    expect(JSON.parse(scratchManifest('@cloudexec/tencent-thing', tarballs))).toEqual({
      name: 'scratch-cloudexec-tencent-thing',
      private: true,
      type: 'module',
      dependencies: { '@cloudexec/tencent-thing': `file:${tarballs.provider}`, msw: '3.0.5', typescript: '5.9.3' },
      overrides: { '@cloudexec/mock': `file:${mock}`, '@cloudexec/runtime': `file:${runtime}` },
    });
  });

  it('type-checks strictly with NodeNext, declaration files included', () => {
    const { compilerOptions } = JSON.parse(scratchTsconfig()) as { compilerOptions: Record<string, unknown> };
    expect(compilerOptions).toMatchObject({ strict: true, module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: false, noEmit: true });
  });
});
