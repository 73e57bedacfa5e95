import { describe, expect, it } from 'vitest';
import { formatBytes, formatFailures, formatMs, formatNotes, formatTable, rowOk, type PackageRow } from '../src/report-table.ts';

const runtime: PackageRow = { name: '@cloudexec/runtime', version: '0.1.0', bytes: 98_812, files: 180, ms: 47 };
const tat: PackageRow = {
  name: '@cloudexec/tencent-tat',
  version: '0.2.0',
  bytes: 26_400,
  files: 36,
  install: { ok: true, ms: 400 },
  typecheck: { ok: false, ms: 5000, detail: "main.ts(3,1): error TS2305: Module has no exported member 'TatClient'." },
  ms: 8_600,
};

describe('formatTable', () => {
  it('prints one aligned row per package with ok, FAIL, or - for steps a package does not go through', () => {
    expect(formatTable([runtime, tat])).toBe(
      [
        'package                 version   packed  files  install  typecheck  run   time',
        '----------------------  -------  -------  -----  -------  ---------  ---  -----',
        '@cloudexec/runtime      0.1.0    98.8 kB    180  -        -          -    47 ms',
        '@cloudexec/tencent-tat  0.2.0    26.4 kB     36  ok       FAIL       -    8.6 s',
      ].join('\n'),
    );
  });

  it('formats sizes and durations', () => {
    expect([formatBytes(512), formatBytes(26_400), formatBytes(1_234_567)]).toEqual(['512 B', '26.4 kB', '1.23 MB']);
    expect([formatMs(999), formatMs(1_250)]).toEqual(['999 ms', '1.3 s']);
  });
});

describe('row status', () => {
  it('fails a row with any failed step and lists the failure with its output', () => {
    expect(rowOk(runtime)).toBe(true);
    expect(rowOk(tat)).toBe(false);
    expect(formatFailures([runtime, tat])).toEqual([
      "@cloudexec/tencent-tat typecheck:\nmain.ts(3,1): error TS2305: Module has no exported member 'TatClient'.",
    ]);
  });
});

describe('formatNotes', () => {
  it('lists what the passed runs did', () => {
    const batch: PackageRow = { ...runtime, name: '@cloudexec/tencent-batch', run: { ok: true, ms: 300, detail: '5 operations' } };
    expect(formatNotes([runtime, tat, batch])).toEqual(['@cloudexec/tencent-batch: 5 operations']);
  });
});
