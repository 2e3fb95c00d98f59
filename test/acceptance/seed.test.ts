/** DOMAIN.md §6: the seed file read as one sheet, and the injected faults. */
import * as fs from 'fs';
import * as path from 'path';
import { checkGrids } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import { gridFromRows, parseA1, splitDelimited } from '../../src/core/grid';

const SEED = path.resolve(__dirname, '../../../shared/seeds/000_3a6b90df8dd5bb5d.txt');
const seedRows = splitDelimited(fs.readFileSync(SEED, 'utf8'), '\t');

/** The seed with some cells replaced (A1 → new text; '' clears). */
function seedWith(changes: Readonly<Record<string, string>> = {}) {
  const rows = seedRows.map((row) => [...row]);
  for (const [address, text] of Object.entries(changes)) {
    const at = parseA1(address)!;
    while (rows.length <= at.row) rows.push([]);
    const row = rows[at.row]!;
    while (row.length <= at.col) row.push('');
    row[at.col] = text;
  }
  return gridFromRows('Sheet1', rows);
}

const OPTIONAL = new Set(['H42 text/truncated', 'G143 indicator/score-vs-completion']);

function counted(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => f.rule !== 'total/level1-weights')
    .map((f) => `${f.cell} ${f.rule}`)
    .filter((key) => !OPTIONAL.has(key));
}

const EXPECTED = [
  'G24 indicator/score-vs-completion',
  'B38 goal/budget-mismatch',
  'B44 layout/shifted-row',
  'A49 layout/shifted-row',
  'C58 header/project-type',
  'E73 indicator/target-implausible',
  'G73 indicator/score-vs-completion',
  'H84 funds/execution-score',
  'E90 indicator/target-not-quantified',
  'E93 cost/arithmetic',
  'F109 header/required-missing',
  'E118 indicator/target-not-quantified',
  'C131 workbook/duplicate-project-name',
  'G135 funds/execution-rate',
  'H135 funds/execution-score',
  'G136 funds/execution-rate',
  'C155 workbook/duplicate-project-name',
  'E166 indicator/timeliness-outside-year',
  'G172 indicator/score-vs-completion',
  'B186 text/truncated',
  'G196 indicator/score-vs-completion',
];

describe('the seed file read as one sheet', () => {
  const result = checkGrids([seedWith()]);

  it('yields exactly the §6 table, each at its cell', () => {
    expect(counted(result.findings)).toEqual(EXPECTED);
  });

  it('reads eight forms whose totals add up', () => {
    expect(result.forms).toHaveLength(8);
    for (const form of result.forms) expect(form.computedTotal).toBe(form.total);
  });

  it('computes the expected scores of the 10号文 formulas', () => {
    const at = (cell: string, rule: string) =>
      result.findings.find((f) => f.cell === cell && f.rule === rule);
    expect(at('G24', 'indicator/score-vs-completion')?.expected).toBe(9.79);
    expect(at('G73', 'indicator/score-vs-completion')?.expected).toBe(9.1);
    expect(at('G172', 'indicator/score-vs-completion')?.expected).toBe(14.53);
    expect(at('H84', 'funds/execution-score')?.expected).toBe(9.49);
    expect(at('H135', 'funds/execution-score')?.expected).toBe(9.88);
    expect(at('G135', 'funds/execution-rate')?.expected).toBe('98.81%');
    expect(at('E93', 'cost/arithmetic')?.expected).toBe('2.52万元');
    expect(at('C58', 'header/project-type')?.expected).toBe('延续性项目');
  });

  it('is deterministic', () => {
    expect(checkGrids([seedWith()])).toEqual(result);
  });
});

describe('injected faults add exactly the listed findings', () => {
  const baseline = counted(checkGrids([seedWith()]).findings);
  const extra = (changes: Record<string, string>) => {
    const found = counted(checkGrids([seedWith(changes)]).findings);
    const rest = [...baseline];
    const added: string[] = [];
    for (const key of found) {
      const i = rest.indexOf(key);
      if (i >= 0) rest.splice(i, 1);
      else added.push(key);
    }
    return { added, lost: rest };
  };

  it.each([
    [{ H17: '' }, ['H17 indicator/missing-deviation-reason']],
    [{ G16: '13' }, ['G16 indicator/score-exceeds-weight', 'B25 total/sum-mismatch'].sort()],
    [{ F17: '11' }, ['F15 total/weights-not-100']],
    [{ B25: '98' }, ['B25 total/sum-mismatch']],
    [{ C80: '' }, ['C80 header/required-missing']],
  ])('%j', (changes, expected) => {
    const { added, lost } = extra(changes);
    expect([...added].sort()).toEqual(expected);
    expect(lost).toEqual([]);
  });
});
