/**
 * Mutation suite: single faults injected into each seed form must make the matching rule fire
 * at the mutated cell, and no unrelated error may appear.
 */
import fc from 'fast-check';
import { checkGrids } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import type { Form } from '../../src/core/form';
import { gridFromDelimited, parseA1, splitDelimited, toA1 } from '../../src/core/grid';
import { readSheet } from '../../src/core/read-form';
import { seedText } from '../fixtures/seed';

type Rows = string[][];

const SEED_ROWS: Rows = splitDelimited(seedText(), '\t');
const SEED_FORMS: readonly Form[] = (() => {
  const reading = readSheet(gridFromDelimited('自评表', seedText(), '\t'));
  if (reading.kind !== 'forms') throw new Error('the seed must read as forms');
  return reading.forms;
})();

function cloneRows(rows: Rows): Rows {
  return rows.map((row) => [...row]);
}

function setCell(rows: Rows, address: string, text: string): Rows {
  const out = cloneRows(rows);
  const at = parseA1(address)!;
  while (out.length <= at.row) out.push([]);
  while (out[at.row].length <= at.col) out[at.row].push('');
  out[at.row][at.col] = text;
  return out;
}

function check(rows: Rows): readonly Finding[] {
  const grid = gridFromDelimited('自评表', rows.map((r) => r.join('\t')).join('\n'), '\t');
  return checkGrids([grid]).findings;
}

function errorKeys(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
}

const BASELINE_ERRORS = errorKeys(check(SEED_ROWS));

function newErrors(rows: Rows): string[] {
  return errorKeys(check(rows)).filter((key) => !BASELINE_ERRORS.includes(key));
}

function numberAt(rows: Rows, address: string): number {
  const at = parseA1(address)!;
  return Number(rows[at.row]?.[at.col]);
}

type IndicatorRows = NonNullable<Form['indicators']>['rows'];

function aligned(form: Form): IndicatorRows {
  return form.indicators!.rows.filter((r) => r.shift === 0);
}

const formArbitrary = fc.integer({ min: 0, max: SEED_FORMS.length - 1 });
const RUNS = { seed: 4242, numRuns: 40 };

describe('single faults in the seed forms', () => {
  it('the untouched seed has only the expected error (empty 项目期 F109)', () => {
    expect(BASELINE_ERRORS).toEqual(['header/required-missing@F109']);
  });

  it('a score raised above its weight → score-exceeds-weight there and a total mismatch', () => {
    fc.assert(
      fc.property(formArbitrary, fc.nat(), fc.integer({ min: 1, max: 5 }), (formIndex, pick, extra) => {
        const form = SEED_FORMS[formIndex];
        const rows = aligned(form);
        const row = rows[pick % rows.length];
        const weight = numberAt(SEED_ROWS, row.weight.cell);
        const errors = newErrors(setCell(SEED_ROWS, row.score.cell, String(weight + extra)));
        expect(errors).toEqual(
          [
            `indicator/score-exceeds-weight@${row.score.cell}`,
            `total/sum-mismatch@${form.total!.score.cell}`,
          ].sort(),
        );
      }),
      RUNS,
    );
  });

  it('a changed total → sum-mismatch at the total', () => {
    fc.assert(
      fc.property(formArbitrary, fc.integer({ min: 1, max: 9 }), (formIndex, delta) => {
        const cell = SEED_FORMS[formIndex].total!.score.cell;
        const errors = newErrors(setCell(SEED_ROWS, cell, String(numberAt(SEED_ROWS, cell) - delta)));
        expect(errors).toEqual([`total/sum-mismatch@${cell}`]);
      }),
      RUNS,
    );
  });

  it('a changed weight → weights-not-100 at the 分值 header (and a reason is owed if points now fall short)', () => {
    fc.assert(
      fc.property(formArbitrary, fc.nat(), (formIndex, pick) => {
        const form = SEED_FORMS[formIndex];
        const rows = aligned(form);
        const row = rows[pick % rows.length];
        const errors = newErrors(
          setCell(SEED_ROWS, row.weight.cell, String(numberAt(SEED_ROWS, row.weight.cell) + 1)),
        );
        const expected = [`total/weights-not-100@${form.indicators!.headers.weight.cell}`];
        if (row.reason.text === '') expected.push(`indicator/missing-deviation-reason@${row.reason.cell}`);
        expect(errors).toEqual(expected.sort());
      }),
      RUNS,
    );
  });

  it('a deleted reason of a deducted row → missing-deviation-reason at the reason cell', () => {
    const deducted = SEED_FORMS.flatMap((form) =>
      aligned(form).filter(
        (r) => r.reason.text !== '' && numberAt(SEED_ROWS, r.score.cell) < numberAt(SEED_ROWS, r.weight.cell),
      ),
    );
    expect(deducted.length).toBeGreaterThan(5);
    for (const row of deducted) {
      expect(newErrors(setCell(SEED_ROWS, row.reason.cell, ''))).toEqual([
        `indicator/missing-deviation-reason@${row.reason.cell}`,
      ]);
    }
  });

  it('a blanked header field → required-missing at that cell', () => {
    for (const form of SEED_FORMS) {
      const fields = [
        form.header.projectName,
        form.header.department,
        form.header.implementer,
        form.header.projectType,
      ];
      for (const field of fields) {
        if (!field || field.text === '') continue;
        expect(newErrors(setCell(SEED_ROWS, field.cell, ''))).toEqual([
          `header/required-missing@${field.cell}`,
        ]);
      }
    }
  });

  it('swapping two indicator rows, or inserting an empty row into a table, adds no error', () => {
    for (const form of SEED_FORMS) {
      const rows = aligned(form).filter(
        (r) => r.level1.cell !== toA1(r.row - 1, 1) && r.level2.cell !== toA1(r.row - 1, 2),
      );
      if (rows.length >= 2) {
        const swapped = cloneRows(SEED_ROWS);
        const [a, b] = [rows[0].row - 1, rows[1].row - 1];
        [swapped[a], swapped[b]] = [swapped[b], swapped[a]];
        expect(newErrors(swapped)).toEqual([]);
      }
      const inserted = cloneRows(SEED_ROWS);
      inserted.splice(form.indicators!.rows[1].row - 1, 0, []);
      const shiftedBaseline = errorKeys(check(inserted));
      expect(shiftedBaseline.filter((k) => !k.startsWith('header/required-missing@F'))).toEqual([]);
    }
  });

  it('moving the whole sheet three columns right finds the same problems three columns right', () => {
    const moved = SEED_ROWS.map((row) => ['', '', '', ...row]);
    const shift = (cell: string): string => {
      const at = parseA1(cell)!;
      return toA1(at.row, at.col + 3);
    };
    const before = check(SEED_ROWS)
      .map((f) => `${f.rule}@${shift(f.cell)}`)
      .sort();
    const after = check(moved)
      .map((f) => `${f.rule}@${f.cell}`)
      .sort();
    expect(after).toEqual(before);
  });
});
