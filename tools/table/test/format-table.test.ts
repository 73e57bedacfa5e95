import { describe, expect, it } from 'vitest';
import { formatTable } from '../src/index.ts';

describe('formatTable', () => {
  it('sizes each column to its widest cell, two spaces apart, with a rule under the header', () => {
    expect(
      formatTable(
        ['name', 'n'],
        [
          ['alpha', '1'],
          ['b', '22'],
        ],
      ),
    ).toBe(['name   n', '-----  --', 'alpha  1', 'b      22'].join('\n'));
  });

  it('right-aligns the columns it is told to and trims trailing spaces', () => {
    const table = formatTable(
      ['package', 'size', 'note'],
      [
        ['a', '7', ''],
        ['bbb', '1024', 'x'],
      ],
      { align: ['left', 'right'] },
    );
    expect(table.split('\n')).toEqual(['package  size  note', '-------  ----  ----', 'a           7', 'bbb      1024  x']);
  });

  it('prints footer rows under a second rule and counts them in the widths', () => {
    const table = formatTable(['k', 'v'], [['a', '1']], { align: ['left', 'right'], footer: [['total', '100']] });
    expect(table.split('\n')).toEqual(['k        v', '-----  ---', 'a        1', '-----  ---', 'total  100']);
  });

  it('treats missing cells as empty', () => {
    expect(formatTable(['a', 'b'], [['only']])).toBe(['a     b', '----  -', 'only'].join('\n'));
  });
});
