// The committed snapshots (specs/vendor/) are what CI reads: they must cover every spec operation and the
// catalogue (issue 14's operations included), and hold facts only.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../src/catalog.ts';
import { runDrift } from '../src/drift.ts';
import { readSnapshots } from '../src/snapshots.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FACT_KEYS = new Set(['type', 'required', 'nullable', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'maxItems']);

describe('specs/vendor snapshots', () => {
  const snapshots = readSnapshots(root);

  it('cover every catalogued operation and every operation in specs/', () => {
    const keys = snapshots.map((s) => `${s.provider}/${s.service}/${s.operation}`).sort();
    expect(keys).toEqual(CATALOG.flatMap((c) => c.operations.map((op) => `${c.provider}/${c.service}/${op}`)).sort());
    expect(runDrift(root, snapshots).noSnapshot).toEqual([]);
  });

  it('name their source, version and date, and carry facts only (no prose)', () => {
    for (const snapshot of snapshots) {
      const names = snapshot.sources.map((s) => s.name);
      expect(names.length).toBeGreaterThan(0);
      if (snapshot.provider === 'tencent') expect(names).toEqual(['tencentcloud-sdk-nodejs', 'tccli']);
      for (const s of snapshot.sources) {
        expect(s.version).not.toBe('');
        expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const fact of [...Object.values(s.request), ...Object.values(s.response)]) {
          for (const key of Object.keys(fact)) expect(FACT_KEYS.has(key), `${snapshot.operation} ${key}`).toBe(true);
        }
      }
    }
  });
});
