import fc from 'fast-check';
import type { Form, ValueField } from '../../src/core/form';
import { gridFromRows, parseRangeA1, parseA1, type CellInput, type Grid } from '../../src/core/grid';
import { LEVEL2_NAMES } from '../../src/core/labels';
import { readSheet } from '../../src/core/read-form';

const SEED = 20241125;

// ------------------------------------------------------------------ random grids never throw

const cellArbitrary: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constantFrom(
    '项目名称',
    '绩效指标',
    '总得分',
    '总分',
    '项目资金(万元)',
    '年度资金总额',
    '年度总体目标',
    '分值',
    '得分',
    '指标值',
    '一级指标',
    '产出指标',
    '(2024年度)',
    '—',
    '≥95%',
    '44万元',
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 200 }),
  fc.boolean(),
  fc.constant(null),
);

function inside(grid: Grid, address: string): boolean {
  const at = parseA1(address);
  return at !== undefined && at.row < Math.max(grid.rowCount, 1) && at.col < Math.max(grid.columnCount, 1);
}

describe('reading arbitrary grids', () => {
  it('never throws and points only at cells inside the grid', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellArbitrary, { maxLength: 12 }), { maxLength: 40 }), (rows) => {
        const grid = gridFromRows('随机', rows);
        const reading = readSheet(grid);
        if (reading.kind === 'not-a-form') return;
        for (const form of reading.forms) {
          const range = parseRangeA1(form.range);
          expect(range).toBeDefined();
          expect(inside(grid, form.header.projectName.cell) || form.header.projectName.text === '').toBe(
            true,
          );
          for (const note of form.notes) expect(inside(grid, note.cell)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

// ------------------------------------------------------------------ render → read round trip

interface ModelIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly target: number;
  readonly weight: number;
  readonly score: number;
  readonly reason: string;
}

interface Model {
  readonly year: number;
  readonly project: string;
  readonly department: string;
  readonly budget: number;
  readonly executed: number;
  readonly indicators: readonly ModelIndicator[];
  readonly total: number;
}

const nameArbitrary = fc.stringMatching(/^[\u4e00-\u4e2f]{2,10}$/);

const indicatorsArbitrary: fc.Arbitrary<ModelIndicator[]> = fc
  .array(
    fc.record({
      level1: fc.constantFrom('产出指标', '效益指标', '满意度指标'),
      pick: fc.nat(),
      level3: nameArbitrary,
      target: fc.integer({ min: 1, max: 5000 }),
      weight: fc.integer({ min: 1, max: 20 }),
      deduction: fc.integer({ min: 0, max: 4 }),
      reason: nameArbitrary,
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) =>
    rows.map(({ level1, pick, level3, target, weight, deduction, reason }) => {
      const names = LEVEL2_NAMES[level1];
      const score = Math.max(0, weight - deduction);
      return {
        level1,
        level2: names[pick % names.length],
        level3,
        target,
        weight,
        score,
        reason: score < weight ? reason : '',
      };
    }),
  );

const modelArbitrary: fc.Arbitrary<Model> = fc
  .record({
    year: fc.integer({ min: 2015, max: 2035 }),
    project: nameArbitrary,
    department: nameArbitrary,
    budget: fc.integer({ min: 1, max: 100000 }).map((n) => n / 100),
    executedShare: fc.integer({ min: 0, max: 100 }),
    indicators: indicatorsArbitrary,
  })
  .map(({ executedShare, ...rest }) => {
    const executed = Math.round(rest.budget * executedShare) / 100;
    const total = rest.indicators.reduce((sum, i) => sum + i.score, 0);
    return { ...rest, executed, total };
  });

/** Renders a model as the seed layout: 8 columns, merged 一级/二级 cells left blank. */
function render(model: Model): CellInput[][] {
  const rows: CellInput[][] = [
    ['# 项目支出绩效自评表'],
    [`(${model.year}年度)`],
    ['项目名称', '', model.project],
    ['主管部门及代码', '', model.department, '', '实施单位', model.department],
    ['项目属性', '', '延续性项目', '', '项目期', `${model.year}年`],
    ['项目资金(万元)', '资金类别', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['', '年度资金总额', `${model.budget}万元`, `${model.budget}万元`, `${model.executed}万元`, 10, '', ''],
    ['', '其中:财政拨款', `${model.budget}万元`, `${model.budget}万元`, `${model.executed}万元`, 10, '', ''],
    ['', '其他资金'],
    ['年度总体目标', '完成年度任务。'],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '分值', '得分', '偏差原因'],
  ];
  let previous: ModelIndicator | undefined;
  for (const i of model.indicators) {
    const newLevel1 = i.level1 !== previous?.level1;
    const newLevel2 = newLevel1 || i.level2 !== previous?.level2;
    rows.push([
      '',
      newLevel1 ? i.level1 : '',
      newLevel2 ? i.level2 : '',
      i.level3,
      `≥${i.target}人`,
      i.weight,
      i.score,
      i.reason,
    ]);
    previous = i;
  }
  rows.push(['总得分', model.total]);
  return rows;
}

function modelOf(form: Form): Omit<Model, 'budget' | 'executed'> & { budget: unknown; executed: unknown } {
  const total = form.funds?.rows.find((r) => r.kind === 'total');
  const value = (v: ValueField | undefined): unknown =>
    v?.value.kind === 'number' ? v.value.value : undefined;
  return {
    year: form.year?.value ?? NaN,
    project: form.header.projectName.text,
    department: form.header.department?.text ?? '',
    budget: value(total?.budget),
    executed: value(total?.executed),
    indicators: (form.indicators?.rows ?? []).map((r) => ({
      level1: r.level1.name,
      level2: r.level2.name,
      level3: r.level3.text,
      target: value(r.target) as number,
      weight: value(r.weight) as number,
      score: value(r.score) as number,
      reason: r.reason.text,
    })),
    total: value(form.total?.score) as number,
  };
}

describe('a rendered form reads back as its model', () => {
  it('round-trips at any position on the sheet, stacked with a second copy', () => {
    fc.assert(
      fc.property(
        modelArbitrary,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 6 }),
        (model, row, col) => {
          const rendered = render(model);
          const grid = gridFromRows('往返', [...rendered, [], ...rendered], { origin: { row, col } });
          const reading = readSheet(grid);
          expect(reading.kind).toBe('forms');
          if (reading.kind !== 'forms') return;
          expect(reading.forms).toHaveLength(2);
          for (const form of reading.forms) {
            const read = modelOf(form);
            expect(read.budget).toBeCloseTo(model.budget, 9);
            expect(read.executed).toBeCloseTo(model.executed, 9);
            expect({ ...read, budget: 0, executed: 0 }).toEqual({ ...model, budget: 0, executed: 0 });
            expect(form.notes).toEqual([]);
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
