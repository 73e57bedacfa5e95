import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { judge, parseAllowlist } from '../src/allowlist.ts';
import { main } from '../src/cli.ts';
import { findCycles } from '../src/find-cycles.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
const CYCLE = 'a.ts -> b.ts -> c.ts -> a.ts';

afterEach(() => vi.restoreAllMocks());

describe('findCycles', () => {
  it('finds a cycle that closes through a type-only import, rotated to its smallest file', async () => {
    expect((await findCycles(fixture('cycle'), ['*.ts'])).map((cycle) => cycle.join(' '))).toEqual(['a.ts b.ts c.ts']);
  });

  it('finds none in an acyclic tree', async () => {
    expect(await findCycles(fixture('acyclic'), ['*.ts'])).toEqual([]);
  });
});

describe('allowlist', () => {
  it('reads a listed cycle from any starting file, with or without the closing repeat, ignoring comments', () => {
    expect(parseAllowlist('# why\nc.ts -> a.ts -> b.ts # removed later\n\nb.ts -> c.ts -> a.ts -> b.ts\n')).toEqual([CYCLE, CYCLE]);
  });

  it('fails on unlisted cycles and on listed cycles that are gone', () => {
    const verdict = judge([['a.ts', 'b.ts', 'c.ts']], ['x.ts -> y.ts -> x.ts']);
    expect(verdict).toEqual({ unexpected: [CYCLE], stale: ['x.ts -> y.ts -> x.ts'], allowed: [] });
  });
});

describe('lint:cycles', () => {
  it('exits 1 and prints the cycle when a tree has one', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await main(['--root', fixture('cycle'), '*.ts'])).toBe(1);
    expect(log.mock.calls.flat()).toContain(`import cycle: ${CYCLE}`);
  });

  it('exits 0 on an acyclic tree', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await main(['--root', fixture('acyclic'), '*.ts'])).toBe(0);
  });
});
