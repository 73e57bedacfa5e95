// The client's validation, the mock's validation and the suite's oracle give the same verdict on random
// inputs, for every operation of every package: the same first broken constraint, at the same path. Inputs
// start from the suite's boundary inputs (at and past every limit) and get random values at the paths the
// constraints name. Pagination tokens are left out: only the mock can tell which ones it issued.
import * as ecs from '@cloudexec/aliyun-ecs';
import * as swas from '@cloudexec/aliyun-swas';
import { ValidationError } from '@cloudexec/runtime';
import { findViolation } from '@cloudexec/mock';
import type { OperationModel, ServiceModel } from '@cloudexec/runtime/model';
import * as batch from '@cloudexec/tencent-batch';
import * as tat from '@cloudexec/tencent-tat';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstBroken } from '../src/cases/constraint-oracle.ts';
import { limitCases, withValue } from '../src/cases/limit-inputs.ts';

type Input = Record<string, unknown>;
const packages: Array<Record<string, unknown> & { serviceModel: ServiceModel }> = [tat, batch, ecs, swas];

/** The client's verdict: `kind path` of the ValidationError thrown, or 'ok'. */
function clientVerdict(pkg: Record<string, unknown>, op: OperationModel, input: Input): string {
  const validate = pkg[`validate${op.action}Request`] as (input: unknown) => void;
  try {
    validate(input);
    return 'ok';
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return `${error.constraint} ${error.path}`;
  }
}

const leaf = fc.oneof(
  fc.constantFrom(undefined, null, '', 0, -1, 1, 100, 101, 1.5, true, 'x', 'CVM', '😀'),
  // Content and its encoding words (Base64 or not, any case), and keys with reserved prefixes.
  fc.constantFrom('bHM=', 'ZWNobyBoaQ==', 'bHM', 'echo hi', 'Base64', 'plaintext', 'BASE64', 'aliyun-x', 'acs:x', 'http://x'),
  fc.integer({ min: -3, max: 1003 }),
  fc.string({ maxLength: 4 }),
);
const value = fc.oneof(
  leaf,
  fc.array(leaf, { maxLength: 7 }),
  fc.array(fc.dictionary(fc.constantFrom('Name', 'Values', 'Key', 'Value', 'Op'), fc.oneof(leaf, fc.array(leaf, { maxLength: 6 }))), { maxLength: 3 }),
);

for (const pkg of packages) {
  const model = pkg.serviceModel;
  describe(model.packageName, () => {
    for (const op of model.operations) {
      it(`${op.action}: client, mock and oracle agree`, () => {
        const tokens = new Set(op.constraints.flatMap((c) => (c.kind === 'token' ? [c.path] : [])));
        const seeds = limitCases(op, 'cn-hangzhou').flatMap((limit) => [limit.over, ...limit.at]);
        const paths = [...new Set(op.constraints.flatMap((c) => (c.kind === 'mutuallyExclusive' ? c.paths : [c.path])))].filter(
          (path) => path !== '' && !tokens.has(path),
        );
        const edits = fc.array(fc.tuple(fc.constantFrom(...paths), value), { maxLength: 3 });
        fc.assert(
          fc.property(fc.constantFrom(...seeds), edits, (seed, changes) => {
            let input: Input = structuredClone(seed);
            for (const [path, given] of changes) input = withValue(op, input, path, structuredClone(given));
            for (const path of tokens) delete input[path];
            const mock = findViolation(input, op.constraints);
            const oracle = firstBroken(input, op.constraints);
            expect(clientVerdict(pkg, op, input)).toBe(mock ? `${mock.constraint.kind} ${mock.path}` : 'ok');
            expect(oracle).toBe(mock?.constraint);
          }),
          { numRuns: 300 },
        );
      });
    }
  });
}
