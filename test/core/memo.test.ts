import { memoizeText } from '../../src/core/memo';
import { sheetCells } from '../../src/core/sheet-cells';
import { gridFromRows } from '../../src/core/grid';

describe('memoizeText', () => {
  it('computes each distinct text once while it is cached', () => {
    const seen: string[] = [];
    const upper = memoizeText((text) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('empties the cache at its limit, so memory stays bounded', () => {
    const seen: string[] = [];
    const same = memoizeText((text) => {
      seen.push(text);
      return text;
    }, 2);
    ['a', 'b', 'c', 'a'].forEach(same);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('sheetCells', () => {
  const grid = gridFromRows(
    'S',
    [['  项目名称：  ', 'x'], [{ value: 1, text: '100%', numberFormat: '0%' }]],
    {
      merges: [{ top: 0, left: 1, bottom: 5, right: 2 }],
    },
  );

  it('gives trimmed text, label keys only for short cells, and parsed values', () => {
    const cells = sheetCells(grid);
    expect(cells.text(0, 0)).toBe('项目名称：');
    expect(cells.key(0, 0)).toBe('项目名称');
    expect(cells.value(1, 0)).toMatchObject({ kind: 'number', value: 1, unit: '%' });
  });

  it('answers empty outside the grid and finds merges by row, within the grid only', () => {
    const cells = sheetCells(grid);
    expect([cells.text(-1, 0), cells.key(9, 9), cells.value(0, 99).kind]).toEqual(['', '', 'empty']);
    expect(cells.mergeAt(1, 2)).toEqual({ top: 0, left: 1, bottom: 5, right: 2 });
    expect(cells.mergeAt(1, 0)).toBeUndefined();
    expect(cells.mergeAt(4, 1)).toBeUndefined();
  });

  it('is one index per grid', () => {
    expect(sheetCells(grid)).toBe(sheetCells(grid));
  });
});
