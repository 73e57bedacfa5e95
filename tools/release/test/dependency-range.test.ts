import { describe, expect, it } from 'vitest';
import { dependencyRange, runtimeRangeProblem } from '../src/dependency-range.ts';

describe('runtimeRangeProblem', () => {
  it.each([
    ['^0.3.1', '0.3.1'],
    ['^0.3.1', '0.3.4'],
    ['^1.2.0', '1.9.0'],
    ['0.0.0', '0.0.0'],
    ['~2.0.0', '2.0.0'],
    ['~2.0.0', '2.0.3'],
    ['>=1 <3', '1.0.0'],
  ])('accepts %s for runtime %s', (range, version) => {
    expect(runtimeRangeProblem(range, version)).toBeUndefined();
  });

  it.each([
    ['^0.3.1', '0.4.0', 'but the runtime packed with it is 0.4.0'],
    ['^0.0.1', '0.0.2', 'but the runtime packed with it is 0.0.2'],
    ['^1.2.0', '2.0.0', 'but the runtime packed with it is 2.0.0'],
    ['workspace:^', '1.0.0', 'pnpm pack did not replace it'],
    ['~2.0.0', '2.1.0', 'but the runtime packed with it is 2.1.0'],
    ['^1.0.0', '1.1.0-rc.1', 'but the runtime packed with it is 1.1.0-rc.1'],
    ['latest', '1.0.0', 'cannot compare'],
    [undefined, '1.0.0', 'has no dependency on the runtime'],
  ])('rejects %s for runtime %s', (range, version, message) => {
    expect(runtimeRangeProblem(range, version)).toContain(message);
  });

  it('reads a dependency range from a manifest', () => {
    expect(dependencyRange({ dependencies: { '@cloudexec/runtime': '^1.0.0' } }, '@cloudexec/runtime')).toBe('^1.0.0');
    expect(dependencyRange({}, '@cloudexec/runtime')).toBeUndefined();
  });
});
