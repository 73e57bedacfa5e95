import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASE_REQUEST, BASE_RESPONSE, baseFacts, demoSnapshot, fixtureRepo, source } from './fixture-repo.ts';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/cli.ts');
const run = (root: string) => spawnSync(process.execPath, [cli, '--root', root], { encoding: 'utf8' });

function repo(ack: boolean): string {
  const facts = baseFacts();
  facts.request.OwnerId = { type: 'number', required: false };
  const operation = ack ? { 'x-cloudexec-drift': { ignore: ['request OwnerId'], reason: 'internal RAM parameter' } } : {};
  return fixtureRepo({ request: BASE_REQUEST, response: BASE_RESPONSE, operation }, [
    demoSnapshot([source(facts)]),
    demoSnapshot([source(baseFacts())], 'Later'),
  ]);
}

// Each run starts a node process that strips types on the fly: slow on a busy machine.
describe('spec:drift exit codes and table', { timeout: 30_000 }, () => {
  it('exits 1 and prints the open difference with its class', () => {
    const result = run(repo(false));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('## demo/svc Demo: 1 difference(s), 1 unacknowledged');
    expect(result.stdout).toContain(
      '| demo-sdk | request `OwnerId` | missing in spec | request-field-added-optional: request `OwnerId` added (optional, number) | minor | **open** |',
    );
    expect(result.stdout).toContain('not in spec (info): demo/svc/Later');
  });

  it('exits 0 when every difference is acknowledged, and shows the reason', () => {
    const result = run(repo(true));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('| minor | ack: internal RAM parameter |');
    expect(result.stdout).toContain('spec:drift: nothing unacknowledged');
  });
});
