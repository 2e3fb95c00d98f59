import fc from 'fast-check';
import {
  columnLetters,
  gridFromDelimited,
  gridFromRows,
  mergeAt,
  parseA1,
  parseRangeA1,
  rangeToA1,
  splitDelimited,
  toA1,
} from '../../src/core/grid';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [7, 'H'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s and back', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(parseA1(`${letters}1`)).toEqual({ row: 0, col });
  });

  it('round-trips cells and ranges', () => {
    expect(toA1(24, 1)).toBe('B25');
    expect(parseA1('$B$25')).toEqual({ row: 24, col: 1 });
    expect(parseA1('B0')).toBeUndefined();
    expect(parseA1('25B')).toBeUndefined();
    expect(rangeToA1({ top: 2, left: 0, bottom: 24, right: 7 })).toBe('A3:H25');
    expect(rangeToA1({ top: 4, left: 2, bottom: 4, right: 2 })).toBe('C5');
    expect(parseRangeA1('H25:A3')).toEqual({ top: 2, left: 0, bottom: 24, right: 7 });
    expect(parseRangeA1('nonsense')).toBeUndefined();
  });
});

/** The A1 grammar parseA1 implements, as a pattern. */
function parseA1ByPattern(address: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(match[2]);
  return row < 1 ? undefined : { row: row - 1, col: col - 1 };
}

describe('parseA1 against the A1 grammar', () => {
  const addressLike = fc
    .array(
      fc.constantFrom('$', 'A', 'b', 'Z', 'z', 'Q', '0', '1', '9', ' ', ':', '@', '[', '`', '{', 'É', '１'),
      {
        maxLength: 12,
      },
    )
    .map((chars) => chars.join(''));

  it.each([
    'A1',
    ' $c$7 ',
    'xfd1048576',
    'AAAA1',
    'A12345678',
    'A0',
    '$$A1',
    'A$$1',
    '@1',
    '[1',
    '`1',
    '{1',
    'É1',
    'A１',
    '',
  ])('reads %j as the grammar does', (address) => {
    expect(parseA1(address)).toEqual(parseA1ByPattern(address));
  });

  it('agrees with the grammar on random address-like text', () => {
    fc.assert(
      fc.property(addressLike, (address) => {
        expect(parseA1(address)).toEqual(parseA1ByPattern(address));
      }),
      { seed: 1125, numRuns: 5000 },
    );
  });
});

describe('grids', () => {
  it('returns empty cells outside the stored area and for nonsense coordinates', () => {
    const grid = gridFromRows('S', [['a', 1]]);
    expect(grid.cell(0, 1)).toEqual({ value: 1, text: '1' });
    expect(grid.cell(5, 5)).toEqual({ value: null, text: '' });
    expect(grid.cell(-1, 0).text).toBe('');
    expect(grid.cell(0.5, 0).text).toBe('');
    expect(grid.rowCount).toBe(1);
    expect(grid.columnCount).toBe(2);
  });

  it('places a used range at its origin', () => {
    const grid = gridFromRows('S', [['x']], { origin: { row: 4, col: 2 } });
    expect(grid.cell(4, 2).text).toBe('x');
    expect(grid.cell(0, 0).text).toBe('');
    expect(grid.rowCount).toBe(5);
  });

  it('keeps host cells with their displayed text and format', () => {
    const grid = gridFromRows('S', [[{ value: 1, text: '100%', numberFormat: '0%' }]]);
    expect(grid.cell(0, 0)).toEqual({ value: 1, text: '100%', numberFormat: '0%' });
  });

  it('finds the merged area of a cell', () => {
    const grid = gridFromRows('S', [['a', '', 'b']], { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
    expect(mergeAt(grid, 0, 1)).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(mergeAt(grid, 0, 2)).toBeUndefined();
  });
});

describe('delimited text', () => {
  it('splits TSV lines as they are, with any line ending and a BOM', () => {
    expect(splitDelimited('\uFEFFa\tb\r\nc\t\n\t d\n', '\t')).toEqual([
      ['a', 'b'],
      ['c', ''],
      ['', ' d'],
    ]);
  });

  it('honours CSV quoting with delimiters, quotes and line breaks inside fields', () => {
    expect(splitDelimited('a,"b,c","say ""hi"""\n"line\nbreak",2\n', ',')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', '2'],
    ]);
  });

  it('builds a grid of text cells', () => {
    const grid = gridFromDelimited('T', '总得分\t97', '\t');
    expect(grid.cell(0, 1)).toEqual({ value: '97', text: '97' });
  });
});
