/**
 * Fuzzing the checker: random grids (garbage, numbers, merges, shifted rows, stacked partial
 * forms) never make it throw; each yields findings or layout/not-a-form, inside the grid.
 */
import fc from 'fast-check';
import { checkGrids } from '../../src/core/check';
import { gridFromRows, parseA1, splitDelimited, type CellInput, type CellRange } from '../../src/core/grid';
import { seedText } from '../fixtures/seed';

const SEED_ROWS = splitDelimited(seedText(), '\t');
const SEED_VOCABULARY = [...new Set(SEED_ROWS.flat().filter((t) => t !== '' && t.length < 30))];

const cellArbitrary: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEED_VOCABULARY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 120 }) },
  { weight: 1, arbitrary: fc.constantFrom('—', '/', '无', '#DIV/0!', '#REF!', '１００％', '≥', '%', '万元') },
  {
    weight: 1,
    arbitrary: fc.record({
      value: fc.double(),
      text: fc.string({ maxLength: 8 }),
      numberFormat: fc.constantFrom('0%', '0.00%', '0"万元"', 'General'),
    }),
  },
  { weight: 2, arbitrary: fc.constant(null) },
);

/** A slice of the seed (a partial form), possibly shifted and with garbage cells sprinkled in. */
const seedSliceArbitrary = fc
  .record({
    start: fc.integer({ min: 0, max: SEED_ROWS.length - 1 }),
    length: fc.integer({ min: 1, max: 60 }),
    shift: fc.integer({ min: 0, max: 3 }),
    noise: fc.array(fc.record({ row: fc.nat(59), col: fc.nat(9), cell: cellArbitrary }), { maxLength: 8 }),
  })
  .map(({ start, length, shift, noise }) => {
    const rows: CellInput[][] = SEED_ROWS.slice(start, start + length).map((row) => [
      ...new Array(shift).fill(''),
      ...row,
    ]);
    for (const { row, col, cell } of noise) {
      if (row < rows.length) rows[row][col] = cell;
    }
    return rows;
  });

const gridArbitrary = fc
  .record({
    rows: fc.oneof(
      seedSliceArbitrary,
      fc.array(fc.array(cellArbitrary, { maxLength: 10 }), { maxLength: 30 }),
    ),
    merges: fc.array(
      fc
        .record({ top: fc.nat(40), left: fc.nat(10), height: fc.nat(3), width: fc.nat(3) })
        .map(({ top, left, height, width }): CellRange => ({
          top,
          left,
          bottom: top + height,
          right: left + width,
        })),
      { maxLength: 4 },
    ),
  })
  .map(({ rows, merges }) => gridFromRows('随机', rows, { merges }));

describe('fuzzing the checker', () => {
  it('never throws on 10 000 random grids; every finding points inside its grid', () => {
    fc.assert(
      fc.property(gridArbitrary, (grid) => {
        const result = checkGrids([grid]);
        expect(result.findings.length + result.forms.length).toBeGreaterThan(0);
        if (result.forms.length === 0) {
          expect(result.findings.map((f) => f.rule)).toContain('layout/not-a-form');
        }
        for (const finding of result.findings) {
          const at = parseA1(finding.cell);
          expect(at).toBeDefined();
          expect(at!.row).toBeLessThan(Math.max(grid.rowCount, 1));
          expect(at!.col).toBeLessThan(Math.max(grid.columnCount, 1));
          expect(finding.sheet).toBe('随机');
        }
      }),
      { seed: 1125, numRuns: 10_000 },
    );
  });
});
