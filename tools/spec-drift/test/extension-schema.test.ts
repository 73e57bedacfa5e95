// x-cloudexec-drift is part of the extension vocabulary: spec:check accepts it on properties and operations
// and rejects one without a reason.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSpecs, formatProblem } from '@cloudexec/spec-check';
import { describe, expect, it } from 'vitest';

const specs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../specs');

// SWAS carries no acknowledgement of its own (it matches its snapshot), so the inserted ones are the only ones.
async function checkSwasWith(operationAck: string, propertyAck: string): Promise<string[]> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'spec-drift-ext-')), 'specs');
  await cp(specs, dir, { recursive: true });
  const file = path.join(dir, 'aliyun/swas.yaml');
  let text = await readFile(file, 'utf8');
  text = text.replace('      operationId: DescribeInvocations\n', `      operationId: DescribeInvocations\n      x-cloudexec-drift: ${operationAck}\n`);
  text = text.replace(/(\n {8}RegionId:\n {10}type: string\n)/, `$1          x-cloudexec-drift: ${propertyAck}\n`);
  await writeFile(file, text);
  return (await checkSpecs(dir)).problems.map(formatProblem);
}

describe('x-cloudexec-drift in specs/extensions.schema.json', { timeout: 60_000 }, () => {
  it('is accepted on an operation and on a schema property', async () => {
    expect(await checkSwasWith("{ignore: ['request ClientToken'], reason: 'internal parameter'}", "{ignore: ['*'], reason: 'quirk'}")).toEqual([]);
  });

  it('is rejected without a reason or with a malformed entry', async () => {
    const problems = await checkSwasWith("{ignore: ['request ClientToken']}", "{ignore: ['not a kind!'], reason: 'r'}");
    expect(problems.filter((p) => p.includes('x-cloudexec-drift'))).toHaveLength(2);
  });
});
