// A spec that says a parameter is Base64 content with a byte budget, or a key that must not have a reserved
// prefix, gets those rules end to end from `pnpm generate` alone: in a scratch copy of tat.yaml
// (fixtures/content-specs.ts) the generated client refuses such inputs before sending, the mock answers the
// code the spec maps each rule to, and the contract suite's limit cases cover them. The same copy adds a
// response member, and a contract case for it appears with no hand-written test.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/cli.ts';
import { generate } from '../src/pipeline.ts';
import { GROWN, tatWithContent } from './fixtures/content-specs.ts';
import { linkWorkspace, makeScratchRepo, readSpec, writeSpec } from './fixtures/scratch-repo.ts';

type Module = Record<string, any>;

const scratch = await makeScratchRepo();
afterAll(() => scratch.cleanup());
await writeSpec(scratch, 'tencent/tat.yaml', tatWithContent(await readSpec(scratch, 'tencent/tat.yaml')));
await generate({ specsDir: scratch.specsDir, outDir: scratch.packagesDir });
await linkWorkspace(scratch);

const load = (relative: string): Promise<Module> => import(path.join(scratch.packagesDir, relative));
const tat = await load('tencent-tat/src/index.ts');
const { services } = await load('services/src/index.ts');
const { runContractSuite } = await load('contract-tests/src/index.ts');
const { limitCases } = await load('contract-tests/src/cases/limit-inputs.ts');
const { responseMemberCaseNames } = await load('contract-tests/src/cases/response-members.ts');
const { findViolation } = await load('mock/src/index.ts');
const op = tat.serviceModel.operations.find((candidate: Module) => candidate.action === GROWN.action);
// The repository's own TAT package: the same operation before the growth.
const original = (await import(path.join(repoRoot, 'packages/tencent-tat/src/index.ts'))).serviceModel.operations.find(
  (candidate: Module) => candidate.action === GROWN.action,
);

const validate = (input: Record<string, unknown>) => {
  try {
    tat.validateDescribeInvocationsRequest(input);
    return 'ok';
  } catch (error) {
    return `${(error as Module).constraint} ${(error as Module).path}: ${(error as Error).message}`;
  }
};

describe('content rules from a spec', () => {
  it('the model carries the three rules with the codes the spec maps them to', () => {
    const kinds = Object.keys(GROWN.codes);
    const rules = op.constraints.filter((c: Module) => kinds.includes(c.kind));
    expect(rules.map((c: Module) => [c.kind, c.path, c.code])).toEqual([
      ['contentEncoding', 'ContractContent', GROWN.codes.contentEncoding],
      ['maxContentBytes', 'ContractContent', GROWN.codes.maxContentBytes],
      ['notPattern', 'ContractTagKey', GROWN.codes.notPattern],
    ]);
  });

  it('the generated validator refuses before sending, in plain words, and accepts what fits', () => {
    expect(validate({ ContractContent: 'ZWNobyBoaQ==' })).toBe('ok');
    expect(validate({ ContractContent: 'echo hi' })).toBe('contentEncoding ContractContent: ContractContent must be valid Base64 (got "echo hi")');
    expect(validate({ ContractContent: 'echo hi', ContractEncoding: 'plaintext' })).toBe('ok');
    // 36 plain bytes are 48 after Base64; a custom parameter value of 1 byte adds 4.
    expect(validate({ ContractContent: 'c'.repeat(36), ContractEncoding: 'PlainText' })).toBe('ok');
    expect(validate({ ContractContent: 'c'.repeat(36), ContractEncoding: 'PlainText', ContractParameters: { a: 'x' } })).toBe(
      'maxContentBytes ContractContent: ContractContent must be at most 48 bytes after Base64 encoding, counting ContractParameters (got 52 bytes)',
    );
    expect(validate({ ContractTagKey: 'aliyun-team' })).toBe('notPattern ContractTagKey: ContractTagKey must not match ^(aliyun|acs:) (got "aliyun-team")');
  });

  it('the mock judges the same rows and names the mapped code', () => {
    const violation = findViolation({ ContractContent: 'A'.repeat(52) }, op.constraints);
    expect([violation?.constraint.kind, violation?.constraint.code]).toEqual(['maxContentBytes', GROWN.codes.maxContentBytes]);
  });

  it('the contract suite builds inputs at and past each rule', () => {
    const ids = limitCases(op, undefined).map((limit: Module) => [limit.id, limit.expected?.kind]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['notPattern ContractTagKey', 'notPattern'],
        ['contentEncoding ContractContent', 'contentEncoding'],
        ['maxContentBytes ContractContent', 'maxContentBytes'],
      ]),
    );
  });

  it('a response member added to the spec gets its own contract case', () => {
    const grown: string[] = responseMemberCaseNames(op);
    const before: string[] = responseMemberCaseNames(original);
    expect(grown.filter((name) => !before.includes(name))).toEqual([`response member ${GROWN.responseMember}`]);
  });
});

// The grown operation's limit and example cases (which include the response member cases) run for real.
const entry = services.find((candidate: Module) => candidate.id === 'tencent-tat');
const [clientPackage, mswPackage] = await Promise.all([entry.load(), entry.loadMsw()]);
runContractSuite({
  entry,
  model: clientPackage.serviceModel,
  clientPackage,
  mswPackage,
  only: { actions: [GROWN.action], categories: ['limits', 'examples'] },
});
