/** funds/*: the 项目资金 table (执行率 and its score, DOMAIN.md §4). */
import type { FundsRow, ValueField } from '../form';
import type { FormRule } from './types';
import { collect, finding, round2 } from './types';
import { EPSILON, numberOf } from './numbers';

const AMOUNT_COLUMNS = ['initialBudget', 'budget', 'executed'] as const;
const ALL_COLUMNS = ['initialBudget', 'budget', 'executed', 'weight', 'rate', 'score'] as const;

function fieldsOf(row: FundsRow): ValueField[] {
  const fields: ValueField[] = [];
  for (const key of ALL_COLUMNS) {
    const field = row[key];
    if (field) fields.push(field);
  }
  return fields;
}

export const notANumber: FormRule = {
  id: 'funds/not-a-number',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '资金表单元格不是数字', 'en-US': 'Funds cell is not a number' },
  rationale: {
    'zh-CN': '预算数、执行数、分值、执行率、得分须为数字，才能计算执行率和得分。',
    'en-US':
      'Budget, spending, weight, rate and score must be numbers so the execution rate can be computed.',
  },
  example: { bad: '全年执行数：约四十万', good: '全年执行数：40万元' },
  check(form) {
    return collect(form.funds?.rows ?? [], (row) =>
      fieldsOf(row)
        .filter(
          (field) =>
            field.value.kind !== 'number' &&
            field.value.kind !== 'empty' &&
            field.value.kind !== 'placeholder',
        )
        .map((field) => finding(this, form, { cell: field.cell, data: { text: field.text } })),
    );
  },
};

export const subtotal: FormRule = {
  id: 'funds/subtotal',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '年度资金总额不等于各来源之和', 'en-US': 'Total funds differ from the sum of sources' },
  rationale: {
    'zh-CN': '年度资金总额 = 财政拨款 + 上年结转资金 + 其他资金（逐列），财预〔2020〕10号附件口径。',
    'en-US': 'Total funds = fiscal + carry-over + other, per column (财预〔2020〕10号 template).',
  },
  example: {
    bad: '总额 44万元；财政拨款 40万元；其他资金 空',
    good: '总额 44万元；财政拨款 40万元；其他资金 4万元',
  },
  check(form) {
    const rows = form.funds?.rows ?? [];
    const total = rows.find((row) => row.kind === 'total');
    const parts = rows.filter((row) => row.kind !== 'total');
    if (!total || parts.length === 0) return [];
    return collect(AMOUNT_COLUMNS, (key) => {
      const stated = numberOf(total[key]);
      const values = parts.map((row) => numberOf(row[key])).filter((n): n is number => n !== undefined);
      if (stated === undefined || values.length === 0) return [];
      const sum = round2(values.reduce((a, b) => a + b, 0));
      if (Math.abs(sum - stated) <= 0.005 + EPSILON) return [];
      return [
        finding(this, form, { cell: total[key]!.cell, data: { stated, sum }, expected: sum, actual: stated }),
      ];
    });
  },
};

export const overExecuted: FormRule = {
  id: 'funds/over-executed',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '执行数超过预算数', 'en-US': 'Spending exceeds the budget' },
  rationale: {
    'zh-CN': '全年执行数不应超过全年预算数（含调整和上年结转），超支须说明。',
    'en-US': 'Spending should not exceed the adjusted annual budget; overspending must be explained.',
  },
  example: { bad: '全年预算数 10万元，全年执行数 12万元', good: '全年预算数 12万元，全年执行数 12万元' },
  check(form) {
    return collect(form.funds?.rows ?? [], (row) => {
      const budget = numberOf(row.budget);
      const executed = numberOf(row.executed);
      if (budget === undefined || executed === undefined || executed <= budget + EPSILON) return [];
      return [finding(this, form, { cell: row.executed!.cell, data: { budget, executed } })];
    });
  },
};

/** Half a unit of the rate's last displayed decimal, as a fraction (`98.80%` → 0.00005). */
function displayedTolerance(decimals: number): number {
  return (0.5 * 10 ** -decimals) / 100;
}

function computedRate(row: FundsRow): number | undefined {
  const budget = numberOf(row.budget);
  const executed = numberOf(row.executed);
  if (budget === undefined || executed === undefined || budget <= 0) return undefined;
  return executed / budget;
}

function percentText(fraction: number): string {
  return `${round2(fraction * 100)}%`;
}

export const executionRate: FormRule = {
  id: 'funds/execution-rate',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '执行率与执行数/预算数不符', 'en-US': 'Execution rate differs from spending ÷ budget' },
  rationale: {
    'zh-CN': '执行率 = 全年执行数 ÷ 全年预算数（财预〔2020〕10号）；按所写小数位四舍五入后应一致。',
    'en-US': 'Execution rate = spending ÷ budget (财预〔2020〕10号), equal within its displayed precision.',
  },
  example: { bad: '428.33 ÷ 433.5 写作 98.80%', good: '428.33 ÷ 433.5 写作 98.81%' },
  check(form) {
    return collect(form.funds?.rows ?? [], (row) => {
      const rate = row.rate?.value;
      const computed = computedRate(row);
      if (!row.rate || rate?.kind !== 'number' || computed === undefined) return [];
      const stated = rate.unit === '%' ? rate.value : rate.value > 1.5 ? rate.value / 100 : rate.value;
      const diff = Math.abs(stated - computed);
      if (diff <= displayedTolerance(rate.decimals) + EPSILON) return [];
      const expected = `${(computed * 100).toFixed(rate.decimals)}%`;
      return [
        finding(this, form, {
          cell: row.rate.cell,
          severity: diff > 0.01 + EPSILON ? 'error' : 'warning',
          data: { stated: rate.text, computed: percentText(computed), expected },
          expected,
          actual: rate.text,
        }),
      ];
    });
  },
};

function totalRow(rows: readonly FundsRow[] | undefined): FundsRow | undefined {
  return rows?.find((row) => row.kind === 'total');
}

export const executionScore: FormRule = {
  id: 'funds/execution-score',
  severity: 'warning',
  scope: 'form',
  title: { 'zh-CN': '预算执行率得分计算有误', 'en-US': 'Execution-rate score is miscalculated' },
  rationale: {
    'zh-CN': '预算执行率得分 = min(执行率, 100%) × 分值（财预〔2020〕10号），只在年度资金总额行计分。',
    'en-US': 'Execution score = min(rate, 100%) × weight (财预〔2020〕10号), scored on the total row only.',
  },
  example: { bad: '14.23 ÷ 15 = 94.87%，分值 10，得分 9', good: '得分 9.49' },
  check(form, context) {
    const row = totalRow(form.funds?.rows);
    const rate = row ? computedRate(row) : undefined;
    const weight = numberOf(row?.weight);
    const score = numberOf(row?.score);
    if (!row?.score || rate === undefined || weight === undefined || score === undefined) return [];
    const expected = round2(Math.min(rate, 1) * weight);
    if (Math.abs(score - expected) <= context.options.tolerances.score + EPSILON) return [];
    return [
      finding(this, form, {
        cell: row.score.cell,
        data: { rate: percentText(rate), weight, expected, score },
        expected,
        actual: score,
      }),
    ];
  },
};

export const scoreExceedsWeight: FormRule = {
  id: 'funds/score-exceeds-weight',
  severity: 'error',
  scope: 'form',
  title: { 'zh-CN': '执行率得分超过分值', 'en-US': 'Execution score exceeds its weight' },
  rationale: {
    'zh-CN': '执行率超过100%也只能得满分（财预〔2020〕10号）。',
    'en-US': 'Even above 100 % execution the score is capped at the weight (财预〔2020〕10号).',
  },
  example: { bad: '分值 10，得分 11', good: '分值 10，得分 10' },
  check(form) {
    return collect(form.funds?.rows ?? [], (row) => {
      const weight = numberOf(row.weight);
      const score = numberOf(row.score);
      if (weight === undefined || score === undefined || score <= weight + EPSILON) return [];
      return [
        finding(this, form, {
          cell: row.score!.cell,
          data: { weight, score },
          expected: weight,
          actual: score,
        }),
      ];
    });
  },
};
