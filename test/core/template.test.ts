import { checkGrids } from '../../src/core/check';
import type { Form, SheetReading } from '../../src/core/form';
import type { Cell, Grid } from '../../src/core/grid';
import { readSheet } from '../../src/core/read-form';
import {
  buildTemplate,
  nextFreeSheetName,
  PROJECT_TYPES,
  ROLE_STYLES,
  templateToGrid,
  type TemplateLayout,
  type TemplateOptions,
  type TemplateVariant,
} from '../../src/core/template';

const VARIANTS: readonly TemplateVariant[] = ['seed', 'national'];

function formsOf(reading: SheetReading): readonly Form[] {
  if (reading.kind !== 'forms') throw new Error(`expected forms, got ${reading.kind}`);
  return reading.forms;
}

function onlyForm(grid: Grid): Form {
  const forms = formsOf(readSheet(grid));
  expect(forms).toHaveLength(1);
  return forms[0]!;
}

function cellOf(layout: TemplateLayout, address: string) {
  const cell = layout.cells.find((c) => c.address === address);
  if (!cell) throw new Error(`no template cell at ${address}`);
  return cell;
}

const percent = (value: number): Cell => ({
  value,
  text: `${(value * 100).toFixed(2)}%`,
  numberFormat: '0.00%',
});

const TARGETS = ['≥10次', '100%', '2025年12月', '≤50万元', '≥5%', '≥90%', '≥80%', '≥3年', '≥95%'];

/**
 * The template as a clerk fills it in: amounts in the funds table (50 万元, all spent), a goal,
 * quantified targets, full scores and no reasons; formula cells show what Excel computes.
 * `scores` and `actuals` override the 得分 and 实际完成值 of indicator rows (by 0-based position).
 */
function filledIn(
  options: TemplateOptions,
  scores: Readonly<Record<number, number>> = {},
  actuals: Readonly<Record<number, string>> = {},
): Grid {
  const layout = buildTemplate(options);
  const blank = onlyForm(templateToGrid(layout, '绩效自评表'));
  const entries: Record<string, Cell | string | number> = {};
  if (blank.header.projectType) entries[blank.header.projectType.cell] = '延续性项目';
  if (blank.header.period) entries[blank.header.period.cell] = `${options.year}年`;
  const amounts: Record<string, number> = { total: 50, fiscal: 40, carryover: 10, other: 0 };
  if (options.variant === 'seed') amounts.fiscal = 50;
  let executionScore = 0;
  for (const row of blank.funds!.rows) {
    const amount = amounts[row.kind] ?? 0;
    if (amount === 0) continue;
    for (const field of [row.initialBudget, row.budget, row.executed]) entries[field!.cell] = amount;
    entries[row.rate!.cell] = percent(1);
    if (row.kind === 'total') {
      executionScore = Number(cellOf(layout, row.weight!.cell).value);
      entries[row.score!.cell] = executionScore;
    }
  }
  if (options.variant === 'national') {
    entries.B11 = '为全市1200名老人提供居家养老服务。';
    entries.F11 = '为全市1200名老人提供了居家养老服务。';
  } else {
    entries[blank.goal!.expected.cell] = '为全市1200名老人提供居家养老服务。';
  }
  let total = executionScore;
  blank.indicators!.rows.forEach((row, i) => {
    const weight = Number(cellOf(layout, row.weight.cell).value);
    const score = scores[i] ?? weight;
    total += score;
    entries[row.level3.cell] = `三级指标${i + 1}`;
    entries[row.target.cell] = TARGETS[i]!;
    if (row.actual) entries[row.actual.cell] = actuals[i] ?? TARGETS[i]!.replace(/^[≥≤]/, '');
    entries[row.score.cell] = score;
  });
  entries[blank.total!.score.cell] = total;
  return templateToGrid(layout, '绩效自评表', entries);
}

describe('buildTemplate', () => {
  it('lays out the seed form as in the seed (8 columns, 项目属性 row, 总得分)', () => {
    const layout = buildTemplate({ year: 2025, variant: 'seed' });
    expect(layout.columnWidths).toHaveLength(8);
    expect(cellOf(layout, 'A2').value).toBe('(2025年度)');
    expect(cellOf(layout, 'A5').value).toBe('项目属性');
    expect(cellOf(layout, 'A21').value).toBe('总得分');
    expect(layout.merges).toEqual(expect.arrayContaining(['A1:H1', 'C3:H3', 'A6:A9', 'B12:B15', 'B21:H21']));
  });

  it('computes 执行率 per funds row, 执行率得分 from it and the total from the columns', () => {
    const layout = buildTemplate({ year: 2025, variant: 'seed' });
    for (const row of [7, 8, 9]) {
      expect(cellOf(layout, `G${row}`).formula).toBe(`=IFERROR(E${row}/D${row},"")`);
      expect(cellOf(layout, `G${row}`).numberFormat).toBe('0.00%');
    }
    expect(cellOf(layout, 'H7').formula).toMatch(/MIN\(G7,1\)\*F7/);
    expect(cellOf(layout, 'H7').formula).toMatch(/ISNUMBER\(G7\)/);
    expect(cellOf(layout, 'B21').formula).toMatch(/N\(H7\)\+SUM\(G12:G20\)/);
    expect(cellOf(layout, 'B21').blankShows).toBe('');
  });

  it('weighs 执行率 10 and the indicators 90 (产出 50, 效益 30, 满意度 10)', () => {
    for (const variant of VARIANTS) {
      const layout = buildTemplate({ year: 2025, variant });
      const form = onlyForm(templateToGrid(layout, 'T'));
      const weightOf = (cell: string) => Number(cellOf(layout, cell).value);
      const byLevel1 = new Map<string, number>();
      for (const row of form.indicators!.rows) {
        byLevel1.set(row.level1.name, (byLevel1.get(row.level1.name) ?? 0) + weightOf(row.weight.cell));
      }
      expect(Object.fromEntries(byLevel1)).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
      expect(weightOf(form.funds!.rows[0]!.weight!.cell)).toBe(10);
    }
  });

  it('validates 分值 and 得分 as decimals ≥ 0, 得分 ≤ its own 分值, and 项目属性 from its list', () => {
    for (const variant of VARIANTS) {
      const layout = buildTemplate({ year: 2025, variant });
      const form = onlyForm(templateToGrid(layout, 'T'));
      const at = (address: string) => layout.validations.find((v) => v.address === address);
      for (const row of form.indicators!.rows) {
        expect(at(row.weight.cell)).toMatchObject({ kind: 'decimal', minimum: 0 });
        expect(at(row.weight.cell)).not.toHaveProperty('maximumFormula');
        expect(at(row.score.cell)).toMatchObject({
          kind: 'decimal',
          minimum: 0,
          maximumFormula: `=${row.weight.cell}`,
        });
      }
      for (const validation of layout.validations) {
        expect(validation.prompt).toMatch(/[\u4e00-\u9fff]/);
        expect(validation.error).toMatch(/[\u4e00-\u9fff]/);
      }
      const list = layout.validations.filter((v) => v.kind === 'list');
      if (variant === 'seed') {
        expect(list).toEqual([
          expect.objectContaining({ address: form.header.projectType!.cell, items: PROJECT_TYPES }),
        ]);
      } else expect(list).toEqual([]);
    }
  });

  it('tints input cells differently from labels, headers and computed cells', () => {
    const inputFill = ROLE_STYLES.input.fill;
    expect(inputFill).toBeDefined();
    for (const role of ['title', 'year', 'label', 'header', 'computed'] as const) {
      expect(ROLE_STYLES[role].fill).not.toBe(inputFill);
    }
  });

  it('prints on A4, fitted to the page width, with the title rows repeated', () => {
    expect(buildTemplate({ year: 2025, variant: 'seed' }).print).toEqual({
      paper: 'A4',
      orientation: 'portrait',
      titleRows: '$1:$2',
      fitToWidth: true,
    });
    expect(buildTemplate({ year: 2025, variant: 'national' }).print.orientation).toBe('landscape');
  });

  it('gives every merge a cell at its top-left, and no cell inside a merge but its top-left', () => {
    for (const variant of VARIANTS) {
      const layout = buildTemplate({ year: 2025, variant });
      const addresses = new Set(layout.cells.map((c) => c.address));
      expect(addresses.size).toBe(layout.cells.length);
      const grid = templateToGrid(layout, 'T');
      for (const merge of grid.merges) {
        for (let row = merge.top; row <= merge.bottom; row++) {
          for (let col = merge.left; col <= merge.right; col++) {
            if (row === merge.top && col === merge.left) continue;
            expect(grid.cell(row, col).text).toBe('');
          }
        }
      }
    }
  });
});

describe('the blank template read back', () => {
  it.each(VARIANTS)(
    '%s: one form, no layout notes, only the blank-form note, formulas shown blank',
    (variant) => {
      const options: TemplateOptions = {
        year: 2026,
        variant,
        projectName: '社区养老服务补助',
        department: '市民政局',
      };
      const grid = templateToGrid(buildTemplate(options), '绩效自评表');
      const form = onlyForm(grid);
      expect(form.notes).toEqual([]);
      expect(form.variant).toBe(variant);
      expect(form.year?.value).toBe(2026);
      expect(form.header.projectName).toEqual({ cell: 'C3', text: '社区养老服务补助' });
      expect(form.header.department).toEqual({ cell: 'C4', text: '市民政局' });
      expect(form.header.implementer).toEqual({ cell: 'F4', text: '' });
      expect(form.funds!.rows.map((r) => r.kind)).toEqual(
        variant === 'seed' ? ['total', 'fiscal', 'other'] : ['total', 'fiscal', 'carryover', 'other'],
      );
      expect(form.funds!.rows.every((r) => r.rate?.text === '' && r.budget?.text === '')).toBe(true);
      const rows = form.indicators!.rows;
      expect(rows.map((r) => r.level2.name)).toEqual([
        '数量指标',
        '质量指标',
        '时效指标',
        '成本指标',
        '经济效益指标',
        '社会效益指标',
        '生态效益指标',
        '可持续影响指标',
        '服务对象满意度指标',
      ]);
      expect(rows.map((r) => r.level2.requirement)).toEqual([
        'quantified',
        'quantified',
        'quantified',
        'quantified',
        'optional',
        'required',
        'optional',
        'required',
        'quantified',
      ]);
      expect(rows.every((r) => r.shift === 0 && r.score.text === '' && r.reason.text === '')).toBe(true);
      expect(form.total?.score.text).toBe('');
      // Not filled in yet: one note that the form is blank, nothing about its layout.
      const findings = checkGrids([grid]).findings;
      expect(findings.map((f) => [f.rule, f.cell])).toEqual([['layout/blank-form', 'C3']]);
    },
  );

  it('seed: header, goal, table and total at the seed positions', () => {
    const form = onlyForm(templateToGrid(buildTemplate({ year: 2025, variant: 'seed' }), 'T'));
    expect(form.header.projectType?.cell).toBe('C5');
    expect(form.header.period?.cell).toBe('F5');
    expect(form.goal?.expected.cell).toBe('C10');
    expect(form.indicators!.headers.weight.cell).toBe('F11');
    expect(form.indicators!.rows[0]).toMatchObject({
      row: 12,
      level1: { cell: 'B12', name: '产出指标' },
      target: { cell: 'E12' },
      weight: { cell: 'F12' },
      score: { cell: 'G12' },
      reason: { cell: 'H12' },
    });
    expect(form.total?.score.cell).toBe('B21');
  });

  it('national: 实际完成值 column, 上年结转资金 row, weighted 一级 labels and 总分 with 100', () => {
    const form = onlyForm(templateToGrid(buildTemplate({ year: 2025, variant: 'national' }), 'T'));
    expect(form.header.projectType).toBeUndefined();
    expect(form.indicators!.headers.actual?.text).toBe('实际完成值');
    expect(form.indicators!.headers.reason?.text).toBe('偏差原因分析及改进措施');
    expect([...new Set(form.indicators!.rows.map((r) => `${r.level1.name}:${r.level1.weight}`))]).toEqual([
      '产出指标:50',
      '效益指标:30',
      '满意度指标:10',
    ]);
    expect(form.total?.label.text).toBe('总分');
    expect(form.total?.weight?.text).toBe('100');
    expect(form.total?.score.cell).toBe('H22');
  });
});

describe('a filled-in template', () => {
  it.each(VARIANTS)('%s: full scores, no reasons, quantified targets check clean', (variant) => {
    const grid = filledIn({
      year: 2025,
      variant,
      projectName: '社区养老服务补助',
      department: '市民政局',
      implementer: '市养老服务中心',
    });
    const result = checkGrids([grid]);
    expect(result.findings).toEqual([]);
    expect(result.forms).toEqual([expect.objectContaining({ total: 100, computedTotal: 100, grade: '优' })]);
    expect(onlyForm(grid).goal?.expected.text).toMatch(/1200名老人/);
  });

  it.each(VARIANTS)(
    '%s: one deduction without a reason is exactly a missing-deviation-reason at its reason cell',
    (variant) => {
      const options: TemplateOptions = {
        year: 2025,
        variant,
        projectName: '社区养老服务补助',
        department: '市民政局',
        implementer: '市养老服务中心',
      };
      // 质量指标: 15 分, target 100%, 80% achieved → 12 分 (10号文), but no reason given.
      const grid = filledIn(options, { 1: 12 }, { 1: '80%' });
      const second = onlyForm(grid).indicators!.rows[1]!;
      expect(second.score.text).toBe('12');
      const findings = checkGrids([grid]).findings;
      expect(findings.map((f) => [f.rule, f.cell])).toEqual([
        ['indicator/missing-deviation-reason', second.reason.cell],
      ]);
      expect(second.reason.cell).toBe(variant === 'seed' ? 'H13' : 'I14');
    },
  );
});

describe('nextFreeSheetName', () => {
  it.each([
    { existing: [], base: undefined, name: '绩效自评表' },
    { existing: ['Sheet1'], base: undefined, name: '绩效自评表' },
    { existing: ['绩效自评表'], base: undefined, name: '绩效自评表 (2)' },
    { existing: ['绩效自评表', '绩效自评表 (2)'], base: undefined, name: '绩效自评表 (3)' },
    { existing: ['绩效自评表', '绩效自评表 (3)'], base: undefined, name: '绩效自评表 (2)' },
    { existing: ['form'], base: 'Form', name: 'Form (2)' },
    { existing: ['FORM (2)', 'Form'], base: 'form', name: 'form (3)' },
    { existing: [], base: '2025/绩效:自评*表?[1]\\', name: '2025绩效自评表1' },
    { existing: [], base: "'引号'", name: '引号' },
    { existing: [], base: '/*?', name: '绩效自评表' },
    { existing: [], base: 'x'.repeat(40), name: 'x'.repeat(31) },
    { existing: ['x'.repeat(31)], base: 'x'.repeat(40), name: `${'x'.repeat(27)} (2)` },
  ])('$existing + $base → $name', ({ existing, base, name }) => {
    const got = nextFreeSheetName(existing, base);
    expect(got).toBe(name);
    expect(got.length).toBeLessThanOrEqual(31);
  });

  it('finds a free name after many taken ones', () => {
    const existing = ['绩效自评表', ...Array.from({ length: 98 }, (_, i) => `绩效自评表 (${i + 2})`)];
    expect(nextFreeSheetName(existing)).toBe('绩效自评表 (100)');
  });
});
