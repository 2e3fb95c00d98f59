import type { Form, Indicator, SheetReading } from '../../src/core/form';
import { gridFromRows, type CellInput } from '../../src/core/grid';
import { readSheet, streamSheet } from '../../src/core/read-form';
import type { ParsedValue } from '../../src/core/value-types';
import { seedGrid } from '../fixtures/seed';

function formsOf(reading: SheetReading): readonly Form[] {
  if (reading.kind !== 'forms') throw new Error(`expected forms, got ${reading.kind}`);
  return reading.forms;
}

function num(value: ParsedValue): number | undefined {
  return value.kind === 'number' ? value.value : undefined;
}

function sum(values: readonly (number | undefined)[]): number {
  return Math.round(values.reduce<number>((total, v) => total + (v ?? 0), 0) * 1000) / 1000;
}

function indicatorAt(form: Form, row: number): Indicator {
  const found = form.indicators?.rows.find((r) => r.row === row);
  if (!found) throw new Error(`no indicator on row ${row}`);
  return found;
}

describe('reading the seed forms', () => {
  const forms = formsOf(readSheet(seedGrid()));

  it('finds all eight stacked forms with their titles and evaluation year', () => {
    expect(forms.map((f) => f.header.projectName.text)).toEqual([
      '财政拨款工会经费',
      '中卫市困难职工帮扶专项基金',
      '职工文化活动中心运行费',
      '中卫市级劳模专项资金',
      '职业化工会工作者工资',
      '行政事业单位工会经费',
      '行政事业单位工会经费',
      '春节送温暖资金',
    ]);
    expect(forms.map((f) => f.header.projectName.cell)).toEqual([
      'C7',
      'C31',
      'C56',
      'C80',
      'C107',
      'C131',
      'C155',
      'C179',
    ]);
    for (const form of forms) {
      expect(form.year?.value).toBe(2024);
      expect(form.title?.text).toBe('中卫市本级部门项目支出绩效自评表');
      expect(form.variant).toBe('seed');
    }
    expect(forms[0].range).toBe('A3:H25');
    expect(forms[0].year?.cell).toBe('A5');
  });

  it('adds up weights and scores of every form as the clerk wrote them', () => {
    const sums = forms.map((form) => {
      const fundsTotal = form.funds?.rows.find((r) => r.kind === 'total');
      const weights = sum([
        num(fundsTotal!.weight!.value),
        ...form.indicators!.rows.map((r) => num(r.weight.value)),
      ]);
      const scores = sum([
        num(fundsTotal!.score!.value),
        ...form.indicators!.rows.map((r) => num(r.score.value)),
      ]);
      return { weights, scores, stated: num(form.total!.score.value) };
    });
    expect(sums.map((s) => s.weights)).toEqual([100, 100, 100, 100, 100, 100, 100, 100]);
    for (const s of sums) expect(s.scores).toBeCloseTo(s.stated!, 6);
    expect(sums.map((s) => s.stated)).toEqual([97, 97.5, 96.5, 97, 99.5, 97, 98, 97.5]);
  });

  it('reads form 2 field by field, including its two shifted rows', () => {
    const form = forms[1];
    expect(form.header.department).toEqual({ cell: 'C32', text: '中卫市总工会' });
    expect(form.header.implementer).toEqual({ cell: 'F32', text: '中卫市困难职工帮扶中心' });
    expect(form.header.projectType).toEqual({ cell: 'C33', text: '延续性项目' });
    expect(form.header.period).toEqual({ cell: 'F33', text: '2024年' });
    expect(form.funds?.label.cell).toBe('A34');
    const [total, fiscal, other] = form.funds!.rows;
    expect([total.kind, fiscal.kind, other.kind]).toEqual(['total', 'fiscal', 'other']);
    expect(total.budget).toMatchObject({
      cell: 'D35',
      text: '10万元',
      value: { kind: 'number', value: 10, unit: '万元' },
    });
    expect(total.rate?.value).toMatchObject({ kind: 'number', value: 1, unit: '%' });
    expect(fiscal.label).toEqual({ cell: 'B36', text: '其中:财政拨款' });
    expect(other.executed?.value.kind).toBe('empty');
    expect(form.goal?.expected.cell).toBe('B38');
    expect(form.goal?.expected.text).toContain('约50万元');
    expect(form.indicators?.headers.weight.cell).toBe('F39');

    const row44 = indicatorAt(form, 44);
    expect(row44.shift).toBe(-1);
    expect(row44.level1.name).toBe('产出指标');
    expect(row44.level1.cell).toBe('B40');
    expect(row44.level2.name).toBe('成本指标');
    expect(row44.level2.requirement).toBe('quantified');
    expect(row44.level3).toEqual({ cell: 'B44', text: '慰问标准' });
    expect(row44.target).toMatchObject({
      cell: 'D44',
      value: { kind: 'range', min: 300, max: 2000, unit: '元' },
    });
    expect(row44.weight).toMatchObject({ cell: 'E44', value: { kind: 'number', value: 5 } });
    expect(row44.score).toMatchObject({ cell: 'F44', value: { kind: 'number', value: 5 } });

    const row49 = indicatorAt(form, 49);
    expect(row49.shift).toBe(-1);
    expect(row49.level1).toMatchObject({ cell: 'A49', name: '满意度指标' });
    expect(row49.level2).toMatchObject({
      cell: 'B49',
      name: '服务对象满意度指标',
      requirement: 'quantified',
    });
    expect(row49.level3).toEqual({ cell: 'C49', text: '服务职工满意度' });
    expect(row49.target).toMatchObject({
      cell: 'D49',
      value: { kind: 'number', value: 0.95, comparator: '>=' },
    });
    expect(row49.weight).toMatchObject({ cell: 'E49', value: { kind: 'number', value: 10 } });
    expect(row49.score).toMatchObject({ cell: 'F49', value: { kind: 'number', value: 9.5 } });
    expect(row49.reason).toEqual({ cell: 'G49', text: '职工满意度达91%' });

    expect(form.notes).toEqual([
      { kind: 'shifted-row', cell: 'B44', shift: -1 },
      { kind: 'shifted-row', cell: 'A49', shift: -1 },
    ]);
    expect(form.total?.score).toMatchObject({ cell: 'B50', value: { kind: 'number', value: 97.5 } });
  });

  it('reads form 4: cost sub-rows carry 成本指标 down, total in B with its value in D', () => {
    const form = forms[3];
    const total = form.funds!.rows[0];
    expect(total.executed).toMatchObject({
      cell: 'E84',
      value: { kind: 'number', value: 14.23, unit: '万元', decimals: 2 },
    });
    expect(total.rate?.value).toMatchObject({ value: 0.95, decimals: 0 });
    expect(total.score).toMatchObject({ cell: 'H84', value: { value: 9 } });
    const costRows = form.indicators!.rows.filter((r) => r.level2.name === '成本指标');
    expect(costRows.map((r) => r.row)).toEqual([92, 93, 94, 95]);
    expect(costRows.map((r) => r.level2.cell)).toEqual(['C92', 'C92', 'C92', 'C92']);
    expect(costRows.map((r) => r.target.text)).toEqual(['6.15万元', '2.85万元', '2万元', '4万元']);
    const row93 = indicatorAt(form, 93);
    expect(row93.level3.text).toBe('农民劳模满男60周岁，女55岁，7人，每人每月300元');
    expect(row93.reason).toEqual({ cell: 'H93', text: '满足条件的劳模人数减少' });
    expect(indicatorAt(form, 99).level2).toMatchObject({ name: '可持续影响指标', cell: 'C99' });
    expect(indicatorAt(form, 99).level2.requirement).toBeUndefined();
    expect(indicatorAt(form, 90).target).toMatchObject({ cell: 'E90', value: { kind: 'text' } });
    expect(form.total?.label.cell).toBe('B101');
    expect(form.total?.score).toMatchObject({ cell: 'D101', value: { value: 97 } });
    expect(form.notes).toEqual([]);
  });

  it('reads form 6: a ninth empty column changes nothing, rates keep their precision', () => {
    const form = forms[5];
    expect(form.range).toBe('A127:H149');
    const [total, fiscal] = form.funds!.rows;
    expect(total.budget?.value).toMatchObject({ value: 433.5, unit: '万元' });
    expect(total.executed?.value).toMatchObject({ value: 428.33, unit: '万元' });
    expect(total.rate).toMatchObject({ cell: 'G135', value: { value: 0.988, decimals: 2 } });
    expect(fiscal.rate?.cell).toBe('G136');
    const first = form.indicators!.rows[0];
    expect(first).toMatchObject({
      row: 140,
      level1: { name: '产出指标', cell: 'B140' },
      level2: { name: '数量指标', cell: 'C140', requirement: 'quantified' },
      target: { cell: 'E140', value: { kind: 'number', value: 4014, unit: '人', comparator: '>=' } },
      weight: { cell: 'F140', value: { value: 15 } },
      score: { cell: 'G140', value: { value: 14 } },
      reason: { cell: 'H140', text: '各单位人员变动，拨付人数未达到4014人' },
      shift: 0,
    });
    expect(form.indicators!.rows).toHaveLength(9);
    expect(form.total?.score).toMatchObject({ cell: 'D149', value: { value: 97 } });
  });

  it('points at the empty 项目期 cell where its value belongs', () => {
    expect(forms[4].header.period).toEqual({ cell: 'F109', text: '' });
  });
});

// ------------------------------------------------------------------ constructed layouts

const NATIONAL_ROWS: CellInput[][] = [
  ['项目支出绩效自评表'],
  ['（2025年度）'],
  ['项目名称', '', '社区养老服务补助'],
  ['主管部门', '', '市民政局', '', '实施单位', '市养老服务中心'],
  ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['', '年度资金总额：', 120, 130, 117, 10, 0.9, 9],
  ['', '其中：本年财政拨款', 100, 110, 100, '—', '—', '—'],
  ['', '上年结转资金', 20, 20, 17, '—', '—', '—'],
  ['', '其他资金', '', '', '', '—', '—', '—'],
  ['年度总体目标', '预期目标', '', '', '实际完成情况'],
  ['', '为全市1200名老人提供居家养老服务。', '', '', '为全市1180名老人提供了居家养老服务。'],
  [
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  ['', '产出指标(50分)', '数量指标', '服务老人数', '≥1200人', '1180人', 20, 19, '部分老人迁出；加强摸底'],
  ['', '', '质量指标', '服务合格率', '≥95%', '98%', 15, 15, ''],
  ['', '', '时效指标', '完成时间', '2025年12月', '2025年12月', 15, 15, ''],
  [
    '',
    '效益指标(30分)',
    '社会效益指标',
    '老人生活质量',
    '明显改善',
    '达成年度指标',
    30,
    27,
    '个别社区服务不足；增加频次',
  ],
  ['', '满意度指标(10分)', '服务对象满意度指标', '老人满意度', '≥90%', '93%', 10, 10, ''],
  ['总分', '', '', '', '', '', 100, 96, ''],
];

describe('the national template variant', () => {
  const [form] = formsOf(readSheet(gridFromRows('全国模板', NATIONAL_ROWS)));

  it('is recognised as national, without 项目属性/项目期', () => {
    expect(form.variant).toBe('national');
    expect(form.year?.value).toBe(2025);
    expect(form.header.department).toEqual({ cell: 'C4', text: '市民政局' });
    expect(form.header.projectType).toBeUndefined();
    expect(form.header.period).toBeUndefined();
  });

  it('reads the 上年结转资金 row and placeholder dashes', () => {
    expect(form.funds!.rows.map((r) => r.kind)).toEqual(['total', 'fiscal', 'carryover', 'other']);
    expect(form.funds!.rows[2].executed?.value).toMatchObject({ value: 17 });
    expect(form.funds!.rows[1].weight?.value.kind).toBe('placeholder');
  });

  it('splits the goal into 预期目标 and 实际完成情况', () => {
    expect(form.goal?.expected).toEqual({ cell: 'B11', text: '为全市1200名老人提供居家养老服务。' });
    expect(form.goal?.achieved).toEqual({ cell: 'E11', text: '为全市1180名老人提供了居家养老服务。' });
  });

  it('reads 实际完成值, weighted 一级 labels and the long reason column', () => {
    const [first, , , benefit] = form.indicators!.rows;
    expect(first.level1).toMatchObject({ name: '产出指标', weight: 50 });
    expect(first.actual).toMatchObject({ cell: 'F13', value: { kind: 'number', value: 1180, unit: '人' } });
    expect(first.reason).toEqual({ cell: 'I13', text: '部分老人迁出；加强摸底' });
    expect(benefit.actual?.text).toBe('达成年度指标');
    expect(form.indicators!.headers.actual?.cell).toBe('F12');
    expect(form.indicators!.headers.reason?.text).toBe('偏差原因分析及改进措施');
  });

  it('reads the 总分 row with 100 under 分值 and the score under 得分', () => {
    expect(form.total?.weight).toMatchObject({ cell: 'G18', value: { value: 100 } });
    expect(form.total?.score).toMatchObject({ cell: 'H18', value: { value: 96 } });
    expect(form.notes).toEqual([]);
  });
});

describe('forms anywhere on the sheet', () => {
  it('finds a form that starts at column C, row 40, with the same cells shifted', () => {
    const offset = formsOf(
      readSheet(gridFromRows('偏移', NATIONAL_ROWS, { origin: { row: 39, col: 2 } })),
    )[0];
    expect(offset.header.projectName).toEqual({ cell: 'E42', text: '社区养老服务补助' });
    expect(offset.range).toBe('C40:K57');
    expect(offset.indicators!.rows[0].weight.cell).toBe('I52');
    expect(offset.total?.score.cell).toBe('J57');
  });

  it('reads stacked forms separately', () => {
    const stacked = formsOf(readSheet(gridFromRows('两张', [...NATIONAL_ROWS, [], [], ...NATIONAL_ROWS])));
    expect(stacked).toHaveLength(2);
    expect(stacked[1].header.projectName.cell).toBe('C23');
    expect(stacked[1].year?.cell).toBe('A22');
    expect(stacked[0].indicators!.rows).toHaveLength(5);
    expect(stacked[1].indicators!.rows).toHaveLength(5);
  });

  it('accepts label variants in spacing and punctuation', () => {
    const rows = NATIONAL_ROWS.map((row) =>
      row.map((v) => (typeof v === 'string' ? v.replace('：', ':').replace('（', ' (') : v)),
    );
    const [form] = formsOf(readSheet(gridFromRows('变体', rows)));
    expect(form.funds!.rows.map((r) => r.kind)).toEqual(['total', 'fiscal', 'carryover', 'other']);
    expect(form.year?.value).toBe(2025);
  });
});

describe('sheets that are not forms', () => {
  it('says an empty sheet is empty', () => {
    expect(readSheet(gridFromRows('空', []))).toEqual({
      kind: 'not-a-form',
      sheet: '空',
      reason: 'empty',
      cell: 'A1',
    });
  });

  it('says a sheet of other data has no anchors', () => {
    const reading = readSheet(
      gridFromRows('名单', [
        ['姓名', '部门'],
        ['张三', '办公室'],
      ]),
    );
    expect(reading).toMatchObject({ kind: 'not-a-form', reason: 'no-anchors' });
  });

  it('notes a table row whose numbers cannot be attributed instead of dropping it', () => {
    const rows = NATIONAL_ROWS.slice(0, 14).concat(
      [['', '', '', '12', '', '', '', '', '', '', '', 7]],
      NATIONAL_ROWS.slice(14),
    );
    const [form] = formsOf(readSheet(gridFromRows('乱行', rows)));
    expect(form.notes).toEqual([{ kind: 'unreadable-row', cell: 'D15', text: '12' }]);
    expect(form.indicators!.rows).toHaveLength(5);
  });
});

describe('reading a sheet form by form', () => {
  it('yields the same forms as readSheet, one at a time', () => {
    const grid = seedGrid();
    const stream = streamSheet(grid);
    if (stream.kind !== 'forms') throw new Error('the seed sheet holds forms');
    const iterator = stream.forms[Symbol.iterator]();
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual(formsOf(readSheet(grid))[0]);
    const rest = [...{ [Symbol.iterator]: () => iterator }];
    expect([first.value, ...rest]).toEqual(formsOf(readSheet(grid)));
  });

  it('says at once when a sheet holds no form', () => {
    expect(streamSheet(gridFromRows('空', []))).toEqual(readSheet(gridFromRows('空', [])));
  });
});
