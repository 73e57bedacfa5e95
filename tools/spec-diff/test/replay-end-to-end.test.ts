// The replay, end to end: on a copy of the real specs with the three vendor-doc updates
// (helpers/replay-edits.ts), the generator's output and the contract suite follow the specs.
// replay.test.ts proves spec:diff lists and classifies the same edits.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate, loadValidatedSpecs, normalizeService, type GenerateResult } from '@cloudexec/codegen';
import { limitCases } from '@cloudexec/contract-tests';
import { ValidationError } from '@cloudexec/runtime';
import type { OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import * as releasedTat from '@cloudexec/tencent-tat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDED_FIELD, NEW_FILTER, OLD_FILTER, TAT_LIMIT } from './helpers/replay-edits.ts';
import { REAL_PACKAGES, REPO_ROOT, replayWorkspace, type ReplayWorkspace } from './support-e2e/replay-workspace.ts';
import { runReplaySuites, type CaseResult } from './support-e2e/run-contract-suites.ts';

const CODEGEN_CLI = path.join(REPO_ROOT, 'tools/codegen/src/cli.ts');

let workspace: ReplayWorkspace;
let generated: GenerateResult;

beforeAll(async () => {
  workspace = replayWorkspace();
  generated = await generate({ specsDir: workspace.specsDir, outDir: workspace.packagesDir });
}, 30_000);
afterAll(() => workspace?.remove());

type Module = Record<string, any>;
const load = (pkg: string, file: string): Promise<Module> => import(path.join(workspace.packagesDir, pkg, 'src', file));
const operation = (model: ServiceModel, action: string): OperationModel => {
  const op = model.operations.find((candidate) => candidate.action === action);
  if (!op) throw new Error(`${model.packageName} has no operation ${action}`);
  return op;
};

/** The ValidationError `validate(input)` throws, or undefined when it accepts the input. */
function rejection(validate: (input: unknown) => void, input: unknown): ValidationError | undefined {
  try {
    validate(input);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
}

/** `relative path → sha256` of every file under `dir`, build and install output left out. */
function treeDigest(dir: string): Map<string, string> {
  const digest = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file);
    if (!entry.isFile() || /(^|\/)(node_modules|dist|\.turbo)\//.test(relative)) continue;
    digest.set(relative, createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return digest;
}

/** Files the generator owns in a package (the scaffold is written once and then left to people). */
const isGenerated = (file: string) => /^src\/generated\/|^package\.json$|^README\.md$/.test(file);

/** The generated files (`packages/<dir>/…`) whose contents differ between the real tree and the replay's. */
function differingFiles(): string[] {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  return generated.packages.flatMap((report) =>
    [...treeDigest(path.join(workspace.packagesDir, report.dir)).keys()]
      .filter((file) => isGenerated(file))
      .map((file) => path.join(report.dir, file))
      .filter((file) => read(path.join(REAL_PACKAGES, file)) !== read(path.join(workspace.packagesDir, file)))
      .map((file) => `packages/${file}`),
  );
}

describe('regenerated code follows the edited specs', () => {
  it('TAT validators: DescribeInvocationTasks refuses Limit 51 and accepts 50; DescribeInvocations keeps 100', async () => {
    const validators = await load('tencent-tat', 'generated/validators.gen.ts');
    const validateTasks = validators[`validate${TAT_LIMIT.operation}Request`];
    expect(rejection(validateTasks, { Limit: TAT_LIMIT.after + 1 })).toMatchObject({
      action: TAT_LIMIT.operation,
      path: 'Limit',
      constraint: 'maximum',
      limit: TAT_LIMIT.after,
      value: 51,
    });
    expect(rejection(validateTasks, { Limit: TAT_LIMIT.after })).toBeUndefined();
    expect(rejection(validators['validateDescribeInvocationsRequest'], { Limit: TAT_LIMIT.before })).toBeUndefined();
    // The released client still takes 100 on DescribeInvocationTasks: the change is the regeneration's.
    expect(() => releasedTat.validateDescribeInvocationTasksRequest({ Limit: TAT_LIMIT.before })).not.toThrow();
  });

  it(`TAT types: InvocationTask gains the optional ${ADDED_FIELD}: string`, () => {
    const memberOf = (types: string) => /\nexport type InvocationTask = \{\n([\s\S]*?)\n\};/.exec(types)?.[1] ?? '';
    const regenerated = memberOf(readFileSync(path.join(workspace.packagesDir, 'tencent-tat/src/generated/types.gen.ts'), 'utf8'));
    const released = memberOf(readFileSync(path.join(REAL_PACKAGES, 'tencent-tat/src/generated/types.gen.ts'), 'utf8'));
    expect(released).toContain('InvocationTaskId');
    expect(released).not.toContain(ADDED_FIELD);
    expect(regenerated).toMatch(new RegExp(`^ {4}${ADDED_FIELD}\\?: string;$`, 'm'));
  });

  it(`Batch model and validators: DescribeTask documents ${NEW_FILTER} and no longer ${OLD_FILTER}`, async () => {
    const { serviceModel } = await load('tencent-batch', 'index.ts');
    const op = operation(serviceModel, 'DescribeTask');
    expect(op.filters?.names.map((entry) => [entry.name, entry.field])).toEqual([[NEW_FILTER, 'TaskInstanceState']]);
    expect(op.constraints).toContainEqual(expect.objectContaining({ kind: 'filterName', path: 'Filters', names: [NEW_FILTER] }));

    const { validateDescribeTaskRequest } = await load('tencent-batch', 'generated/validators.gen.ts');
    const input = (name: string) => ({ JobId: 'job-97zcl3wt', TaskName: 'A', Filters: [{ Name: name, Values: ['SUCCEED'] }] });
    expect(rejection(validateDescribeTaskRequest, input(NEW_FILTER))).toBeUndefined();
    expect(rejection(validateDescribeTaskRequest, input(OLD_FILTER))).toMatchObject({ path: 'Filters[0].Name', constraint: 'filterName', limit: [NEW_FILTER] });
  });

  it('the generated service models are what the normalizer makes of the edited specs', async () => {
    const services = await loadValidatedSpecs(workspace.specsDir);
    for (const [dir, specFile] of [
      ['tencent-tat', 'tat.yaml'],
      ['tencent-batch', 'batch.yaml'],
    ] as const) {
      const service = services.find((candidate) => candidate.specFile.endsWith(`/${specFile}`));
      if (!service) throw new Error(`no ${specFile} among the loaded specs`);
      const { serviceModel } = await load(dir, 'index.ts');
      expect(serviceModel).toEqual(JSON.parse(JSON.stringify(normalizeService(service))));
    }
  });

  it('`generate --check` on the real packages lists exactly the TAT and Batch files as stale and writes nothing', () => {
    const before = treeDigest(REAL_PACKAGES);
    const check = spawnSync(process.execPath, ['--conditions=source', CODEGEN_CLI, '--check', '--specs', workspace.specsDir, '--out', REAL_PACKAGES], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(treeDigest(REAL_PACKAGES)).toEqual(before);

    expect(check.status, check.stderr).toBe(1);
    const stale = [...check.stderr.matchAll(/^ {2}(\S+) {2}\((?:differs|missing|no longer generated)\)$/gm)].map((match) => match[1]);
    expect(check.stderr).toContain(`${stale.length} generated files are stale`);
    expect(new Set(stale.map((file) => file?.split('/')[1]))).toEqual(new Set(['tencent-batch', 'tencent-tat']));
    expect(stale).toEqual(
      expect.arrayContaining([
        'packages/tencent-tat/src/generated/validators.gen.ts',
        'packages/tencent-tat/src/generated/types.gen.ts',
        'packages/tencent-tat/src/generated/model-data.gen.ts',
        'packages/tencent-batch/src/generated/validators.gen.ts',
        'packages/tencent-batch/src/generated/model-data.gen.ts',
      ]),
    );
    // …and they are exactly the files the replay's own generation made differently.
    expect([...stale].sort()).toEqual(differingFiles().sort());
    // A child process running the generator: seconds on a busy 2-core runner.
  }, 30_000);
});

describe('the contract suite follows the edited specs', () => {
  it(`derives the Limit cases of ${TAT_LIMIT.operation} at ${TAT_LIMIT.after} and past it at ${TAT_LIMIT.after + 1}`, async () => {
    const { serviceModel } = await load('tencent-tat', 'index.ts');
    const limitCase = (model: ServiceModel) => limitCases(operation(model, TAT_LIMIT.operation), undefined).find((c) => c.id === 'maximum Limit');
    const regenerated = limitCase(serviceModel);
    expect(regenerated?.over['Limit']).toBe(TAT_LIMIT.after + 1);
    expect(regenerated?.at.map((input) => input['Limit'])).toEqual([TAT_LIMIT.after]);
    expect(regenerated?.expected).toMatchObject({ kind: 'maximum', path: 'Limit', limit: TAT_LIMIT.after });
    expect(limitCase(releasedTat.serviceModel)?.over['Limit']).toBe(TAT_LIMIT.before + 1);
  });

  it(`derives the Batch filter-name cases from ${NEW_FILTER}`, async () => {
    const { serviceModel } = await load('tencent-batch', 'index.ts');
    const filterCase = limitCases(operation(serviceModel, 'DescribeTask'), undefined).find((c) => c.id === 'filterName Filters');
    expect(filterCase?.at.map((input) => (input['Filters'] as Array<{ Name: string }>)[0]?.Name)).toEqual([NEW_FILTER]);
  });

  describe('run against the regenerated clients and mocks', () => {
    let results = new Map<string, CaseResult[]>();
    beforeAll(async () => {
      results = await runReplaySuites(workspace.packagesDir);
    }, 60_000);
    const failed = (suite: string) => (results.get(suite) ?? []).filter((c) => c.state !== 'passed').map((c) => `${c.name}: ${c.error ?? c.state}`);
    const passed = (suite: string) => (results.get(suite) ?? []).filter((c) => c.state === 'passed').map((c) => c.name);

    it('every TAT case passes, the Limit cases among them', () => {
      expect(failed('tencent-tat')).toEqual([]);
      expect(passed('tencent-tat').length).toBeGreaterThan(50);
      for (const kind of ['past', 'at', 'raw']) expect(passed('tencent-tat')).toContain(`tencent-tat:${TAT_LIMIT.operation}:limit maximum Limit ${kind}`);
    });

    it('every Batch case passes, the filter-name cases among them', () => {
      expect(failed('tencent-batch')).toEqual([]);
      expect(passed('tencent-batch').length).toBeGreaterThan(50);
      for (const kind of ['past', 'at', 'raw']) expect(passed('tencent-batch')).toContain(`tencent-batch:DescribeTask:limit filterName Filters ${kind}`);
    });

    it('the released TAT client fails the Limit case of the regenerated model (and only that case)', () => {
      expect(results.get('released-tat-client')?.length).toBeGreaterThan(10);
      expect(failed('released-tat-client')).toEqual([expect.stringMatching(new RegExp(`^tencent-tat:${TAT_LIMIT.operation}:limit maximum Limit past: `))]);
    });
  });
});
